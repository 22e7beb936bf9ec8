import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, PASSWORD, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import { createAuth, resolveAuthSecret, type Auth } from './auth';
import { signIn } from './sign-in';
import { MAX_FAILURES, recordFailure, blockedUntil, BLOCK_MS } from './login-throttle';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let auth: Auth;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	auth = createAuth(db, { secret: await resolveAuthSecret(db, undefined), baseURL: 'http://localhost:3000' });
});
afterAll(() => tdb?.cleanup());

const headers = () => new Headers({ origin: 'http://localhost:3000' });

describe('sign-in', () => {
	it('accepts the right password and gives a session', async () => {
		await expect(
			signIn(auth, db, { email: a.worker.email, password: PASSWORD, headers: headers() })
		).resolves.toBeUndefined();
	});

	it('refuses a wrong password and an unknown address with the same Dutch message', async () => {
		const wrong = signIn(auth, db, { email: a.worker.email, password: 'fout wachtwoord', headers: headers() });
		await expect(wrong).rejects.toMatchObject({
			code: 'UNAUTHORIZED',
			message: 'Het e-mailadres of het wachtwoord klopt niet.'
		});
		const unknown = signIn(auth, db, {
			email: 'niemand@test.example',
			password: 'fout wachtwoord',
			headers: headers()
		});
		await expect(unknown).rejects.toMatchObject({
			code: 'UNAUTHORIZED',
			message: 'Het e-mailadres of het wachtwoord klopt niet.'
		});
	});

	it(`blocks an address after ${MAX_FAILURES} failures, even for the right password, and not other addresses`, async () => {
		for (let i = 0; i < MAX_FAILURES - 1; i++) {
			await expect(
				signIn(auth, db, { email: a.coach.email, password: 'fout', headers: headers() })
			).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		}
		await expect(
			signIn(auth, db, { email: a.coach.email, password: 'fout', headers: headers() })
		).rejects.toMatchObject({ code: 'RATE_LIMITED' });
		await expect(
			signIn(auth, db, { email: a.coach.email, password: PASSWORD, headers: headers() })
		).rejects.toMatchObject({ code: 'RATE_LIMITED' });
		await expect(
			signIn(auth, db, { email: a.facilitator.email, password: PASSWORD, headers: headers() })
		).resolves.toBeUndefined();
	});

	it('lifts the block after the waiting time', async () => {
		const email = 'later@test.example';
		const t0 = new Date('2026-01-01T10:00:00Z');
		for (let i = 0; i < MAX_FAILURES; i++) await recordFailure(db, email, t0);
		expect(await blockedUntil(db, email, t0)).not.toBeNull();
		expect(await blockedUntil(db, email, new Date(t0.getTime() + BLOCK_MS + 1))).toBeNull();
	});
});
