import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { config } from '$lib/server/config';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { mailer } from '$lib/server/mail';
import { createPasswordReset } from '$lib/server/organisation/create-password-reset';
import { deleteMember } from '$lib/server/organisation/delete-member';
import { findMembers } from '$lib/server/organisation/find-members';
import { updateMember } from '$lib/server/organisation/update-member';
import { findTeams } from '$lib/server/team/find-teams';
import { handleForm, orError } from '$lib/server/http';
import { memberSchema } from '$lib/validation/organisation';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params }) => {
	const { organisationId } = await parent();
	const db = locals.app.database.db;
	const members = await orError(findMembers(locals.actor!, db, organisationId));
	const member = members.find((x) => x.membershipId === params.id);
	if (!member) error(404, m.error_not_found());
	return { member, teams: await findTeams(locals.actor!, db, organisationId) };
};

export const actions: Actions = {
	update: async ({ request, locals, cookies, params }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(
			request,
			memberSchema,
			async (input) => {
				await updateMember(locals.actor!, locals.app.database.db, organisationId, params.id, input);
				return { saved: true as const };
			},
			{ multi: ['roles', 'teamIds'] }
		);
	},
	reset: async ({ request, locals, cookies, params }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(request, z.object({}), async () => {
			const reset = await createPasswordReset(locals.actor!, locals.app.database.db, organisationId, params.id, {
				origin: config.origin,
				mailer,
				validHours: config.passwordResetHours
			});
			return { reset: { url: reset.emailed ? null : reset.url, emailed: reset.emailed, email: reset.email } };
		});
	},
	remove: async ({ request, locals, cookies, params }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		const result = await handleForm(request, z.object({}), async () => {
			await deleteMember(locals.actor!, locals.app.database.db, organisationId, params.id);
		});
		if (result) return result;
		redirect(303, '/beheer/leden?verwijderd=1');
	}
};
