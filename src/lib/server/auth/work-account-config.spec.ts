import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAuth2Server } from 'oauth2-mock-server';
import {
	checkWorkAccountDiscovery,
	readWorkAccountConfig,
	WorkAccountConfigError,
	type WorkAccountConfig
} from './work-account-config';
import { statedEmailVerified, workAccountKey } from './work-account';

const base = {
	VAKSPIEGEL_OIDC_CLIENT_ID: 'id',
	VAKSPIEGEL_OIDC_CLIENT_SECRET: 'secret',
	VAKSPIEGEL_OIDC_DOMAINS: 'wijkteam.nl, @Welzijn.NL'
};

describe('readWorkAccountConfig', () => {
	it('is off without an issuer', () => {
		expect(readWorkAccountConfig({})).toBeNull();
	});

	it('reads a single-tenant Entra ID configuration', () => {
		const issuer = 'https://login.microsoftonline.com/6f1c1f5e-0000-4000-8000-000000000001/v2.0';
		expect(readWorkAccountConfig({ ...base, VAKSPIEGEL_OIDC_ISSUER: issuer })).toEqual({
			issuer,
			clientId: 'id',
			clientSecret: 'secret',
			domains: ['wijkteam.nl', 'welzijn.nl']
		});
	});

	it.each([
		'https://login.microsoftonline.com/common/v2.0',
		'https://login.microsoftonline.com/organizations/v2.0',
		'https://login.microsoftonline.com/consumers/v2.0',
		'https://login.microsoftonline.com/{tenantid}/v2.0'
	])('refuses the multi-tenant issuer %s with a Dutch message', (issuer) => {
		expect(() => readWorkAccountConfig({ ...base, VAKSPIEGEL_OIDC_ISSUER: issuer })).toThrow(
			/Configuratiefout inloggen met werkaccount: .*(multi-tenant|plaatshouder)/
		);
	});

	it('refuses a half configuration, no domains and plain http to another machine', () => {
		const issuer = 'https://idp.example/realms/wijkteam';
		expect(() => readWorkAccountConfig({ VAKSPIEGEL_OIDC_ISSUER: issuer })).toThrow(WorkAccountConfigError);
		expect(() =>
			readWorkAccountConfig({ ...base, VAKSPIEGEL_OIDC_ISSUER: issuer, VAKSPIEGEL_OIDC_DOMAINS: '' })
		).toThrow(/VAKSPIEGEL_OIDC_DOMAINS ontbreekt/);
		expect(() => readWorkAccountConfig({ ...base, VAKSPIEGEL_OIDC_ISSUER: 'http://idp.example' })).toThrow(/https/);
	});
});

describe('checkWorkAccountDiscovery against a local provider', () => {
	const provider = new OAuth2Server();
	let config: WorkAccountConfig;

	beforeAll(async () => {
		await provider.issuer.keys.generate('RS256');
		await provider.start(0, '127.0.0.1');
		config = { issuer: provider.issuer.url!, clientId: 'id', clientSecret: 's', domains: ['wijkteam.nl'] };
	});
	afterAll(() => provider.stop());

	it('accepts a provider that states exactly the configured issuer', async () => {
		await expect(checkWorkAccountDiscovery(config)).resolves.toBeUndefined();
	});

	it('refuses a provider that advertises a {tenantid} placeholder (Microsoft "common")', async () => {
		const pinned = provider.issuer.url!;
		provider.issuer.url = 'https://login.microsoftonline.com/{tenantid}/v2.0';
		try {
			await expect(checkWorkAccountDiscovery({ ...config, issuer: pinned })).rejects.toThrow(/plaatshouder/);
		} finally {
			provider.issuer.url = pinned;
		}
	});

	it('refuses a provider that states another issuer', async () => {
		await expect(checkWorkAccountDiscovery({ ...config, issuer: `${config.issuer}/` })).rejects.toThrow(
			/precies gelijk/
		);
	});
});

describe('the account key and email_verified', () => {
	it('is the issuer plus oid (Entra ID) or sub, never the address', () => {
		const iss = 'https://login.microsoftonline.com/t/v2.0';
		expect(workAccountKey({ iss, sub: 'pairwise', oid: 'person', email: 'a@b.nl' })).toBe(`${iss}#person`);
		expect(workAccountKey({ iss, sub: 'subject' })).toBe(`${iss}#subject`);
		expect(workAccountKey({ sub: 'no-issuer' })).toBeNull();
	});

	it('treats a missing email_verified as not stated', () => {
		expect(statedEmailVerified(undefined)).toBeUndefined();
		expect(statedEmailVerified(false)).toBe(false);
		expect(statedEmailVerified('false')).toBe(false);
		expect(statedEmailVerified(true)).toBe(true);
	});
});
