import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actor } from '$lib/server/actor';
import { signIn } from '$lib/server/auth/sign-in';
import { AppError } from '$lib/server/errors';
import { acceptInvitation } from '$lib/server/organisation/accept-invitation';
import { getInvitation } from '$lib/server/organisation/get-invitation';
import { ORG_COOKIE } from '$lib/server/current-organisation';
import { handleForm, orError } from '$lib/server/http';
import { acceptInvitationExistingSchema, acceptInvitationSchema } from '$lib/validation/account';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { clientAddress } from '$lib/server/rate-limit';

// Whoever holds the link (the admin who made it, too) sees the same page whether or not the address
// already has an account: only the account's own password tells (issue 12, finding 16).
export const load: PageServerLoad = async ({ params, locals }) => {
	const view = await orError(getInvitation(params.token, locals.app.database.db));
	return {
		organisationName: view.organisationName,
		email: view.email,
		roles: view.roles,
		signedInAsInvitee: !!view.existingUserId && locals.user?.userId === view.existingUserId,
		// Password sign-in is off for this organisation: no password to choose (or check) here; the
		// work-account sign-in accepts the invitation (join-by-work-account.ts).
		workAccountOnly: workAccountOnly(view.passwordSignIn, locals.app.workAccount !== null)
	};
};

const workAccountOnly = (passwordSignIn: boolean, workAccountConfigured: boolean) =>
	!passwordSignIn && workAccountConfigured;

export const actions: Actions = {
	default: async (event) => {
		const { request, params, locals, cookies } = event;
		const db = locals.app.database.db;
		const view = await orError(getInvitation(params.token, db));
		const signedInAsInvitee = !!view.existingUserId && locals.user?.userId === view.existingUserId;
		if (!signedInAsInvitee && workAccountOnly(view.passwordSignIn, locals.app.workAccount !== null)) {
			return fail(403, { values: {}, errors: {}, message: m.dom_invitation_work_account_only() });
		}
		const schema = signedInAsInvitee
			? z.object({})
			: view.existingUserId
				? acceptInvitationExistingSchema
				: acceptInvitationSchema;
		const result = await handleForm(request, schema, async (input) => {
			const form = input as { name?: string; password?: string };
			let actor: Actor | null = locals.actor;
			if (view.existingUserId && !signedInAsInvitee) {
				// The account's own password, through the sign-in throttle: this form must not become a
				// way around it. It also signs the person in.
				const wrong = m.error_invitation_password({ email: view.email });
				try {
					const { userId } = await signIn(locals.app.auth, db, {
						email: view.email,
						password: form.password ?? '',
						headers: request.headers,
						source: clientAddress(event),
						secret: locals.app.secret
					});
					actor = { kind: 'user', userId, email: view.email, name: '' };
				} catch (e) {
					if (e instanceof AppError && e.code === 'UNAUTHORIZED') {
						throw new AppError('UNAUTHORIZED', wrong, { password: wrong });
					}
					throw e;
				}
			}
			const accepted = await acceptInvitation(params.token, actor, db, view.existingUserId ? {} : form).catch((e) => {
				// The account did not exist when this request began and does now: another invitation for the
				// same address was accepted a moment ago. Say that, not "sign in first".
				if (!view.existingUserId && e instanceof AppError && e.code === 'UNAUTHORIZED') {
					throw new AppError('CONFLICT', m.error_invitation_account_exists());
				}
				throw e;
			});
			cookies.set(ORG_COOKIE, accepted.organisationId, {
				path: '/',
				httpOnly: true,
				sameSite: 'lax',
				maxAge: 60 * 60 * 24 * 365
			});
			if (!accepted.newAccount || signedInAsInvitee) return { ...accepted, signedIn: true };
			// The new account signs in at once with the password just chosen (through the same throttle
			// as /inloggen). Should that fail, the sign-in page opens with the address filled in.
			try {
				await signIn(locals.app.auth, db, {
					email: view.email,
					password: form.password ?? '',
					headers: request.headers,
					source: clientAddress(event),
					secret: locals.app.secret
				});
				return { ...accepted, signedIn: true };
			} catch {
				return { ...accepted, signedIn: false };
			}
		});
		if (result && 'status' in result) return result;
		redirect(303, result.signedIn ? '/' : `/inloggen?welkom=1&email=${encodeURIComponent(view.email)}`);
	}
};
