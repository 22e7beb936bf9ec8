import { findMembers } from '$lib/server/organisation/find-members';
import { orError } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { organisationId } = await parent();
	return { members: await orError(findMembers(locals.actor!, locals.app.database.db, organisationId)) };
};
