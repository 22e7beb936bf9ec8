import { AsyncLocalStorage } from 'node:async_hooks';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { genericOAuth } from 'better-auth/plugins';
import type { Db } from '../db/client';
import { account, invitation, organisationJoinDomain, user } from '../db/schema';
import { discoveryUrl, WORK_ACCOUNT_PROVIDER, type WorkAccountConfig } from './work-account-config';

/**
 * Why a sign-in with a work account was refused. Each one has its own Dutch message on /inloggen
 * (sso_refused_*) and writes one audit entry (finish-work-account-sign-in.ts).
 */
export const WORK_ACCOUNT_REFUSALS = [
	'state',
	'token',
	'email_not_verified',
	'no_email',
	'domain',
	'email_in_use',
	'no_invitation',
	'provider',
	'failed',
	// Linking a work account to the signed-in password account (/account):
	'link_email',
	'already_linked'
] as const;
export type WorkAccountRefusal = (typeof WORK_ACCOUNT_REFUSALS)[number];

/** What the provider's answer decided, collected during one callback request (see `withWorkAccountAttempt`). */
export interface WorkAccountAttempt {
	refusal?: WorkAccountRefusal;
	/** The account key: the tenant-pinned issuer and the subject (`oid` or `sub`). */
	accountKey?: string;
	/** The address from the token, for the invitation; only set for a person without an account yet. */
	newAccountEmail?: string;
	/**
	 * Set when the signed-in person started linking a work account to their account from /account
	 * (start-work-account-link.ts): the token must carry their own address.
	 */
	linkTo?: { userId: string; email: string };
}

const attempts = new AsyncLocalStorage<WorkAccountAttempt>();

/** The claims of an ID token we may read. */
export interface IdTokenClaims {
	iss?: string;
	sub?: string;
	[claim: string]: unknown;
}

/**
 * The payload of a compact JWS, unchecked. Only used on ID tokens better-auth has verified (signature,
 * issuer, audience, expiry, nonce) before it hands them to us; a malformed one reads as no claims.
 */
function readClaims(idToken: string): IdTokenClaims {
	try {
		const payload = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8'));
		return payload && typeof payload === 'object' && !Array.isArray(payload) ? payload : {};
	} catch {
		return {};
	}
}

/** Runs better-auth's callback with a place where the decision below can leave its reason. */
export function withWorkAccountAttempt<T>(attempt: WorkAccountAttempt, run: () => Promise<T>): Promise<T> {
	return attempts.run(attempt, run);
}

/**
 * The account key. Microsoft Entra ID's `sub` is pairwise per app registration; `oid` is the person's
 * id within the tenant and stays the same. The issuer is part of the key, so a second tenant (or a
 * changed VAKSPIEGEL_OIDC_ISSUER) can never land on an existing account with a colliding subject.
 * Never the e-mail address: addresses are reused and renamed (docs/adr/0016).
 */
export function workAccountKey(claims: IdTokenClaims): string | null {
	const subject = typeof claims.oid === 'string' && claims.oid ? claims.oid : claims.sub;
	if (!claims.iss || !subject) return null;
	return `${claims.iss}#${subject}`;
}

/** `email_verified` as the provider stated it: true, false, or not stated (Entra work accounts omit it). */
export function statedEmailVerified(value: unknown): boolean | undefined {
	if (value === true || value === 'true') return true;
	if (value === false || value === 'false') return false;
	return undefined;
}

/** Entra ID often sends no `email` for work accounts; the sign-in name (UPN) is the address. */
function addressFrom(claims: IdTokenClaims): string | undefined {
	for (const key of ['email', 'upn', 'preferred_username']) {
		const value = claims[key];
		if (typeof value === 'string' && /^[^@\s]+@[^@\s]+$/.test(value)) return value.trim().toLowerCase();
	}
	return undefined;
}

function refuse(attempt: WorkAccountAttempt | undefined, refusal: WorkAccountRefusal): null {
	if (attempt) attempt.refusal = refusal;
	return null;
}

/**
 * Decides on a verified ID token who this is. better-auth has already checked the signature against
 * the provider's keys, the issuer (exactly the configured, tenant-pinned one), the audience, the
 * expiry and the nonce before it calls this (genericOAuth with requireIdTokenVerification).
 * Returning null refuses the sign-in; the reason goes to the current attempt.
 */
async function decide(db: Db, config: WorkAccountConfig, idToken: string | undefined) {
	const attempt = attempts.getStore();
	if (!idToken) return refuse(attempt, 'token');
	const claims = readClaims(idToken);
	const key = workAccountKey(claims);
	if (!key || claims.iss !== config.issuer) return refuse(attempt, 'token');
	if (attempt) attempt.accountKey = key;
	const address = addressFrom(claims);
	const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : (address ?? '');

	const [known] = await db
		.select({ email: user.email, userId: user.id })
		.from(account)
		.innerJoin(user, eq(user.id, account.userId))
		.where(and(eq(account.providerId, WORK_ACCOUNT_PROVIDER), eq(account.accountId, key)));
	if (attempt?.linkTo) {
		// Linking proves two things at once: the person holds this account (signed in) and this work
		// account (just signed in at the provider), and both carry the same address. Never a work
		// account that is already someone else's.
		if (known)
			return known.userId === attempt.linkTo.userId
				? { id: key, sub: claims.sub, email: known.email, emailVerified: true, name }
				: refuse(attempt, 'already_linked');
		if (statedEmailVerified(claims.email_verified) === false) return refuse(attempt, 'email_not_verified');
		if (!address || address !== attempt.linkTo.email.toLowerCase()) return refuse(attempt, 'link_email');
		return { id: key, sub: claims.sub, email: address, emailVerified: true, name };
	}
	if (known) {
		// A known person signs in by key alone; their address in Vakspiegel stays as it is.
		return { id: key, sub: claims.sub, email: known.email, emailVerified: true, name };
	}

	// A new person: the address decides which invitation they may accept (or which organisation's
	// allowed domain they may join by), so it must be one the
	// provider speaks for, and not one it says is unverified. Not stated is fine (Entra ID).
	if (statedEmailVerified(claims.email_verified) === false) return refuse(attempt, 'email_not_verified');
	if (!address) return refuse(attempt, 'no_email');
	if (!config.domains.includes(address.slice(address.lastIndexOf('@') + 1))) return refuse(attempt, 'domain');
	const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, address));
	// Someone already has this address (a password account, or another work account): never take it
	// over on the address alone. The admin can sort it out; see docs/adr/0016.
	if (existing) return refuse(attempt, 'email_in_use');
	const open = await db
		.select({ id: invitation.id })
		.from(invitation)
		.where(
			and(
				eq(invitation.email, address),
				isNull(invitation.acceptedAt),
				isNull(invitation.revokedAt),
				gt(invitation.expiresAt, new Date())
			)
		)
		.limit(1);
	if (open.length === 0) {
		// No invitation: an organisation may let people of this domain join as a worker (docs/adr/0016).
		const domain = address.slice(address.lastIndexOf('@') + 1);
		const [joinable] = await db
			.select({ domain: organisationJoinDomain.domain })
			.from(organisationJoinDomain)
			.where(eq(organisationJoinDomain.domain, domain));
		if (!joinable) return refuse(attempt, 'no_invitation');
	}
	if (attempt) attempt.newAccountEmail = address;
	return {
		id: key,
		sub: claims.sub,
		email: address,
		emailVerified: statedEmailVerified(claims.email_verified) === true,
		name
	};
}

/** better-auth's generic OAuth plugin, set up for one tenant-pinned OpenID Connect provider. */
export function workAccountPlugin(db: Db, config: WorkAccountConfig) {
	return genericOAuth({
		config: [
			{
				providerId: WORK_ACCOUNT_PROVIDER,
				name: 'Werkaccount',
				discoveryUrl: discoveryUrl(config.issuer),
				clientId: config.clientId,
				clientSecret: config.clientSecret,
				scopes: ['openid', 'email', 'profile'],
				pkce: true,
				// No ID token checked against the provider's keys: no sign-in.
				requireIdTokenVerification: true,
				accountSubject: ({ tokens }) => (tokens.idToken ? (workAccountKey(readClaims(tokens.idToken)) ?? '') : ''),
				getUserInfo: (tokens) => decide(db, config, tokens.idToken)
			}
		]
	});
}

/** Whether the person already signs in with a work account. */
export async function hasWorkAccount(db: Db, userId: string): Promise<boolean> {
	const rows = await db
		.select({ id: account.id })
		.from(account)
		.where(and(eq(account.userId, userId), eq(account.providerId, WORK_ACCOUNT_PROVIDER)))
		.limit(1);
	return rows.length > 0;
}
