import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, PASSWORD, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import { organisation, session } from '../db/schema';
import { createAuth, resolveAuthSecret, type Auth } from '../auth/auth';
import { signIn } from '../auth/sign-in';
import { setPasswordSignIn } from './set-password-sign-in';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
let auth: Auth;
let secret: string;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	secret = await resolveAuthSecret(db, undefined);
	auth = createAuth(db, { secret, baseURL: 'http://localhost:3000' });
});
afterAll(() => tdb?.cleanup());

const attempt = (email: string, workAccount: boolean) =>
	signIn(auth, db, {
		email,
		password: PASSWORD,
		headers: new Headers({ origin: 'http://localhost:3000' }),
		source: '192.0.2.7',
		secret,
		workAccount
	});

describe('password sign-in switched off per organisation', () => {
	it('only an admin of the organisation may switch it, and only with a work-account provider', async () => {
		await expect(
			setPasswordSignIn(a.worker, db, { organisationId: a.organisationId, allowed: false, workAccountConfigured: true })
		).rejects.toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) });
		await expect(
			setPasswordSignIn(b.admin, db, { organisationId: a.organisationId, allowed: false, workAccountConfigured: true })
		).rejects.toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) });
		await expect(
			setPasswordSignIn(a.admin, db, { organisationId: a.organisationId, allowed: false, workAccountConfigured: false })
		).rejects.toMatchObject({ code: 'INVALID_INPUT' });
		const [row] = await db.select().from(organisation).where(eq(organisation.id, a.organisationId));
		expect(row.passwordSignIn).toBe(true);
	});

	it("refuses the organisation's members with the right password, leaves no session, and not other organisations", async () => {
		await setPasswordSignIn(a.admin, db, {
			organisationId: a.organisationId,
			allowed: false,
			workAccountConfigured: true
		});
		const before = (await db.select().from(session).where(eq(session.userId, a.worker.userId))).length;
		await expect(attempt(a.worker.email, true)).rejects.toMatchObject({
			code: 'FORBIDDEN',
			message: expect.stringContaining('alleen inloggen met je werkaccount')
		});
		expect(await db.select().from(session).where(eq(session.userId, a.worker.userId))).toHaveLength(before);
		await expect(attempt(b.worker.email, true)).resolves.toEqual({ userId: b.worker.userId });
		// Without a provider the setting is ignored: the operator can always get people back in.
		await expect(attempt(a.worker.email, false)).resolves.toEqual({ userId: a.worker.userId });
		// And on again.
		await setPasswordSignIn(a.admin, db, {
			organisationId: a.organisationId,
			allowed: true,
			workAccountConfigured: true
		});
		await expect(attempt(a.worker.email, true)).resolves.toEqual({ userId: a.worker.userId });
	});
});
