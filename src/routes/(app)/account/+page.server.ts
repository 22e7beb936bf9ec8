import { myDataLink, DOWNLOAD_LINK_MINUTES } from '$lib/server/privacy/download-link';
import { hasWorkAccount, WORK_ACCOUNT_REFUSALS } from '$lib/server/auth/work-account';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { user, organisation, organisations } = await parent();
	const actor = locals.actor;
	const download =
		organisation && actor?.kind === 'user'
			? myDataLink(locals.app.secret, { userId: actor.userId, organisationId: organisation.organisationId })
			: null;
	return {
		user,
		organisations: organisations.map((o) => ({ id: o.organisationId, name: o.organisationName, roles: o.roles })),
		organisationName: organisation?.organisationName ?? '',
		download,
		minutes: DOWNLOAD_LINK_MINUTES,
		// Linking a work account to this account (docs/adr/0016), when the installation has a provider.
		workAccount:
			locals.app.workAccount && actor?.kind === 'user'
				? {
						linked: await hasWorkAccount(locals.app.database.db, actor.userId),
						done: url.searchParams.get('werkaccount') === 'gekoppeld',
						refusal: WORK_ACCOUNT_REFUSALS.find((r) => r === url.searchParams.get('werkaccount')) ?? null
					}
				: null
	};
};
