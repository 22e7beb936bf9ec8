import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { membership, team } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, PASSWORD, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import { noMail } from '../mail';
import { getOrganisation } from './get-organisation';
import { updateOrganisation } from './update-organisation';
import { findMembers } from './find-members';
import { updateMember } from './update-member';
import { deleteMember } from './delete-member';
import { createInvitation } from './create-invitation';
import { findInvitations } from './find-invitations';
import { createPasswordReset } from './create-password-reset';
import { findAuditLog } from './find-audit-log';
import { createOrganisation } from './create-organisation';
import { findTeams } from '../team/find-teams';
import { createTeam } from '../team/create-team';
import { deleteTeam } from '../team/delete-team';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
const ctx = { origin: 'http://localhost', mailer: noMail, validDays: 7, validHours: 24 };

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
});
afterAll(() => tdb?.cleanup());

describe('roles inside one organisation', () => {
	it('every member may read the organisation and its teams', async () => {
		for (const actor of [a.worker, a.coach, a.facilitator, a.admin]) {
			expect((await getOrganisation(actor, db, a.organisationId)).name).toBe('A');
			expect((await findTeams(actor, db, a.organisationId)).map((t) => t.name)).toEqual(['A team']);
		}
	});

	it('workers, coaches and facilitators cannot use admin use cases', async () => {
		for (const actor of [a.worker, a.coach, a.facilitator]) {
			const forbidden = expect.objectContaining({ code: 'FORBIDDEN' });
			await expect(findMembers(actor, db, a.organisationId)).rejects.toEqual(forbidden);
			await expect(findInvitations(actor, db, a.organisationId)).rejects.toEqual(forbidden);
			await expect(findAuditLog(actor, db, a.organisationId)).rejects.toEqual(forbidden);
			await expect(
				updateOrganisation(actor, db, a.organisationId, {
					name: 'X',
					contactEmail: null,
					feedbackBatchSize: 2,
					retentionMonths: 1
				})
			).rejects.toEqual(forbidden);
			await expect(createTeam(actor, db, a.organisationId, { name: 'X', description: '' })).rejects.toEqual(forbidden);
			await expect(deleteTeam(actor, db, a.organisationId, a.teamId)).rejects.toEqual(forbidden);
			await expect(
				updateMember(actor, db, a.organisationId, a.membershipIds[actor === a.worker ? 'worker' : 'coach'], {
					roles: ['admin'],
					teamIds: []
				})
			).rejects.toEqual(forbidden);
			await expect(
				createInvitation(actor, db, a.organisationId, { email: 'z@test.example', roles: ['admin'], teamIds: [] }, ctx)
			).rejects.toEqual(forbidden);
			await expect(createPasswordReset(actor, db, a.organisationId, a.membershipIds.admin, ctx)).rejects.toEqual(
				forbidden
			);
		}
		const [w] = await db.select().from(membership).where(eq(membership.id, a.membershipIds.worker));
		expect(w.roles).toEqual(['worker']);
		expect(await db.select().from(team).where(eq(team.organisationId, a.organisationId))).toHaveLength(1);
	});

	it('only the system (command line) may create an organisation', async () => {
		await expect(
			createOrganisation(a.admin, db, {
				name: 'Nieuw',
				admin: { email: 'n@test.example', name: 'N', password: PASSWORD }
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});

	it('the last admin cannot lose the admin role or be removed', async () => {
		await expect(
			updateMember(a.admin, db, a.organisationId, a.membershipIds.admin, { roles: ['worker'], teamIds: [] })
		).rejects.toMatchObject({ code: 'CONFLICT' });
		await expect(deleteMember(a.admin, db, a.organisationId, a.membershipIds.admin)).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		// With a second admin it is allowed.
		await updateMember(a.admin, db, a.organisationId, a.membershipIds.coach, {
			roles: ['coach', 'admin'],
			teamIds: [a.teamId]
		});
		await updateMember(a.admin, db, a.organisationId, a.membershipIds.admin, { roles: ['worker'], teamIds: [] });
		const [row] = await db.select().from(membership).where(eq(membership.id, a.membershipIds.admin));
		expect(row.roles).toEqual(['worker']);
	});

	it('a person may hold several roles and be in several teams', async () => {
		const [t2] = await db.insert(team).values({ organisationId: a.organisationId, name: 'A team 2' }).returning();
		await updateMember(a.coach, db, a.organisationId, a.membershipIds.worker, {
			roles: ['worker', 'facilitator'],
			teamIds: [a.teamId, t2.id]
		});
		const members = await findMembers(a.coach, db, a.organisationId);
		const worker = members.find((m) => m.membershipId === a.membershipIds.worker)!;
		expect(worker.roles).toEqual(['worker', 'facilitator']);
		expect(worker.teams.map((t) => t.name).sort()).toEqual(['A team', 'A team 2']);
	});
});
