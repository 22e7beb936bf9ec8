/**
 * Sign-in with the organisation's own accounts ("werkaccount"): one OpenID Connect provider per
 * installation, set by the operator (README → "Inloggen met je werkaccount"; docs/adr/0016).
 * Not a use case: configuration, read once at start.
 */
export interface WorkAccountConfig {
	/** The issuer exactly as the provider's discovery document states it, pinned to one tenant. */
	issuer: string;
	clientId: string;
	clientSecret: string;
	/** The e-mail domains this provider speaks for, lower case. A new account needs an address in one. */
	domains: string[];
}

/** The provider id in better-auth's `account` table and in the redirect URI (…/inloggen/callback/werkaccount). */
export const WORK_ACCOUNT_PROVIDER = 'werkaccount';

/** A configuration the app must not start with. The message is for the operator, in Dutch. */
export class WorkAccountConfigError extends Error {
	constructor(message: string) {
		super(`Configuratiefout inloggen met werkaccount: ${message}`);
		this.name = 'WorkAccountConfigError';
	}
}

// Microsoft's multi-tenant endpoints accept accounts of every tenant (or every Microsoft account): any
// stranger with a Microsoft account would pass the issuer check. Their discovery documents advertise
// "https://login.microsoftonline.com/{tenantid}/v2.0", which no token ever carries literally.
const MULTI_TENANT_SEGMENTS = new Set(['common', 'organizations', 'consumers']);
const MICROSOFT_HOSTS = new Set(['login.microsoftonline.com', 'login.microsoft.com', 'sts.windows.net']);

/** Refuses an issuer that is not pinned to one tenant. Shared by the start-up and the discovery check. */
function assertSingleTenantIssuer(issuer: string): void {
	if (/[{}]|%7b|%7d/i.test(issuer)) {
		throw new WorkAccountConfigError(
			`de issuer "${issuer}" bevat een plaatshouder zoals {tenantid}. Dat is een multi-tenant adres: ` +
				'gebruik het adres met de tenant-id van je eigen organisatie, bijvoorbeeld ' +
				'https://login.microsoftonline.com/<tenant-id>/v2.0.'
		);
	}
	let url: URL;
	try {
		url = new URL(issuer);
	} catch {
		throw new WorkAccountConfigError(`VAKSPIEGEL_OIDC_ISSUER is geen geldig adres: "${issuer}".`);
	}
	const first = url.pathname.split('/').filter(Boolean)[0]?.toLowerCase() ?? '';
	if (MICROSOFT_HOSTS.has(url.hostname.toLowerCase()) && MULTI_TENANT_SEGMENTS.has(first)) {
		throw new WorkAccountConfigError(
			`de issuer "${issuer}" is het multi-tenant adres "${first}" van Microsoft. Daarmee kan iedereen ` +
				'met een Microsoft-account inloggen. Gebruik het adres met de tenant-id van je eigen organisatie, ' +
				'bijvoorbeeld https://login.microsoftonline.com/<tenant-id>/v2.0, en registreer de app als ' +
				'"single tenant".'
		);
	}
	if (url.protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
		throw new WorkAccountConfigError(`de issuer moet een https-adres zijn: "${issuer}".`);
	}
}

/**
 * Reads VAKSPIEGEL_OIDC_*. Null when sign-in with a work account is not configured (no issuer set);
 * throws WorkAccountConfigError for a half or unsafe configuration, so the app does not start with it.
 */
export function readWorkAccountConfig(env: NodeJS.ProcessEnv): WorkAccountConfig | null {
	const issuer = env.VAKSPIEGEL_OIDC_ISSUER?.trim();
	if (!issuer) return null;
	const clientId = env.VAKSPIEGEL_OIDC_CLIENT_ID?.trim();
	const clientSecret = env.VAKSPIEGEL_OIDC_CLIENT_SECRET?.trim();
	if (!clientId || !clientSecret) {
		throw new WorkAccountConfigError(
			'VAKSPIEGEL_OIDC_ISSUER is gezet, maar VAKSPIEGEL_OIDC_CLIENT_ID of VAKSPIEGEL_OIDC_CLIENT_SECRET ontbreekt.'
		);
	}
	assertSingleTenantIssuer(issuer);
	const domains = (env.VAKSPIEGEL_OIDC_DOMAINS ?? '')
		.split(',')
		.map((d) => d.trim().toLowerCase().replace(/^@/, ''))
		.filter(Boolean);
	if (domains.length === 0) {
		throw new WorkAccountConfigError(
			'VAKSPIEGEL_OIDC_DOMAINS ontbreekt: noem de e-maildomeinen van je organisatie, bijvoorbeeld "wijkteam.nl,welzijn.nl".'
		);
	}
	for (const domain of domains) {
		if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain)) {
			throw new WorkAccountConfigError(`"${domain}" in VAKSPIEGEL_OIDC_DOMAINS is geen e-maildomein.`);
		}
	}
	return { issuer, clientId, clientSecret, domains };
}

/** The discovery document's address for an issuer (OpenID Connect Discovery 1.0, section 4). */
export function discoveryUrl(issuer: string): string {
	return `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
}

/**
 * Fetches the provider's discovery document at start and checks that it states exactly the configured
 * issuer (OpenID Connect Discovery 1.0, section 4.3). A multi-tenant document ("{tenantid}") fails here
 * too, even behind an address that looked pinned.
 */
export async function checkWorkAccountDiscovery(
	config: WorkAccountConfig,
	fetcher: typeof fetch = fetch
): Promise<void> {
	let advertised: unknown;
	try {
		const response = await fetcher(discoveryUrl(config.issuer), { signal: AbortSignal.timeout(10_000) });
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		advertised = ((await response.json()) as { issuer?: unknown }).issuer;
	} catch (e) {
		throw new WorkAccountConfigError(
			`het discovery-document van ${config.issuer} is niet te lezen (${(e as Error).message}).`
		);
	}
	if (typeof advertised !== 'string') {
		throw new WorkAccountConfigError(`het discovery-document van ${config.issuer} noemt geen issuer.`);
	}
	assertSingleTenantIssuer(advertised);
	if (advertised !== config.issuer) {
		throw new WorkAccountConfigError(
			`de provider noemt als issuer "${advertised}", maar VAKSPIEGEL_OIDC_ISSUER is "${config.issuer}". ` +
				'Die moeten precies gelijk zijn.'
		);
	}
}
