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

export interface MemberFixture {
	actor: UserActor;
	membershipId: string;
}

/** A person with a password account and a membership (roles default to worker), optionally in a team. */
export async function addMember(
	db: Db,
	options: { organisationId: string; label: string; roles?: Role[]; teamId?: string }
): Promise<MemberFixture> {
	const { organisationId, label, roles = ['worker'], teamId } = options;
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

/** A worker in a team: the actor only. */
export async function addWorker(
	db: Db,
	options: { organisationId: string; teamId: string; label: string }
): Promise<UserActor> {
	return (await addMember(db, options)).actor;
}

/** A second (third, …) team in an organisation. */
export async function addTeam(db: Db, options: { organisationId: string; name: string }): Promise<string> {
	const [t] = await db.insert(team).values(options).returning({ id: team.id });
	return t.id;
}

/** An organisation with a team, an admin, a worker and a coach in that team, and a facilitator. */
export async function createOrgFixture(db: Db, name = 'Organisatie'): Promise<OrgFixture> {
	const adminEmail = `admin-${randomUUID().slice(0, 8)}@test.example`;
	const created = await createOrganisation(systemActor('test'), db, {
		name,
		admin: { email: adminEmail, name: `${name} admin`, password: PASSWORD }
	});
	const teamId = await addTeam(db, { organisationId: created.organisationId, name: `${name} team` });
	const admin: UserActor = { kind: 'user', userId: created.adminUserId, email: adminEmail, name: `${name} admin` };
	const { organisationId } = created;
	const worker = await addMember(db, { organisationId, label: `${name}-worker`, teamId });
	const coach = await addMember(db, { organisationId, label: `${name}-coach`, roles: ['coach', 'worker'], teamId });
	const facilitator = await addMember(db, { organisationId, label: `${name}-facilitator`, roles: ['facilitator'] });
	const [adminMembership] = await db
		.select({ id: membership.id })
		.from(membership)
		.where(eq(membership.userId, created.adminUserId));
	return {
		organisationId: created.organisationId,
		teamId,
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
