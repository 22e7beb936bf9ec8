import { findCodeRounds } from '$lib/server/code/find-code-rounds';
import { orError } from '$lib/server/http';
import { codeContext } from '../code-route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await codeContext(event);
	return { rounds: await orError(findCodeRounds(actor, db, organisationId)) };
};
