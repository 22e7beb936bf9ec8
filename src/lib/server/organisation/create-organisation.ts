import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { insertUserWithPassword, findUserByEmail } from '../auth/users';
import type { Db } from '../db/client';
import { membership, organisation, type Role } from '../db/schema';
import { forbidden } from '../errors';

/**
 * Creates an organisation with its first admin. Only the system actor (the `vakspiegel` command, the
 * demo seed) may: there is no self-service sign-up. An existing account is reused.
 */
export async function createOrganisation(
	actor: Actor,
	db: Db,
	input: {
		name: string;
		isDemo?: boolean;
		admin: { email: string; name: string; password: string; roles?: Role[] };
	}
): Promise<{ organisationId: string; adminUserId: string; newAccount: boolean }> {
	if (actor.kind !== 'system') throw forbidden();
	return db.transaction(async (tx) => {
		const [org] = await tx
			.insert(organisation)
			.values({ name: input.name, isDemo: input.isDemo ?? false })
			.returning({ id: organisation.id });
		const existing = await findUserByEmail(tx, input.admin.email);
		const adminUserId = existing?.id ?? (await insertUserWithPassword(tx, input.admin)).id;
		await tx
			.insert(membership)
			.values({ organisationId: org.id, userId: adminUserId, roles: input.admin.roles ?? ['admin'] });
		await writeAudit(tx, actor, {
			organisationId: org.id,
			action: 'organisation.create',
			subjectType: 'organisation',
			subjectId: org.id
		});
		return { organisationId: org.id, adminUserId, newAccount: !existing };
	});
}
