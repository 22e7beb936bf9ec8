import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	networkAction,
	networkCaseWorker,
	networkGoal,
	networkNote,
	networkPerson,
	networkTie,
	networkVersion,
	organisation,
	user,
	type NetworkSnapshot
} from '../db/schema';
import { networkLegendOf } from '../../network/legend';
import type { Relation } from '../../network/model';
import type { NetworkCaseRow } from './access';

type NetworkPersonRow = typeof networkPerson.$inferSelect;
type NetworkTieRow = typeof networkTie.$inferSelect;
type NetworkGoalRow = typeof networkGoal.$inferSelect;
export type NetworkActionRow = typeof networkAction.$inferSelect;
type NetworkNoteRow = typeof networkNote.$inferSelect;

export interface NetworkData {
	caseFile: NetworkCaseRow;
	workers: { userId: string; name: string }[];
	persons: NetworkPersonRow[];
	ties: NetworkTieRow[];
	versions: { id: string; takenOn: string; note: string; createdAt: Date }[];
	goals: NetworkGoalRow[];
	actions: NetworkActionRow[];
	notes: NetworkNoteRow[];
	/** The organisation's own wording of the ecogram's line types (Hartman's when empty). */
	legend: Partial<Record<Relation, string>>;
}

/** Everything of one casus, for a caller that already checked access (and audits itself). */
export async function loadNetwork(db: Db, caseFile: NetworkCaseRow): Promise<NetworkData> {
	const caseId = caseFile.id;
	const [workers, persons, ties, versions, goals, actions, notes, [org]] = await Promise.all([
		db
			.select({ userId: user.id, name: user.name })
			.from(networkCaseWorker)
			.innerJoin(user, eq(user.id, networkCaseWorker.userId))
			.where(eq(networkCaseWorker.caseId, caseId))
			.orderBy(asc(user.name)),
		db
			.select()
			.from(networkPerson)
			.where(eq(networkPerson.caseId, caseId))
			.orderBy(asc(networkPerson.position), asc(networkPerson.createdAt)),
		db.select().from(networkTie).where(eq(networkTie.caseId, caseId)).orderBy(asc(networkTie.createdAt)),
		db
			.select({
				id: networkVersion.id,
				takenOn: networkVersion.takenOn,
				note: networkVersion.note,
				createdAt: networkVersion.createdAt
			})
			.from(networkVersion)
			.where(eq(networkVersion.caseId, caseId))
			.orderBy(desc(networkVersion.createdAt)),
		db.select().from(networkGoal).where(eq(networkGoal.caseId, caseId)).orderBy(asc(networkGoal.createdAt)),
		db.select().from(networkAction).where(eq(networkAction.caseId, caseId)).orderBy(asc(networkAction.createdAt)),
		db.select().from(networkNote).where(eq(networkNote.caseId, caseId)).orderBy(asc(networkNote.createdAt)),
		db
			.select({ settings: organisation.settings })
			.from(organisation)
			.where(eq(organisation.id, caseFile.organisationId))
	]);
	return { caseFile, workers, persons, ties, versions, goals, actions, notes, legend: networkLegendOf(org?.settings) };
}

/** The live map as a snapshot (the shape a version freezes), with the client's roles of now. */
export function snapshotOf(
	data: Pick<NetworkData, 'persons' | 'ties'> & {
		caseFile: Pick<NetworkData['caseFile'], 'clientRoles' | 'clientRoleOther'>;
	}
): NetworkSnapshot {
	return {
		persons: data.persons.map((p) => ({
			id: p.id,
			name: p.name,
			remark: p.remark,
			sector: p.sector,
			ring: p.ring,
			relation: p.relation,
			energy: p.energy,
			supports: p.supports
		})),
		ties: data.ties.map((t) => ({ fromPersonId: t.fromPersonId, toPersonId: t.toPersonId, relation: t.relation })),
		client: { roles: data.caseFile.clientRoles, other: data.caseFile.clientRoleOther }
	};
}
