import { findDilemmas } from '$lib/server/code/find-dilemmas';
import { orError } from '$lib/server/http';
import { dilemmaContext } from './dilemma-route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await dilemmaContext(event);
	return { dilemmas: await orError(findDilemmas(actor, db, organisationId)) };
};
