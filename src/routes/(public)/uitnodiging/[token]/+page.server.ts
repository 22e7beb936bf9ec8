import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { acceptInvitation } from '$lib/server/organisation/accept-invitation';
import { getInvitation } from '$lib/server/organisation/get-invitation';
import { ORG_COOKIE } from '$lib/server/current-organisation';
import { handleForm, orError } from '$lib/server/http';
import { acceptInvitationSchema } from '$lib/validation/account';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const view = await orError(getInvitation(params.token, locals.app.database.db));
	return {
		organisationName: view.organisationName,
		email: view.email,
		roles: view.roles,
		existingAccount: !!view.existingUserId,
		signedInAsInvitee: !!view.existingUserId && locals.user?.userId === view.existingUserId,
		signedInAsOther: !!locals.user && locals.user.userId !== view.existingUserId
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals, cookies }) => {
		const db = locals.app.database.db;
		const view = await orError(getInvitation(params.token, db));
		const schema = view.existingUserId ? z.object({}) : acceptInvitationSchema;
		const result = await handleForm(request, schema, async (input) => {
			const accepted = await acceptInvitation(
				params.token,
				locals.actor,
				db,
				input as { name?: string; password?: string }
			);
			cookies.set(ORG_COOKIE, accepted.organisationId, {
				path: '/',
				httpOnly: true,
				sameSite: 'lax',
				maxAge: 60 * 60 * 24 * 365
			});
			return accepted;
		});
		if (result && 'status' in result) return result;
		redirect(303, view.existingUserId ? '/' : '/inloggen?welkom=1');
	}
};
