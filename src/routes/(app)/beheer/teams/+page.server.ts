import { z } from 'zod';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { createTeam } from '$lib/server/team/create-team';
import { deleteTeam } from '$lib/server/team/delete-team';
import { findTeams } from '$lib/server/team/find-teams';
import { updateTeam } from '$lib/server/team/update-team';
import { handleForm, orError } from '$lib/server/http';
import { teamSchema } from '$lib/validation/organisation';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

const teamId = z.uuid({ error: () => m.error_not_found() });

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { organisationId } = await parent();
	return { teams: await orError(findTeams(locals.actor!, locals.app.database.db, organisationId)) };
};

export const actions: Actions = {
	create: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(request, teamSchema, async (input) => {
			await createTeam(locals.actor!, locals.app.database.db, organisationId, input);
			return { action: 'create' as const, done: true };
		});
	},
	update: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(request, teamSchema.extend({ teamId }), async ({ teamId, ...input }) => {
			await updateTeam(locals.actor!, locals.app.database.db, organisationId, teamId, input);
			return { action: 'update' as const, done: true };
		});
	},
	delete: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(request, z.object({ teamId }), async ({ teamId }) => {
			await deleteTeam(locals.actor!, locals.app.database.db, organisationId, teamId);
			return { action: 'delete' as const, done: true };
		});
	}
};
