import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { adviceAction, adviceParticipant, adviceTheme, adviceTip, adviceTopIdea, adviceVote } from '../db/schema';
import type { AdviceSessionRow } from './access';
import { computeResults, type AdviceResults } from './results';

type TipRow = Omit<typeof adviceTip.$inferSelect, 'participantId' | 'nonce'>;
type ThemeRow = typeof adviceTheme.$inferSelect;
type TopIdeaRow = typeof adviceTopIdea.$inferSelect;
type ActionRow = typeof adviceAction.$inferSelect;

export interface SessionData {
	/** All tips, per day and within a day by their random id (not in arrival order); never who sent them. */
	tips: TipRow[];
	themes: ThemeRow[];
	participantsPerGroup: Record<string, number>;
	participants: number;
	results: AdviceResults;
	topIdeas: (TopIdeaRow & { actions: ActionRow[] })[];
}

/** Everything about a session that facilitators, the wall and the report show, without identities. */
export async function loadSessionData(db: Db, session: AdviceSessionRow): Promise<SessionData> {
	const [tips, themes, counts, votes, ideas, actions] = await Promise.all([
		db
			.select({
				id: adviceTip.id,
				sessionId: adviceTip.sessionId,
				groupKey: adviceTip.groupKey,
				text: adviceTip.text,
				status: adviceTip.status,
				themeId: adviceTip.themeId,
				fromPaper: adviceTip.fromPaper,
				createdOn: adviceTip.createdOn
			})
			.from(adviceTip)
			.where(eq(adviceTip.sessionId, session.id))
			.orderBy(asc(adviceTip.createdOn), asc(adviceTip.id)),
		db
			.select()
			.from(adviceTheme)
			.where(eq(adviceTheme.sessionId, session.id))
			.orderBy(asc(adviceTheme.position), asc(adviceTheme.createdAt)),
		db
			.select({ groupKey: adviceParticipant.groupKey, n: count() })
			.from(adviceParticipant)
			.where(eq(adviceParticipant.sessionId, session.id))
			.groupBy(adviceParticipant.groupKey),
		db
			.select({
				themeId: adviceVote.themeId,
				groupKey: adviceParticipant.groupKey,
				participantId: adviceVote.participantId,
				dots: adviceVote.dots
			})
			.from(adviceVote)
			.innerJoin(adviceParticipant, eq(adviceParticipant.id, adviceVote.participantId))
			.where(eq(adviceVote.sessionId, session.id)),
		db
			.select()
			.from(adviceTopIdea)
			.where(eq(adviceTopIdea.sessionId, session.id))
			.orderBy(asc(adviceTopIdea.position), asc(adviceTopIdea.createdAt)),
		db.select().from(adviceAction).where(eq(adviceAction.sessionId, session.id)).orderBy(asc(adviceAction.createdAt))
	]);
	const participantsPerGroup = Object.fromEntries(counts.map((c) => [c.groupKey, c.n]));
	return {
		tips,
		themes,
		participantsPerGroup,
		participants: counts.reduce((s, c) => s + c.n, 0),
		results: computeResults(themes, votes, session.groups, participantsPerGroup),
		topIdeas: ideas.map((idea) => ({ ...idea, actions: actions.filter((a) => a.topIdeaId === idea.id) }))
	};
}
