import { myDataLink, DOWNLOAD_LINK_MINUTES } from '$lib/server/privacy/download-link';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
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
		minutes: DOWNLOAD_LINK_MINUTES
	};
};
