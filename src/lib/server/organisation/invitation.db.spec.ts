import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { account, invitation, membership, session, teamMember, user } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import type { Mailer } from '../mail';
import { noMail } from '../mail';
import { verifyPassword } from '../auth/password';
import { createInvitation } from './create-invitation';
import { getInvitation } from './get-invitation';
import { acceptInvitation } from './accept-invitation';
import { revokeInvitation } from './revoke-invitation';
import { findInvitations } from './find-invitations';
import { createPasswordReset } from './create-password-reset';
import { getPasswordReset } from './get-password-reset';
import { submitPasswordReset } from './submit-password-reset';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
const ctx = { origin: 'https://vakspiegel.test', mailer: noMail, validDays: 7, validHours: 24 };
const tokenOf = (url: string) => url.split('/').pop()!;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
});
afterAll(() => tdb?.cleanup());

describe('invitations', () => {
	it('a new person accepts once: account, membership and teams are made; the link then stops working', async () => {
		const inv = await createInvitation(
			a.admin,
			db,
			a.organisationId,
			{ email: 'fatima@test.example', roles: ['worker', 'coach'], teamIds: [a.teamId] },
			ctx
		);
		expect(inv.emailed).toBe(false);
		expect(inv.url).toMatch(/^https:\/\/vakspiegel\.test\/uitnodiging\/[A-Za-z0-9_-]{43}$/);
		const token = tokenOf(inv.url);
		// Only the hash is stored.
		const [stored] = await db.select().from(invitation).where(eq(invitation.id, inv.id));
		expect(stored.tokenHash).not.toContain(token);

		const view = await getInvitation(token, db);
		expect(view).toMatchObject({ organisationName: 'A', email: 'fatima@test.example', existingUserId: null });

		const accepted = await acceptInvitation(token, null, db, { name: 'Fatima', password: 'een lang wachtwoord' });
		expect(accepted.newAccount).toBe(true);
		const [m] = await db.select().from(membership).where(eq(membership.userId, accepted.userId));
		expect(m).toMatchObject({ organisationId: a.organisationId, roles: ['worker', 'coach'] });
		expect(await db.select().from(teamMember).where(eq(teamMember.membershipId, m.id))).toHaveLength(1);
		const [cred] = await db.select().from(account).where(eq(account.userId, accepted.userId));
		expect(await verifyPassword({ hash: cred.password!, password: 'een lang wachtwoord' })).toBe(true);

		await expect(
			acceptInvitation(token, null, db, { name: 'Nog eens', password: 'een lang wachtwoord' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(getInvitation(token, db)).rejects.toThrow(/al gebruikt/);
		expect((await findInvitations(a.admin, db, a.organisationId)).find((i) => i.id === inv.id)?.status).toBe(
			'accepted'
		);
	});

	it('two simultaneous accepts of one link make exactly one account', async () => {
		const inv = await createInvitation(
			a.admin,
			db,
			a.organisationId,
			{ email: 'race@test.example', roles: ['worker'], teamIds: [] },
			ctx
		);
		const token = tokenOf(inv.url);
		const results = await Promise.allSettled([
			acceptInvitation(token, null, db, { name: 'Een', password: 'een lang wachtwoord' }),
			acceptInvitation(token, null, db, { name: 'Twee', password: 'een lang wachtwoord' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(await db.select().from(user).where(eq(user.email, 'race@test.example'))).toHaveLength(1);
	});

	it('expired, revoked and made-up links do not work', async () => {
		const expired = await createInvitation(
			a.admin,
			db,
			a.organisationId,
			{ email: 'laat@test.example', roles: ['worker'], teamIds: [] },
			ctx
		);
		await db
			.update(invitation)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(invitation.id, expired.id));
		await expect(getInvitation(tokenOf(expired.url), db)).rejects.toThrow(/verlopen/);
		await expect(
			acceptInvitation(tokenOf(expired.url), null, db, { name: 'L', password: 'een lang wachtwoord' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });

		const revoked = await createInvitation(
			a.admin,
			db,
			a.organisationId,
			{ email: 'weg@test.example', roles: ['worker'], teamIds: [] },
			ctx
		);
		await revokeInvitation(a.admin, db, a.organisationId, revoked.id);
		await expect(
			acceptInvitation(tokenOf(revoked.url), null, db, { name: 'W', password: 'een lang wachtwoord' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });

		await expect(getInvitation('verzonnen-token-dat-niet-bestaat-000000000', db)).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(getInvitation('<script>', db)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		expect(await db.select().from(user).where(eq(user.email, 'laat@test.example'))).toHaveLength(0);
	});

	it('someone who already has an account must be signed in as that account to accept', async () => {
		const inv = await createInvitation(
			b.admin,
			db,
			b.organisationId,
			{ email: a.worker.email, roles: ['facilitator'], teamIds: [] },
			ctx
		);
		const token = tokenOf(inv.url);
		await expect(
			acceptInvitation(token, null, db, { name: 'X', password: 'een lang wachtwoord' })
		).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		await expect(acceptInvitation(token, a.coach, db, {})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		const accepted = await acceptInvitation(token, a.worker, db, {});
		expect(accepted).toMatchObject({ userId: a.worker.userId, newAccount: false, organisationId: b.organisationId });
		const rows = await db.select().from(membership).where(eq(membership.userId, a.worker.userId));
		expect(rows.map((r) => r.organisationId).sort()).toEqual([a.organisationId, b.organisationId].sort());
	});

	it('an existing member cannot be invited again', async () => {
		await expect(
			createInvitation(a.admin, db, a.organisationId, { email: a.coach.email, roles: ['worker'], teamIds: [] }, ctx)
		).rejects.toMatchObject({ code: 'CONFLICT' });
	});

	it('with SMTP configured the link is e-mailed', async () => {
		const sent: { to: string; text: string }[] = [];
		const mailer: Mailer = { send: async (msg) => (sent.push(msg), true) };
		const inv = await createInvitation(
			a.admin,
			db,
			a.organisationId,
			{ email: 'post@test.example', roles: ['worker'], teamIds: [] },
			{ ...ctx, mailer }
		);
		expect(inv.emailed).toBe(true);
		expect(sent).toHaveLength(1);
		expect(sent[0].to).toBe('post@test.example');
		expect(sent[0].text).toContain(inv.url);
	});
});

describe('two invitations for one new address (issue 12, finding 13)', () => {
	it('accepted at the same moment: one account, and the other gets a Dutch 409, never a crash', async () => {
		const email = 'tegelijk@test.example';
		const links = await Promise.all(
			[a, b].map((org) =>
				createInvitation(org.admin, db, org.organisationId, { email, roles: ['worker'], teamIds: [] }, ctx)
			)
		);
		const outcomes = await Promise.all(
			links.map((inv) =>
				acceptInvitation(tokenOf(inv.url), null, db, { name: 'Tegelijk', password: 'een lang wachtwoord' }).then(
					() => 'ok',
					(e: { code?: string; message?: string }) => e.code ?? `crash: ${e.message}`
				)
			)
		);
		expect(outcomes).toContain('ok');
		for (const outcome of outcomes) expect(['ok', 'CONFLICT']).toContain(outcome);
		expect(await db.select().from(user).where(eq(user.email, email))).toHaveLength(1);
	});
});

describe('password reset links', () => {
	// a.coach belongs to A alone (a.worker joined B above, and so cannot be reset by an admin).
	it("work once, set the new password and end the person's sessions", async () => {
		await db
			.insert(session)
			.values({ id: 's1', token: 'tok-s1', userId: a.coach.userId, expiresAt: new Date(Date.now() + 3_600_000) });
		const reset = await createPasswordReset(a.admin, db, a.organisationId, a.membershipIds.coach, ctx);
		const token = tokenOf(reset.url);
		expect(await getPasswordReset(token, db)).toEqual({ email: a.coach.email });
		await submitPasswordReset(token, db, { password: 'nieuw en lang genoeg' });
		const [cred] = await db
			.select()
			.from(account)
			.where(and(eq(account.userId, a.coach.userId), eq(account.providerId, 'credential')));
		expect(await verifyPassword({ hash: cred.password!, password: 'nieuw en lang genoeg' })).toBe(true);
		expect(await db.select().from(session).where(eq(session.userId, a.coach.userId))).toHaveLength(0);
		await expect(submitPasswordReset(token, db, { password: 'nog een keer anders' })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(getPasswordReset(token, db)).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});
});
