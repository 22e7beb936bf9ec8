import { z } from 'zod';
import { config } from '$lib/server/config';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { mailer } from '$lib/server/mail';
import { createInvitation } from '$lib/server/organisation/create-invitation';
import { findInvitations } from '$lib/server/organisation/find-invitations';
import { revokeInvitation } from '$lib/server/organisation/revoke-invitation';
import { getOrganisation } from '$lib/server/organisation/get-organisation';
import { setPasswordSignIn } from '$lib/server/organisation/set-password-sign-in';
import { findJoinDomains } from '$lib/server/organisation/find-join-domains';
import { setJoinDomains } from '$lib/server/organisation/set-join-domains';
import { findTeams } from '$lib/server/team/find-teams';
import { handleForm, orError } from '$lib/server/http';
import { invitationSchema, joinDomainsSchema } from '$lib/validation/organisation';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { organisationId } = await parent();
	const db = locals.app.database.db;
	return {
		invitations: await orError(findInvitations(locals.actor!, db, organisationId)),
		teams: await findTeams(locals.actor!, db, organisationId),
		validDays: config.invitationDays,
		// Only with a work-account provider: then an admin may switch password sign-in off.
		passwordSignIn: locals.app.workAccount
			? (await orError(getOrganisation(locals.actor!, db, organisationId))).passwordSignIn
			: null,
		// The domains whose people may join with their work account, without an invitation.
		joinDomains: locals.app.workAccount ? await orError(findJoinDomains(locals.actor!, db, organisationId)) : null,
		providerDomains: locals.app.workAccount?.domains ?? []
	};
};

export const actions: Actions = {
	create: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(
			request,
			invitationSchema,
			async (input) => {
				const created = await createInvitation(locals.actor!, locals.app.database.db, organisationId, input, {
					origin: config.origin,
					mailer,
					validDays: config.invitationDays
				});
				return { created: { email: input.email, url: created.emailed ? null : created.url, emailed: created.emailed } };
			},
			{ multi: ['roles', 'teamIds'] }
		);
	},
	revoke: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(
			request,
			z.object({ invitationId: z.uuid({ error: () => m.error_not_found() }) }),
			async (input) => {
				await revokeInvitation(locals.actor!, locals.app.database.db, organisationId, input.invitationId);
				return { revoked: true as const };
			}
		);
	},
	passwordSignIn: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(
			request,
			z.object({ passwordSignIn: z.enum(['aan', 'uit'], { error: () => m.error_field_required() }) }),
			async (input) => {
				await setPasswordSignIn(locals.actor!, locals.app.database.db, {
					organisationId,
					allowed: input.passwordSignIn === 'aan',
					workAccountConfigured: locals.app.workAccount !== null
				});
				return { passwordSignInSaved: true as const };
			}
		);
	},
	joinDomains: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(request, joinDomainsSchema, async (input) => {
			await setJoinDomains(locals.actor!, locals.app.database.db, {
				organisationId,
				domains: input.joinDomains,
				providerDomains: locals.app.workAccount?.domains ?? null
			});
			return { joinDomainsSaved: true as const };
		});
	}
};
