import type { NetworkCaseId } from '../ids';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkPerson } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireAssignedCase, touchCase } from './access';

/** A map holds at most this many people: more is no longer a network one can talk about at a table. */
const MAX_PERSONS = 250;

/** Adds a name to the groslijst (at the end, in the order the client names people). */
export async function createNetworkPerson(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	input: { name: string; remark: string }
): Promise<{ id: string }> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	const [{ n, last }] = await db
		.select({
			n: sql<number>`cast(count(*) as int)`,
			last: sql<number>`cast(coalesce(max(${networkPerson.position}), 0) as int)`
		})
		.from(networkPerson)
		.where(eq(networkPerson.caseId, caseId));
	if (n >= MAX_PERSONS) throw new AppError('CONFLICT', m.network_error_too_many({ max: MAX_PERSONS }));
	const [row] = await db
		.insert(networkPerson)
		.values({ caseId, name: input.name, remark: input.remark, position: last + 1 })
		.returning({ id: networkPerson.id });
	await touchCase(db, caseId);
	return row;
}
