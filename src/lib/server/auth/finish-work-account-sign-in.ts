import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { account, user } from '../db/schema';
import { logger } from '../logger';
import { writeAudit } from '../audit';
import type { UserActor } from '../actor';
import { joinByWorkAccount } from '../organisation/join-by-work-account';
import type { Auth } from './auth';
import { WORK_ACCOUNT_PROVIDER } from './work-account-config';
import { withWorkAccountAttempt, type WorkAccountAttempt, type WorkAccountRefusal } from './work-account';
import { workAccountRefusalAudit } from './work-account-refusal-audit';

// better-auth's callback error codes (oauth2/errors.ts, oauth2/state.ts) → our reasons.
const STATE_ERRORS = new Set([
	'state_mismatch',
	'state_not_found',
	'state_security_mismatch',
	'please_restart_the_process',
	'invalid_callback_request',
	'no_callback_url'
]);
const TOKEN_ERRORS = new Set([
	'issuer_mismatch',
	'issuer_missing',
	'nonce_binding_missing',
	'unable_to_get_user_info',
	'email_not_found'
]);

function refusalFor(code: string, attempt: WorkAccountAttempt): WorkAccountRefusal {
	if (attempt.refusal) return attempt.refusal;
	if (STATE_ERRORS.has(code)) return 'state';
	if (TOKEN_ERRORS.has(code)) return 'token';
	if (attempt.linkTo && code === 'email_does_not_match') return 'link_email';
	if (code === 'account_already_linked_to_different_user') return 'already_linked';
	if (attempt.linkTo && code === 'unable_to_link_account') return 'failed';
	if (code === 'account_not_linked' || code === 'unable_to_link_account') return 'email_in_use';
	if (code === 'signup_disabled') return 'no_invitation';
	if (code === 'invalid_code' || code === 'access_denied' || code === 'no_code') return 'provider';
	return 'failed';
}

/**
 * Finishes a sign-in with a work account at the redirect URI: better-auth checks state, PKCE and the
 * ID token and makes the session; work-account.ts decides who the person is. A first sign-in accepts
 * the person's open invitations, or joins the organisation that lets the address's domain join. Every
 * refusal writes one audit entry (the reason, no personal data; capped per minute:
 * work-account-refusal-audit.ts) and sends the person back to /inloggen with a Dutch explanation.
 */
export async function finishWorkAccountSignIn(
	auth: Auth,
	db: Db,
	input: {
		query: URLSearchParams;
		headers: Headers;
		providerDomains: string[];
		/** The signed-in person who started linking a work account on /account (start-work-account-link.ts). */
		linkTo?: UserActor;
	}
): Promise<{ redirectTo: string }> {
	const attempt: WorkAccountAttempt = {
		linkTo: input.linkTo && { userId: input.linkTo.userId, email: input.linkTo.email }
	};
	const response = await withWorkAccountAttempt(attempt, () =>
		auth.api.callbackOAuth({
			method: 'GET',
			params: { id: WORK_ACCOUNT_PROVIDER },
			query: Object.fromEntries(input.query),
			headers: input.headers,
			asResponse: true
		})
	);
	const location = response.headers.get('location');
	const target = location ? new URL(location, 'http://x') : null;
	const code = target?.searchParams.get('error') ?? (target ? null : 'failed');
	if (code !== null || !attempt.accountKey) {
		const reason = refusalFor(code ?? 'failed', attempt);
		await refused(db, reason, code);
		return { redirectTo: `${input.linkTo ? '/account' : '/inloggen'}?werkaccount=${reason}` };
	}
	if (input.linkTo) {
		await writeAudit(db, input.linkTo, {
			organisationId: null,
			action: 'werkaccount.linked',
			subjectType: 'user',
			subjectId: input.linkTo.userId
		});
		return { redirectTo: '/account?werkaccount=gekoppeld' };
	}

	if (attempt.newAccountEmail) {
		const [row] = await db
			.select({ userId: user.id, email: user.email, name: user.name })
			.from(account)
			.innerJoin(user, eq(user.id, account.userId))
			.where(and(eq(account.providerId, WORK_ACCOUNT_PROVIDER), eq(account.accountId, attempt.accountKey)));
		if (row) await joinByWorkAccount({ kind: 'user', ...row }, db, { providerDomains: input.providerDomains });
	}
	return { redirectTo: `${target!.pathname}${target!.search}` };
}

async function refused(db: Db, reason: WorkAccountRefusal, code: string | null): Promise<void> {
	logger.info({ reason, code }, 'work account sign-in refused');
	await workAccountRefusalAudit.write(db, reason);
}
