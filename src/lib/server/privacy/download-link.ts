import { sign, verifySigned } from '../signing';

/**
 * Not a use case: the short-lived link to a member's own data (issue 18: "short-lived and only for
 * them"). The link names the account and the organisation and is signed with the app's secret; the
 * download also requires the same signed-in account, so a link that leaks (history, a shared screen,
 * a proxy log) is of no use to anyone else, and of no use to anyone after a few minutes.
 */
export const DOWNLOAD_LINK_MINUTES = 10;

const PURPOSE = 'avg-export';

export function myDataLink(secret: string, options: { userId: string; organisationId: string; now?: Date }): string {
	const expires = (options.now ?? new Date()).getTime() + DOWNLOAD_LINK_MINUTES * 60_000;
	const token = sign(`${PURPOSE}~${options.userId}~${options.organisationId}~${expires}`, secret);
	return `/account/gegevens.zip?t=${encodeURIComponent(token)}`;
}

/** The organisation the link is for, when it is signed, fresh and for this account; else null. */
export function checkMyDataLink(
	secret: string,
	token: string | null,
	options: { userId: string; now?: Date }
): string | null {
	const payload = token ? verifySigned(token, secret) : null;
	const [purpose, userId, organisationId, expires] = payload?.split('~') ?? [];
	if (purpose !== PURPOSE || userId !== options.userId || !organisationId) return null;
	if (!(Number(expires) > (options.now ?? new Date()).getTime())) return null;
	return organisationId;
}
