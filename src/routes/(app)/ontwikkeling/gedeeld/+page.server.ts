import { findSharedWithMe } from '$lib/server/portfolio/find-shared-with-me';
import { orError } from '$lib/server/http';
import { goalContext } from '../doelen/goal-route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await goalContext(event);
	return { plans: await orError(findSharedWithMe(actor, db, organisationId)) };
};
