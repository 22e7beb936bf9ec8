import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { code, codeRound, codeRoundRespondent, codeVersion } from '../db/schema';
import { roundStatus, type RoundStatus } from '../../code/round';
import { requireCodeEditor } from './code-editor';

export interface CodeRoundSummary {
	id: string;
	question: string;
	codeTitle: string;
	versionNumber: number;
	opensAt: Date;
	closesAt: Date;
	closedAt: Date | null;
	status: RoundStatus;
	audience: string;
	respondents: number;
}

/** The organisation's consultation rounds, newest first (editors only). */
export async function findCodeRounds(
	actor: Actor,
	db: Db,
	organisationId: string,
	now = new Date()
): Promise<CodeRoundSummary[]> {
	await requireCodeEditor(db, actor, organisationId);
	const respondents = db
		.select({ roundId: codeRoundRespondent.roundId, n: sql<number>`cast(count(*) as int)`.as('n') })
		.from(codeRoundRespondent)
		.groupBy(codeRoundRespondent.roundId)
		.as('respondents');
	const rows = await db
		.select({
			id: codeRound.id,
			question: codeRound.question,
			codeTitle: code.title,
			versionNumber: codeVersion.number,
			opensAt: codeRound.opensAt,
			closesAt: codeRound.closesAt,
			closedAt: codeRound.closedAt,
			audience: codeRound.audience,
			respondents: sql<number>`coalesce(${respondents.n}, 0)`
		})
		.from(codeRound)
		.innerJoin(code, eq(code.id, codeRound.codeId))
		.innerJoin(codeVersion, eq(codeVersion.id, codeRound.versionId))
		.leftJoin(respondents, eq(respondents.roundId, codeRound.id))
		.where(eq(codeRound.organisationId, organisationId))
		.orderBy(desc(codeRound.createdAt), asc(codeRound.question));
	return rows.map((r) => ({ ...r, respondents: Number(r.respondents), status: roundStatus(r, now) }));
}
