import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { membership, user } from '../db/schema';
import { PERSON_DATA_RULES, type Action, type Person, type Reason } from './person-data-rules';

/** Helpers shared by the export and the erasure (not use cases). */

export async function findPerson(
	db: Db,
	options: { organisationId: string; membershipId?: string; userId?: string }
): Promise<Person | null> {
	const [row] = await db
		.select({ membershipId: membership.id, userId: user.id, email: user.email, name: user.name })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(
			and(
				eq(membership.organisationId, options.organisationId),
				options.membershipId ? eq(membership.id, options.membershipId) : eq(membership.userId, options.userId ?? '')
			)
		);
	return row ? { ...row, organisationId: options.organisationId } : null;
}

export interface PartCount {
	table: string;
	action: Action;
	reason: Reason;
	count: number;
}

/** Per table and part: how many rows of this person an erasure deletes, anonymises or keeps. */
export async function countPersonData(db: Db, person: Person): Promise<PartCount[]> {
	const out: PartCount[] = [];
	for (const rule of PERSON_DATA_RULES) {
		for (const part of rule.parts) {
			const [row] = rowsOf<{ n: number }>(
				await db.execute(sql`select count(*)::int as n from ${sql.identifier(rule.table)} where ${part.rows(person)}`)
			);
			out.push({ table: rule.table, action: part.action, reason: part.reason, count: Number(row?.n ?? 0) });
		}
	}
	return out;
}

/** The condition that selects every row of a rule that is the person’s own: the union of its parts. */
export function allRowsOf(table: string, person: Person): SQL | null {
	const rule = PERSON_DATA_RULES.find((r) => r.table === table);
	const parts = rule?.parts.filter((p) => !p.notTheirs) ?? [];
	if (parts.length === 0) return null;
	return or(...parts.map((p) => sql`(${p.rows(person)})`)) ?? null;
}
