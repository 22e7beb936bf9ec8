import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, PASSWORD, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import { loginThrottle } from '../db/schema';
import { createAuth, resolveAuthSecret, type Auth } from './auth';
import { signIn } from './sign-in';
import { ACCOUNT_MAX, ACCOUNT_SLOW_MS, forgetOldAttempts, PAIR_MAX, SOURCE_MAX, WINDOW_MS } from './login-throttle';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let auth: Auth;
let secret: string;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	secret = await resolveAuthSecret(db, undefined);
	auth = createAuth(db, { secret, baseURL: 'http://localhost:3000' });
});
afterAll(() => tdb?.cleanup());

const headers = () => new Headers({ origin: 'http://localhost:3000' });
const attempt = (email: string, password: string, source: string, now?: Date) =>
	signIn(auth, db, { email, password, headers: headers(), source, secret }, now);
/** What the person sees: signed in, or the code of the refusal. */
const outcome = (p: Promise<unknown>) =>
	p.then(
		() => 'ok',
		(e: { code?: string; message?: string }) => e.code ?? `crash: ${e.message}`
	);

describe('sign-in', () => {
	it('accepts the right password and gives a session', async () => {
		await expect(attempt(a.worker.email, PASSWORD, '192.0.2.1')).resolves.toEqual({ userId: a.worker.userId });
	});

	it('refuses a wrong password and an unknown address with the same Dutch message', async () => {
		await expect(attempt(a.worker.email, 'fout wachtwoord', '192.0.2.1')).rejects.toMatchObject({
			code: 'UNAUTHORIZED',
			message: 'Het e-mailadres of het wachtwoord klopt niet.'
		});
		await expect(attempt('niemand@test.example', 'fout wachtwoord', '192.0.2.1')).rejects.toMatchObject({
			code: 'UNAUTHORIZED',
			message: 'Het e-mailadres of het wachtwoord klopt niet.'
		});
	});

	it('a stranger who guesses wrong cannot lock the real person out', async () => {
		const stranger = '198.51.100.66';
		for (let i = 0; i < PAIR_MAX; i++)
			expect(await outcome(attempt(a.coach.email, `fout-${i}`, stranger))).toBe('UNAUTHORIZED');
		// The stranger's own source is now held back for this address, even with the right password ...
		await expect(attempt(a.coach.email, 'fout', stranger)).rejects.toMatchObject({
			code: 'RATE_LIMITED',
			message: 'Te vaak een verkeerd wachtwoord. Wacht een kwartier en probeer het dan opnieuw.'
		});
		expect(await outcome(attempt(a.coach.email, PASSWORD, stranger))).toBe('RATE_LIMITED');
		// ... while the coach, from their own address, signs in as always.
		expect(await outcome(attempt(a.coach.email, PASSWORD, '203.0.113.7'))).toBe('ok');
		// After the window the stranger's source may try again.
		const later = new Date(Date.now() + WINDOW_MS + 1000);
		expect(await outcome(attempt(a.coach.email, PASSWORD, stranger, later))).toBe('ok');
	});

	it('a burst of parallel guesses checks at most the limit, and never crashes', async () => {
		const results = await Promise.all(
			Array.from({ length: 24 }, (_, i) => outcome(attempt(a.facilitator.email, `burst-${i}`, '198.51.100.9')))
		);
		expect(results.filter((r) => r === 'UNAUTHORIZED').length).toBeLessThanOrEqual(PAIR_MAX);
		expect(results.filter((r) => r === 'UNAUTHORIZED').length).toBeGreaterThan(0);
		expect(results.filter((r) => r !== 'UNAUTHORIZED' && r !== 'RATE_LIMITED')).toEqual([]);
	});

	it('one source cannot spray passwords over many addresses', async () => {
		const sprayer = '198.51.100.77';
		const results: string[] = [];
		for (let i = 0; i < SOURCE_MAX; i++)
			results.push(await outcome(attempt(`persoon-${i}@test.example`, 'Welkom01!', sprayer)));
		expect(results.every((r) => r === 'UNAUTHORIZED')).toBe(true);
		expect(await outcome(attempt(a.worker.email, 'Welkom01!', sprayer))).toBe('RATE_LIMITED');
		expect(await outcome(attempt(a.worker.email, PASSWORD, '203.0.113.8'))).toBe('ok');
	});

	it('many sources at once slow an address down, but never lock it', async () => {
		const t0 = new Date(Date.now() + 2 * WINDOW_MS);
		const target = a.admin.email;
		for (let i = 0; i < ACCOUNT_MAX; i++) {
			expect(await outcome(attempt(target, `fout-${i}`, `10.0.${i}.1`, t0))).toBe('UNAUTHORIZED');
		}
		// Past the ceiling: one attempt per ACCOUNT_SLOW_MS for the address, from anywhere.
		expect(await outcome(attempt(target, 'fout', '10.1.0.1', t0))).toBe('UNAUTHORIZED');
		await expect(attempt(target, PASSWORD, '10.1.0.2', t0)).rejects.toMatchObject({
			code: 'RATE_LIMITED',
			message: expect.stringContaining('Wacht een paar seconden')
		});
		const soon = new Date(t0.getTime() + ACCOUNT_SLOW_MS + 1);
		expect(await outcome(attempt(target, PASSWORD, '203.0.113.9', soon))).toBe('ok');
	});

	it('keeps no source longer than its window, and only as a keyed hash', async () => {
		const rows = await db.select().from(loginThrottle);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			expect(row.key).toMatch(/^[0-9a-f]{64}$/);
			expect(row.key).not.toContain('198.51');
		}
		await forgetOldAttempts(db, new Date(Date.now() + 4 * WINDOW_MS));
		expect(await db.select().from(loginThrottle)).toEqual([]);
	});
});
