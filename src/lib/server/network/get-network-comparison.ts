import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkVersion, type NetworkSnapshot } from '../db/schema';
import { notFound } from '../errors';
import { isUuid, type NetworkCaseId } from '../ids';
import { compareSnapshots, type SnapshotComparison } from './compare-snapshots';
import { getNetwork } from './get-network';
import { snapshotOf, type NetworkData } from './network-data';

export interface NetworkComparison {
	data: NetworkData;
	from: { id: string; takenOn: string; snapshot: NetworkSnapshot };
	/** `id` "nu" is the live map. */
	to: { id: string; takenOn: string | null; snapshot: NetworkSnapshot };
	comparison: SnapshotComparison;
}

/** Compares two versions of a casus, or a version with the map as it is now ("nu"). */
export async function getNetworkComparison(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	fromId: string,
	toId: string
): Promise<NetworkComparison> {
	const data = await getNetwork(actor, db, organisationId, caseId, { view: 'compare' });
	const ids = [fromId, toId].filter((id) => id !== 'nu');
	if (ids.some((id) => !isUuid(id))) throw notFound();
	const rows = ids.length
		? await db
				.select()
				.from(networkVersion)
				.where(and(eq(networkVersion.caseId, caseId), inArray(networkVersion.id, ids)))
		: [];
	const pick = (id: string) => {
		if (id === 'nu') return { id, takenOn: null, snapshot: snapshotOf(data) };
		const row = rows.find((r) => r.id === id);
		if (!row) throw notFound();
		return { id, takenOn: row.takenOn, snapshot: row.snapshot };
	};
	const from = pick(fromId);
	const to = pick(toId);
	if (from.takenOn === null) throw notFound();
	return {
		data,
		from: { ...from, takenOn: from.takenOn },
		to,
		comparison: compareSnapshots(from.snapshot, to.snapshot)
	};
}
