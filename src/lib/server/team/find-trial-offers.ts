import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { team, teamTrial, teamTrialInstrument } from '../db/schema';
import { todayInNL } from '../dates';
import type { ToolKind } from '../../team/trial';
import { findMyTeams } from './access';

export interface TrialOffer {
	trialId: string;
	instrumentId: string;
	teamName: string;
	/** The trial's last day: two trials of a team may try the same instrument. */
	endsOn: string;
}

/**
 * The running trials of the actor's teams that try this instrument: a network tool or a feedback
 * request (by kind), or an intervisie method (by its ref, as a session names it). What the
 * instrument's own page offers as "Telt mee voor de proef" after it was used there.
 */
export async function findTrialOffers(
	actor: Actor,
	db: Db,
	organisationId: string,
	instrument: { kind: ToolKind } | { methodRef: string },
	today = todayInNL()
): Promise<TrialOffer[]> {
	const teams = await findMyTeams(actor, db, organisationId);
	if (!teams.length) return [];
	return db
		.select({
			trialId: teamTrial.id,
			instrumentId: teamTrialInstrument.id,
			teamName: team.name,
			endsOn: teamTrial.endsOn
		})
		.from(teamTrialInstrument)
		.innerJoin(teamTrial, eq(teamTrial.id, teamTrialInstrument.trialId))
		.innerJoin(team, eq(team.id, teamTrial.teamId))
		.where(
			and(
				'kind' in instrument
					? eq(teamTrialInstrument.kind, instrument.kind)
					: and(eq(teamTrialInstrument.kind, 'method'), eq(teamTrialInstrument.methodRef, instrument.methodRef)),
				inArray(
					teamTrial.teamId,
					teams.map((t) => t.teamId)
				),
				lte(teamTrial.startsOn, today),
				gte(teamTrial.endsOn, today)
			)
		)
		.orderBy(team.name, teamTrial.endsOn);
}
