import { error, type Cookies } from '@sveltejs/kit';
import { m } from '../paraglide/messages';
import type { Actor } from './actor';
import type { Db } from './db/client';
import { findMyMemberships, type MyMembership } from './organisation/find-my-memberships';

export const ORG_COOKIE = 'vakspiegel_org';

/**
 * The organisation the person is working in now: the one chosen with the switch (cookie), if they
 * are still a member, else the first. Rights are never taken from the cookie, only the choice.
 */
export async function currentOrganisation(
	actor: Actor,
	db: Db,
	cookies: Cookies
): Promise<{ current: MyMembership | null; all: MyMembership[] }> {
	const all = await findMyMemberships(actor, db);
	const chosen = cookies.get(ORG_COOKIE);
	const current = all.find((m) => m.organisationId === chosen) ?? all[0] ?? null;
	return { current, all };
}

/** For form actions (which have no `parent()`): the current organisation's id, or a 403 page. */
export async function requireCurrentOrganisationId(locals: App.Locals, cookies: Cookies): Promise<string> {
	if (!locals.actor) error(401, m.error_sign_in_first());
	const { current } = await currentOrganisation(locals.actor, locals.app.database.db, cookies);
	if (!current) error(403, m.home_no_organisation());
	return current.organisationId;
}
