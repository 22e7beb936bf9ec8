import { findTeams } from '$lib/server/team/find-teams';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { organisation } = await parent();
	const teams = organisation ? await findTeams(locals.actor!, locals.app.database.db, organisation.organisationId) : [];
	return { teams };
};
