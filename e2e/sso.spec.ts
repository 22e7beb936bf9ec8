import { spawn } from 'node:child_process';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import postgres from 'postgres';
import { fillSignIn } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';
import { JOIN_DOMAIN, startWorkAccountWorld, WORK_DOMAIN, type WorkAccountWorld } from './fixtures/work-account';

// Sign-in with a work account (issue 18, "Single sign-on"): a local OpenID Connect provider on
// 127.0.0.1 and a second Vakspiegel server that uses it, both started here (fixtures/work-account.ts).
// One provider per worker: the tests of this file run one after another in it.
test.describe.configure({ mode: 'default' });

let world: WorkAccountWorld;

test.beforeAll(async () => {
	test.setTimeout(90_000);
	world = await startWorkAccountWorld();
});

test.afterAll(async () => {
	await world?.stop();
});

const jsEnabled = () => test.info().project.use.javaScriptEnabled !== false;

async function newPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({
		baseURL: world.origin,
		locale: 'nl-NL',
		javaScriptEnabled: jsEnabled()
	});
	return context.newPage();
}

/** An Entra ID-shaped ID token: `oid` and `tid`, the address as `preferred_username`, no `email_verified`. */
function entraClaims(address: string, name: string, oid = randomUUID()): Record<string, unknown> {
	return { sub: randomUUID(), oid, tid: 'e2e-tenant', preferred_username: address, name };
}

const formHeaders = () => ({ origin: world.origin, accept: 'text/html' });

/** A page whose request context is signed in as the admin of that server (a plain form post). */
async function adminSession(browser: Browser): Promise<Page> {
	const admin = await newPage(browser);
	const signedIn = await admin.request.post('/inloggen', {
		form: { email: world.admin.email, password: world.admin.password },
		headers: formHeaders(),
		maxRedirects: 0
	});
	expect(signedIn.status()).toBe(303);
	return admin;
}

/** The admin of that server invites `address` as a worker, by plain form posts (no page needed). Returns the link's path. */
async function invite(browser: Browser, address: string, admin?: Page): Promise<string> {
	const session = admin ?? (await adminSession(browser));
	const created = await session.request.post('/beheer/uitnodigingen?/create', {
		form: { email: address, roles: 'worker' },
		headers: formHeaders()
	});
	expect(created.status()).toBe(200);
	const link = (await created.text()).match(/\/uitnodiging\/[A-Za-z0-9_-]{20,100}/);
	expect(link).not.toBeNull();
	if (!admin) await session.context().close();
	return link![0];
}

/** Switches password sign-in for the admin's organisation, by a plain form post. */
async function setPasswordSignIn(admin: Page, value: 'aan' | 'uit'): Promise<void> {
	const saved = await admin.request.post('/beheer/uitnodigingen?/passwordSignIn', {
		form: { passwordSignIn: value },
		headers: formHeaders()
	});
	expect(saved.status()).toBe(200);
}

async function signInWithWorkAccount(page: Page): Promise<void> {
	await page.goto('/inloggen');
	await page.getByRole('link', { name: 'Inloggen met je werkaccount' }).click();
}

/** Refusals written to that server's audit log for `reason` (PostgreSQL only: PGlite is the server's own). */
async function refusals(reason: string): Promise<number | null> {
	if (!world.database || !process.env.TEST_DATABASE_URL) return null;
	const url = new URL(process.env.TEST_DATABASE_URL);
	url.pathname = `/${world.database}`;
	const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
	try {
		const [row] = await sql`select count(*)::int as n from audit_log
			where action = 'werkaccount.refused' and details->>'reason' = ${reason}`;
		return row.n as number;
	} finally {
		await sql.end({ timeout: 5 });
	}
}

/** Signs in, expects the refusal's Dutch message on /inloggen, one audit entry, and no session. */
async function expectRefused(browser: Browser, reason: string, message: string | RegExp): Promise<void> {
	const before = await refusals(reason);
	const page = await newPage(browser);
	await signInWithWorkAccount(page);
	await expect(page).toHaveURL(`/inloggen?werkaccount=${reason}`);
	await expect(page.getByRole('alert')).toContainText(message);
	// Not an error page: the sign-in form is still there.
	await expect(page.getByRole('button', { name: 'Inloggen', exact: true })).toBeVisible();
	if (before !== null) expect(await refusals(reason)).toBe(before + 1);
	await page.goto('/');
	await expect(page).toHaveURL(/\/inloggen/);
	await page.context().close();
}

test('an invited person signs in with an Entra-shaped work account, and again after their address changed', async ({
	browser
}) => {
	const address = `sso-${randomUUID().slice(0, 8)}@${WORK_DOMAIN}`;
	const name = `Werk Account ${address.slice(4, 12)}`;
	await invite(browser, address);
	const oid = randomUUID();
	world.nextClaims(entraClaims(address, name, oid));

	const page = await newPage(browser);
	await page.goto('/inloggen');
	const start = page.getByRole('link', { name: 'Inloggen met je werkaccount' });
	await expect(start).toBeVisible();
	await expectNoAxeViolations(page);
	// The flow starts at the provider's authorization endpoint, with PKCE and a nonce.
	const authorize = page.waitForRequest((r) => r.url().startsWith(`${world.issuer}/authorize`));
	await start.click();
	const query = new URL((await authorize).url()).searchParams;
	expect(query.get('code_challenge_method')).toBe('S256');
	expect(query.get('nonce')).toBeTruthy();
	expect(query.get('redirect_uri')).toBe(`${world.origin}/inloggen/callback/werkaccount`);
	await expect(page.getByRole('heading', { level: 1, name: `Welkom, ${name}` })).toBeVisible();
	await page.context().close();

	// Same person (oid), new address: the same account, found by its key and not by the address.
	world.nextClaims(entraClaims(`hernoemd-${address}`, name, oid));
	const again = await newPage(browser);
	await signInWithWorkAccount(again);
	await expect(again.getByRole('heading', { level: 1, name: `Welkom, ${name}` })).toBeVisible();
	await again.context().close();
});

test('a person without an invitation is asked to get one @once', async ({ browser }) => {
	world.nextClaims(entraClaims(`zonder-${randomUUID().slice(0, 8)}@${WORK_DOMAIN}`, 'Zonder Uitnodiging'));
	await expectRefused(browser, 'no_invitation', 'Vraag je beheerder om een uitnodiging');
});

test('email_verified: false is refused, even with an invitation @once', async ({ browser }) => {
	const address = `onbevestigd-${randomUUID().slice(0, 8)}@${WORK_DOMAIN}`;
	await invite(browser, address);
	world.nextClaims({ sub: randomUUID(), email: address, email_verified: false, name: 'Niet Bevestigd' });
	await expectRefused(browser, 'email_not_verified', 'niet bevestigd');
});

test("an ID token from another tenant's issuer is refused @once", async ({ browser }) => {
	const address = `andere-tenant-${randomUUID().slice(0, 8)}@${WORK_DOMAIN}`;
	await invite(browser, address);
	world.nextClaims({ ...entraClaims(address, 'Andere Tenant'), iss: `${world.issuer}/andere-tenant/v2.0` });
	await expectRefused(browser, 'token', 'hoort niet bij de organisatie');
});

test('an existing password account with the same address is not taken over @once', async ({ browser }) => {
	world.nextClaims({ sub: randomUUID(), email: world.admin.email, email_verified: true, name: 'Overnemer' });
	await expectRefused(browser, 'email_in_use', 'Er is al een account met dit e-mailadres');
	// The owner still signs in with their password, as themselves.
	const owner = await newPage(browser);
	await owner.goto('/inloggen');
	await fillSignIn(owner, world.admin.email, world.admin.password);
	await expect(owner.getByRole('heading', { level: 1, name: `Welkom, ${world.admin.name}` })).toBeVisible();
	await owner.context().close();
});

/** A member of that server's organisation with a password (invited and accepted by plain form posts), signed in. */
async function passwordMember(browser: Browser, address: string, name: string): Promise<Page> {
	const link = await invite(browser, address);
	const page = await newPage(browser);
	const password = `wachtwoord-${randomUUID().slice(0, 8)}`;
	const accepted = await page.request.post(link, {
		form: { name, password, passwordRepeat: password },
		headers: formHeaders(),
		maxRedirects: 0
	});
	expect(accepted.status()).toBe(303);
	return page;
}

test('a password user links their work account on their account page and keeps everything', async ({ browser }) => {
	const address = `koppel-${randomUUID().slice(0, 8)}@${WORK_DOMAIN}`;
	const name = `Wachtwoord Gebruiker ${address.slice(7, 13)}`;
	const page = await passwordMember(browser, address, name);
	await page.goto('/account');
	const section = page.getByRole('region', { name: 'Inloggen met je werkaccount' });
	await expect(section).toContainText(`Je werkaccount moet hetzelfde e-mailadres hebben: ${address}.`);
	await expectNoAxeViolations(page);

	// A work account with another address is not linked: a Dutch message, and nothing changed.
	const oid = randomUUID();
	world.nextClaims(entraClaims(`iemand-anders-${address}`, name, oid));
	await section.getByRole('link', { name: 'Koppel je werkaccount' }).click();
	await expect(page).toHaveURL('/account?werkaccount=link_email');
	await expect(page.getByRole('alert')).toContainText('Dit werkaccount heeft een ander e-mailadres');
	await expect(section.getByRole('link', { name: 'Koppel je werkaccount' })).toBeVisible();

	// Their own work account (Entra-shaped, same address): linked.
	world.nextClaims(entraClaims(address, 'Naam Uit Entra', oid));
	await section.getByRole('link', { name: 'Koppel je werkaccount' }).click();
	await expect(page).toHaveURL('/account?werkaccount=gekoppeld');
	await expect(page.getByRole('status')).toContainText('Je werkaccount is gekoppeld');
	await expect(section).toContainText('Je kunt inloggen met je werkaccount.');
	await expect(section.getByRole('link', { name: 'Koppel je werkaccount' })).toHaveCount(0);
	await page.context().close();

	// From now on the work account signs in to the same account (their name, not the token's).
	world.nextClaims(entraClaims(address, 'Naam Uit Entra', oid));
	const again = await newPage(browser);
	await signInWithWorkAccount(again);
	await expect(again.getByRole('heading', { level: 1, name: `Welkom, ${name}` })).toBeVisible();
	await again.context().close();

	// Another password user cannot take that work account over by linking it to their own account.
	const otherAddress = `ander-${randomUUID().slice(0, 8)}@${WORK_DOMAIN}`;
	const other = await passwordMember(browser, otherAddress, 'Ander Lid');
	await other.goto('/account');
	world.nextClaims(entraClaims(otherAddress, 'Ander Lid', oid));
	await other.getByRole('link', { name: 'Koppel je werkaccount' }).click();
	await expect(other).toHaveURL('/account?werkaccount=already_linked');
	await expect(other.getByRole('alert')).toContainText('Dit werkaccount hoort al bij een ander account');
	await other.context().close();
});

test('a changed state on the way back is refused @once', async ({ browser }) => {
	const address = `state-${randomUUID().slice(0, 8)}@${WORK_DOMAIN}`;
	await invite(browser, address);
	world.nextClaims(entraClaims(address, 'State Test'));
	world.provider.service.once('beforeAuthorizeRedirect', ({ url }) => {
		url.searchParams.set('state', 'vervalst-' + randomUUID());
	});
	await expectRefused(browser, 'state', 'Probeer het opnieuw');
});

test('the redirects to the provider and back carry the security headers @once', async () => {
	const expectHeaders = (response: Response, where: string) => {
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp, where).toContain("default-src 'none'");
		expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
	};
	const start = await fetch(`${world.origin}/inloggen/werkaccount`, { redirect: 'manual' });
	expect(start.status).toBe(303);
	expect(start.headers.get('location')).toMatch(new RegExp(`^${world.issuer}/authorize\\?`));
	expectHeaders(start, 'start');
	const back = await fetch(`${world.origin}/inloggen/callback/werkaccount?code=x&state=y`, { redirect: 'manual' });
	expect(back.status).toBe(303);
	expect(back.headers.get('location')).toBe('/inloggen?werkaccount=state');
	expectHeaders(back, 'callback');
});

test('an admin switches password sign-in off for the organisation, and on again', async ({ browser }) => {
	const admin = await newPage(browser);
	await admin.goto('/inloggen');
	await fillSignIn(admin, world.admin.email, world.admin.password);
	await expect(admin.getByRole('heading', { level: 1, name: `Welkom, ${world.admin.name}` })).toBeVisible();
	await admin.goto('/beheer/uitnodigingen');
	const setting = admin.getByRole('group', { name: 'Inloggen met wachtwoord' });
	await setting.getByLabel('Leden loggen alleen in met hun werkaccount').check();
	await admin.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(admin.getByText('Opgeslagen.')).toBeVisible();
	await expectNoAxeViolations(admin);

	// The right password no longer opens a session for a member of that organisation.
	const member = await newPage(browser);
	await member.goto('/inloggen');
	await fillSignIn(member, world.admin.email, world.admin.password);
	await expect(member.getByRole('alert')).toContainText('alleen inloggen met je werkaccount');
	await member.goto('/');
	await expect(member).toHaveURL(/\/inloggen/);
	await member.context().close();

	await admin.goto('/beheer/uitnodigingen');
	await admin.getByLabel('Leden mogen ook inloggen met e-mailadres en wachtwoord').check();
	await admin.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(admin.getByText('Opgeslagen.')).toBeVisible();
	await admin.context().close();
});

test('a multi-tenant ("common") configuration stops the start with a Dutch message @once', async () => {
	const root = path.resolve(import.meta.dirname, '..');
	const child = spawn(process.execPath, [path.join(root, 'build', 'index.js')], {
		cwd: root,
		env: {
			...process.env,
			PORT: '0',
			VAKSPIEGEL_OIDC_ISSUER: 'https://login.microsoftonline.com/common/v2.0',
			VAKSPIEGEL_OIDC_CLIENT_ID: 'x',
			VAKSPIEGEL_OIDC_CLIENT_SECRET: 'y',
			VAKSPIEGEL_OIDC_DOMAINS: WORK_DOMAIN,
			VAKSPIEGEL_DATA_DIR: path.join(root, 'e2e', '.data-sso-common')
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
	const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
	clearTimeout(timer);
	expect(code).not.toBe(0);
	expect(stderr).toContain('Configuratiefout inloggen met werkaccount');
	expect(stderr).toContain('multi-tenant');
});

test('a person without an invitation but with an allowed domain joins as a worker', async ({ browser }) => {
	const admin = await adminSession(browser);
	try {
		// Not a domain: a Dutch message, a 4xx, and what was typed stays.
		const wrong = await admin.request.post('/beheer/uitnodigingen?/joinDomains', {
			form: { joinDomains: 'sanne@' },
			headers: formHeaders()
		});
		expect(wrong.status()).toBe(400);
		expect(await wrong.text()).toContain('is geen e-maildomein');

		await admin.goto('/beheer/uitnodigingen');
		const field = admin.getByLabel('E-maildomeinen');
		await field.fill(`@${JOIN_DOMAIN.toUpperCase()}`);
		await admin.getByRole('button', { name: 'Domeinen opslaan' }).click();
		await expect(admin.getByText('De domeinen zijn opgeslagen.')).toBeVisible();
		await expect(admin.getByLabel('E-maildomeinen')).toHaveValue(JOIN_DOMAIN);
		await expectNoAxeViolations(admin);

		const address = `domein-${randomUUID().slice(0, 8)}@${JOIN_DOMAIN}`;
		const name = `Domein Lid ${address.slice(7, 15)}`;
		world.nextClaims(entraClaims(address, name));
		const page = await newPage(browser);
		await signInWithWorkAccount(page);
		await expect(page.getByRole('heading', { level: 1, name: `Welkom, ${name}` })).toBeVisible();
		// A plain worker: no admin pages.
		const adminPage = await page.goto('/beheer/uitnodigingen');
		expect(adminPage?.status()).toBeGreaterThanOrEqual(400);
		await page.context().close();
	} finally {
		// The next scenarios expect people of that domain to need an invitation again.
		await admin.request.post('/beheer/uitnodigingen?/joinDomains', {
			form: { joinDomains: '' },
			headers: formHeaders()
		});
		await admin.context().close();
	}
});

test('with password sign-in off, the invitation page sends the person to their work account', async ({ browser }) => {
	const admin = await adminSession(browser);
	try {
		await setPasswordSignIn(admin, 'uit');
		const address = `zonder-wachtwoord-${randomUUID().slice(0, 8)}@${WORK_DOMAIN}`;
		const link = await invite(browser, address, admin);

		const page = await newPage(browser);
		await page.goto(link);
		await expect(page.getByText('Je kiest hier dus geen wachtwoord')).toBeVisible();
		await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveCount(0);
		await expectNoAxeViolations(page);
		// Choosing a password by a plain post is refused too.
		const posted = await page.request.post(link, {
			form: { name: 'Sanne', password: 'een-lang-wachtwoord-1', passwordRepeat: 'een-lang-wachtwoord-1' },
			headers: formHeaders()
		});
		expect(posted.status()).toBe(403);
		expect(await posted.text()).toContain('alleen inloggen met je werkaccount');

		const name = `Uitgenodigd ${address.slice(18, 26)}`;
		world.nextClaims(entraClaims(address, name));
		await page.getByRole('link', { name: 'Inloggen met je werkaccount' }).click();
		await expect(page.getByRole('heading', { level: 1, name: `Welkom, ${name}` })).toBeVisible();
		await page.context().close();
	} finally {
		await setPasswordSignIn(admin, 'aan');
		await admin.context().close();
	}
});
