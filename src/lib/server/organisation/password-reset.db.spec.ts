import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { account, auditLog, passwordReset } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import { systemActor } from '../actor';
import { noMail } from '../mail';
import { verifyPassword } from '../auth/password';
import { isPrivateLocked } from '../auth/private-lock';
import { createInvitation } from './create-invitation';
import { acceptInvitation } from './accept-invitation';
import { createPasswordReset } from './create-password-reset';
import { submitPasswordReset } from './submit-password-reset';
import { createOperatorPasswordReset } from './create-operator-password-reset';
import { findMyPasswordResets } from './find-my-password-resets';
import { confirmPasswordReset } from './confirm-password-reset';
import { PASSWORD } from '../testing/fixtures';

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

const passwordWorks = async (userId: string, password: string) => {
	const [row] = await db
		.select({ hash: account.password })
		.from(account)
		.where(and(eq(account.userId, userId), eq(account.providerId, 'credential')));
	return verifyPassword({ hash: row.hash!, password });
};
const auditActions = async (organisationId: string, subjectId: string) =>
	(
		await db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(and(eq(auditLog.organisationId, organisationId), eq(auditLog.subjectId, subjectId)))
	).map((r) => r.action);

/** B's admin invites A's worker into B; the worker accepts, signed in as themselves. Returns B's membership id. */
async function joinB(person: OrgFixture['worker']): Promise<string> {
	const inv = await createInvitation(
		b.admin,
		db,
		b.organisationId,
		{ email: person.email, roles: ['worker'], teamIds: [] },
		ctx
	);
	await acceptInvitation(tokenOf(inv.url), person, db, {});
	const rows = await db.query.membership.findMany({ where: (mm, { eq }) => eq(mm.userId, person.userId) });
	return rows.find((r) => r.organisationId === b.organisationId)!.id;
}

describe('password resets across organisations (issue 12, finding 2)', () => {
	it("B's admin cannot reset the password of A's worker who also joined B", async () => {
		const membershipInB = await joinB(a.worker);
		await expect(createPasswordReset(b.admin, db, b.organisationId, membershipInB, ctx)).rejects.toMatchObject({
			code: 'FORBIDDEN',
			message: expect.stringContaining('hoort ook bij een andere organisatie')
		});
		// Nor can A's admin: the account opens B as well.
		await expect(createPasswordReset(a.admin, db, a.organisationId, a.membershipIds.worker, ctx)).rejects.toMatchObject(
			{ code: 'FORBIDDEN' }
		);
		expect(await db.select().from(passwordReset).where(eq(passwordReset.userId, a.worker.userId))).toEqual([]);
		expect(await passwordWorks(a.worker.userId, PASSWORD)).toBe(true);
	});

	it('a link made while the person was in B alone stops working once they join A', async () => {
		const reset = await createPasswordReset(b.admin, db, b.organisationId, b.membershipIds.coach, ctx);
		const invA = await createInvitation(
			a.admin,
			db,
			a.organisationId,
			{ email: b.coach.email, roles: ['worker'], teamIds: [] },
			ctx
		);
		await acceptInvitation(tokenOf(invA.url), b.coach, db, {});
		await expect(submitPasswordReset(tokenOf(reset.url), db, { password: 'overname door B' })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		expect(await passwordWorks(b.coach.userId, 'overname door B')).toBe(false);
		expect(await passwordWorks(b.coach.userId, PASSWORD)).toBe(true);
	});

	it("the operator's reset of a shared account is written to the audit log of every organisation", async () => {
		// a.worker belongs to A and B since the first test. Only the operator may do this.
		await expect(
			createOperatorPasswordReset(a.admin, db, a.worker.email, { origin: ctx.origin, validHours: 24 })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const reset = await createOperatorPasswordReset(systemActor('cli'), db, a.worker.email.toUpperCase(), {
			origin: ctx.origin,
			validHours: 24
		});
		expect(reset.organisations).toBe(2);
		await submitPasswordReset(tokenOf(reset.url), db, { password: 'van de beheerder van de server' });
		expect((await findMyPasswordResets(a.worker, db)).resets[0].createdBy).toBeNull();
		await confirmPasswordReset(a.worker, db);
		for (const org of [a.organisationId, b.organisationId]) {
			expect(await auditActions(org, a.worker.userId)).toEqual(
				expect.arrayContaining(['password_reset.create', 'password_reset.use', 'password_reset.confirm'])
			);
		}
	});
});

describe("an admin's reset does not silently open a worker's private areas (issue 12, finding 3)", () => {
	it('locks feedback and casussen after the reset until the worker has seen who did it', async () => {
		const reset = await createPasswordReset(a.admin, db, a.organisationId, a.membershipIds.facilitator, ctx);
		expect(await isPrivateLocked(db, a.facilitator.userId)).toBe(false);
		await submitPasswordReset(tokenOf(reset.url), db, { password: 'het wachtwoord van de admin' });
		expect(await isPrivateLocked(db, a.facilitator.userId)).toBe(true);

		const seen = await findMyPasswordResets(a.facilitator, db);
		expect(seen.locked).toBe(true);
		expect(seen.resets).toHaveLength(1);
		expect(seen.resets[0].createdBy).toBe(`${a.admin.name} (${a.admin.email})`);
		expect(seen.resets[0].usedAt).not.toBeNull();

		await confirmPasswordReset(a.facilitator, db);
		expect(await isPrivateLocked(db, a.facilitator.userId)).toBe(false);
		expect(await auditActions(a.organisationId, a.facilitator.userId)).toEqual(
			expect.arrayContaining(['password_reset.create', 'password_reset.use', 'password_reset.confirm'])
		);

		// A second reset the worker did not ask for shows up next to the first: nothing is silent.
		const again = await createPasswordReset(a.admin, db, a.organisationId, a.membershipIds.facilitator, ctx);
		await submitPasswordReset(tokenOf(again.url), db, { password: 'weer een ander wachtwoord' });
		const later = await findMyPasswordResets(a.facilitator, db);
		expect(later.locked).toBe(true);
		expect(later.resets).toHaveLength(2);
		expect(later.resets[1].confirmedAt).not.toBeNull();
	});

	it("another person's confirmation does not unlock the worker", async () => {
		await confirmPasswordReset(a.admin, db);
		expect(await isPrivateLocked(db, a.facilitator.userId)).toBe(true);
	});
});
