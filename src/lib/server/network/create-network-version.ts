import type { NetworkCaseId } from '../ids';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkPerson, networkTie, networkVersion } from '../db/schema';
import { todayInNL } from '../dates';
import { requireAssignedCase, touchCase } from './access';
import { snapshotOf } from './network-data';

/** "Bewaar als versie van vandaag": freezes the map as it is now; the live map keeps changing. */
export async function createNetworkVersion(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	input: { note: string },
	now = new Date()
): Promise<{ id: string }> {
	const caseFile = await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	const [persons, ties] = await Promise.all([
		db.select().from(networkPerson).where(eq(networkPerson.caseId, caseId)).orderBy(asc(networkPerson.position)),
		db.select().from(networkTie).where(eq(networkTie.caseId, caseId))
	]);
	const [row] = await db
		.insert(networkVersion)
		.values({ caseId, takenOn: todayInNL(now), note: input.note, snapshot: snapshotOf({ persons, ties, caseFile }) })
		.returning({ id: networkVersion.id });
	await touchCase(db, caseId);
	return row;
}
