import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { code, codeRound, codeRoundTeam, membership, team, teamMember } from '../db/schema';
import { requireRole } from '../organisation/access';
import { roundStatus, type RoundStatus } from '../../code/round';
import { personalToken } from './code-round-access';

export interface MyCodeRound {
	id: string;
	question: string;
	codeTitle: string;
	closesAt: Date;
	opensAt: Date;
	status: RoundStatus;
	/** The token of the member's personal link to their answers, once they reacted (/antwoorden/…). */
	answersToken: string | null;
	answersPublished: boolean;
}

/** Rounds the member may react to (whole organisation, or one of their teams), newest first. */
export async function findMyCodeRounds(
	actor: Actor,
	db: Db,
	organisationId: string,
	now = new Date()
): Promise<MyCodeRound[]> {
	await requireRole(db, actor, organisationId);
	if (actor.kind !== 'user') return [];
	const myTeams = db
		.select({ id: teamMember.teamId })
		.from(teamMember)
		.innerJoin(membership, eq(membership.id, teamMember.membershipId))
		.innerJoin(team, eq(team.id, teamMember.teamId))
		.where(and(eq(membership.userId, actor.userId), eq(membership.organisationId, organisationId)));
	const forMyTeams = db
		.select({ id: codeRoundTeam.roundId })
		.from(codeRoundTeam)
		.where(inArray(codeRoundTeam.teamId, myTeams));
	const rows = await db
		.select({ round: codeRound, codeTitle: code.title })
		.from(codeRound)
		.innerJoin(code, eq(code.id, codeRound.codeId))
		.where(
			and(
				eq(codeRound.organisationId, organisationId),
				or(eq(codeRound.audience, 'organisation'), inArray(codeRound.id, forMyTeams))
			)
		)
		.orderBy(desc(codeRound.opensAt));
	return Promise.all(
		rows.map(async ({ round, codeTitle }) => ({
			id: round.id,
			question: round.question,
			codeTitle,
			opensAt: round.opensAt,
			// Closed early by an editor: that is when it closed.
			closesAt: round.closedAt && round.closedAt < round.closesAt ? round.closedAt : round.closesAt,
			status: roundStatus(round, now),
			answersToken: await personalToken(db, { kind: 'member', actor, organisationId, roundId: round.id }, round),
			answersPublished: round.answersPublishedAt !== null
		}))
	);
}
