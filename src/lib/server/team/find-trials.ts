import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { teamTrial, teamTrialInstrument } from '../db/schema';
import { todayInNL } from '../dates';
import { trialStatus, type InstrumentKind, type TrialStatus } from '../../team/trial';
import { requireTeamMember } from './access';

export interface TrialSummary {
	id: string;
	startsOn: string;
	endsOn: string;
	status: TrialStatus;
	concluded: boolean;
	uses: number;
	instruments: { id: string; kind: InstrumentKind; name: string }[];
}

/** The team's trials, newest period first. */
export async function findTrials(actor: Actor, db: Db, teamId: string, today = todayInNL()): Promise<TrialSummary[]> {
	await requireTeamMember(db, actor, teamId);
	const trials = await db
		.select({
			id: teamTrial.id,
			startsOn: teamTrial.startsOn,
			endsOn: teamTrial.endsOn,
			concludedAt: teamTrial.concludedAt,
			// Written out in full: inside a subquery drizzle leaves column names unqualified, and "id" would
			// then be the use's own id.
			uses: sql<number>`(select count(*)::int from "team_trial_use" u where u."trial_id" = "team_trial"."id")`
		})
		.from(teamTrial)
		.where(eq(teamTrial.teamId, teamId))
		.orderBy(desc(teamTrial.endsOn), desc(teamTrial.createdAt));
	if (!trials.length) return [];
	const instruments = await db
		.select({
			id: teamTrialInstrument.id,
			trialId: teamTrialInstrument.trialId,
			kind: teamTrialInstrument.kind,
			name: teamTrialInstrument.name
		})
		.from(teamTrialInstrument)
		.where(
			inArray(
				teamTrialInstrument.trialId,
				trials.map((t) => t.id)
			)
		)
		.orderBy(asc(teamTrialInstrument.position));
	return trials.map((t) => ({
		id: t.id,
		startsOn: t.startsOn,
		endsOn: t.endsOn,
		status: trialStatus(t, today),
		concluded: t.concludedAt !== null,
		uses: Number(t.uses),
		instruments: instruments
			.filter((i) => i.trialId === t.id)
			.map((i) => ({ id: i.id, kind: i.kind as InstrumentKind, name: i.name }))
	}));
}
