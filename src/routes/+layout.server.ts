import { currentOrganisation } from '$lib/server/current-organisation';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, cookies, url }) => {
	const org = locals.actor ? await currentOrganisation(locals.actor, locals.app.database.db, cookies) : null;
	return {
		user: locals.user ? { name: locals.user.name, email: locals.user.email } : null,
		locale: locals.locale,
		organisation: org?.current ?? null,
		organisations: org?.all ?? [],
		path: url.pathname + url.search
	};
};
