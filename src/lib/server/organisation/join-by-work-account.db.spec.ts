import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { auditLog, invitation, membership, teamMember, user } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import type { UserActor } from '../actor';
import { noMail } from '../mail';
import { createInvitation } from './create-invitation';
import { revokeInvitation } from './revoke-invitation';
import { joinByWorkAccount } from './join-by-work-account';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
const ctx = { origin: 'https://vakspiegel.test', mailer: noMail, validDays: 7 };

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
});
afterAll(() => tdb?.cleanup());

/** A person as the work-account sign-in makes them: a user row, no password. */
async function newWorkAccountUser(email: string): Promise<UserActor> {
	const id = randomUUID();
	await db.insert(user).values({ id, email, name: 'Werk Account', emailVerified: false });
	return { kind: 'user', userId: id, email, name: 'Werk Account' };
}

describe('joinByWorkAccount', () => {
	it('accepts the open invitations to the address, with their roles and teams, once', async () => {
		const email = 'sanne@wijkteam.example';
		await createInvitation(a.admin, db, a.organisationId, { email, roles: ['coach'], teamIds: [a.teamId] }, ctx);
		await createInvitation(b.admin, db, b.organisationId, { email, roles: ['worker'], teamIds: [] }, ctx);
		const actor = await newWorkAccountUser(email);

		const joined = await joinByWorkAccount(actor, db, { providerDomains: ['wijkteam.example'] });
		expect(joined.organisationIds.sort()).toEqual([a.organisationId, b.organisationId].sort());
		const memberships = await db.select().from(membership).where(eq(membership.userId, actor.userId));
		expect(memberships.find((m) => m.organisationId === a.organisationId)?.roles).toEqual(['coach']);
		const inA = memberships.find((m) => m.organisationId === a.organisationId)!;
		expect(await db.select().from(teamMember).where(eq(teamMember.membershipId, inA.id))).toHaveLength(1);
		const audits = await db.select().from(auditLog).where(eq(auditLog.actorUserId, actor.userId));
		expect(audits.map((e) => e.action)).toEqual(['invitation.accept', 'invitation.accept']);

		// The invitations are used up: a second call joins nothing.
		expect((await joinByWorkAccount(actor, db, { providerDomains: ['wijkteam.example'] })).organisationIds).toEqual([]);
	});

	it("never uses someone else's, a revoked or an expired invitation", async () => {
		await createInvitation(
			a.admin,
			db,
			a.organisationId,
			{ email: 'ander@wijkteam.example', roles: ['admin'], teamIds: [] },
			ctx
		);
		const revoked = await createInvitation(
			a.admin,
			db,
			a.organisationId,
			{ email: 'daan@wijkteam.example', roles: ['admin'], teamIds: [] },
			ctx
		);
		await revokeInvitation(a.admin, db, a.organisationId, revoked.id);
		const expired = await createInvitation(
			b.admin,
			db,
			b.organisationId,
			{ email: 'daan@wijkteam.example', roles: ['admin'], teamIds: [] },
			ctx
		);
		await db
			.update(invitation)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(invitation.id, expired.id));
		const actor = await newWorkAccountUser('daan@wijkteam.example');

		expect((await joinByWorkAccount(actor, db, { providerDomains: ['wijkteam.example'] })).organisationIds).toEqual([]);
		expect(await db.select().from(membership).where(eq(membership.userId, actor.userId))).toEqual([]);
	});
});
