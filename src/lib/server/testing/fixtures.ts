import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Role } from '../db/schema';
import { membership, team, teamMember } from '../db/schema';
import type { Db } from '../db/client';
import { systemActor, type UserActor } from '../actor';
import { insertUserWithPassword } from '../auth/users';
import { createOrganisation } from '../organisation/create-organisation';

export const PASSWORD = 'correct horse battery staple';

export interface OrgFixture {
	organisationId: string;
	teamId: string;
	admin: UserActor;
	worker: UserActor;
	coach: UserActor;
	facilitator: UserActor;
	membershipIds: Record<'admin' | 'worker' | 'coach' | 'facilitator', string>;
}

async function addPerson(db: Db, organisationId: string, label: string, roles: Role[], teamId?: string) {
	const email = `${label.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example`;
	const { id } = await insertUserWithPassword(db, { email, name: label, password: PASSWORD });
	const [m] = await db
		.insert(membership)
		.values({ organisationId, userId: id, roles })
		.returning({ id: membership.id });
	if (teamId) await db.insert(teamMember).values({ teamId, membershipId: m.id });
	const actor: UserActor = { kind: 'user', userId: id, email, name: label };
	return { actor, membershipId: m.id };
}

/** An organisation with a team, an admin, a worker and a coach in that team, and a facilitator. */
export async function createOrgFixture(db: Db, name = 'Organisatie'): Promise<OrgFixture> {
	const adminEmail = `admin-${randomUUID().slice(0, 8)}@test.example`;
	const created = await createOrganisation(systemActor('test'), db, {
		name,
		admin: { email: adminEmail, name: `${name} admin`, password: PASSWORD }
	});
	const [t] = await db
		.insert(team)
		.values({ organisationId: created.organisationId, name: `${name} team` })
		.returning({ id: team.id });
	const admin: UserActor = { kind: 'user', userId: created.adminUserId, email: adminEmail, name: `${name} admin` };
	const worker = await addPerson(db, created.organisationId, `${name}-worker`, ['worker'], t.id);
	const coach = await addPerson(db, created.organisationId, `${name}-coach`, ['coach', 'worker'], t.id);
	const facilitator = await addPerson(db, created.organisationId, `${name}-facilitator`, ['facilitator']);
	const [adminMembership] = await db
		.select({ id: membership.id })
		.from(membership)
		.where(eq(membership.userId, created.adminUserId));
	return {
		organisationId: created.organisationId,
		teamId: t.id,
		admin,
		worker: worker.actor,
		coach: coach.actor,
		facilitator: facilitator.actor,
		membershipIds: {
			admin: adminMembership.id,
			worker: worker.membershipId,
			coach: coach.membershipId,
			facilitator: facilitator.membershipId
		}
	};
}
