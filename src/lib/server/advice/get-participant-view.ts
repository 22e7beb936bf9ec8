import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { adviceTip, adviceVote } from '../db/schema';
import { visibleTipCount } from './live';
import { findSessionAndParticipant } from './participant';
import { outcomePath } from './outcome-link';
import { ParticipantError } from './participant-error';
import { loadSessionData } from './session-data';

/**
 * What one participant's browser may see: the session's question and phase, their own tips and dots,
 * the themes to vote on with their (visible) tips, and the results only once the facilitator shows
 * them; joinsLocked so a newcomer reads why they cannot join. Never another participant's tips as theirs, nor anyone's votes.
 */
export async function getParticipantView(code: string, db: Db, secret: string | undefined) {
	const { session, participant } = await findSessionAndParticipant(code, db, secret);
	// A session being prepared is not open yet: its code shows nothing of it, not even the question.
	if (session.phase === 'preparing') throw new ParticipantError({ reason: 'notStarted' });
	const base = {
		session: {
			code: session.code,
			question: session.question,
			explanation: session.explanation,
			phase: session.phase,
			groups: session.groups,
			dotsPerPerson: session.dotsPerPerson,
			moderation: session.moderation,
			showResults: session.showResults,
			joinsLocked: session.joinsLocked,
			// "Wat deden we met jullie advies?": linked from the closed phone once the facilitator made it public.
			outcomePath: session.phase === 'closed' && session.outcomePublishedOn ? outcomePath(session.outcomeToken) : null
		},
		participant: participant ? { groupKey: participant.groupKey, votesVersion: participant.votesVersion } : null
	};
	if (!participant) return { ...base, ownTips: [], tipsOnWall: 0, themes: [], myDots: {}, results: null };
	const showThemes = ['voting', 'top', 'closed'].includes(session.phase);
	const [ownTips, myVotes, data, tipsOnWall] = await Promise.all([
		db
			.select({ id: adviceTip.id, text: adviceTip.text, status: adviceTip.status })
			.from(adviceTip)
			.where(and(eq(adviceTip.sessionId, session.id), eq(adviceTip.participantId, participant.id)))
			.orderBy(asc(adviceTip.createdOn), asc(adviceTip.id)),
		db
			.select({ themeId: adviceVote.themeId, dots: adviceVote.dots })
			.from(adviceVote)
			.where(eq(adviceVote.participantId, participant.id)),
		showThemes || session.showResults ? loadSessionData(db, session) : null,
		session.phase === 'tips' ? visibleTipCount(db, session.id) : 0
	]);
	const themes = (data?.themes ?? []).map((t) => ({
		id: t.id,
		name: t.name,
		tips: data!.tips.filter((tip) => tip.themeId === t.id && tip.status === 'visible').map((tip) => tip.text)
	}));
	return {
		...base,
		ownTips,
		tipsOnWall,
		themes: showThemes ? themes : [],
		myDots: Object.fromEntries(myVotes.map((v) => [v.themeId, v.dots])),
		results: session.showResults && data ? data.results : null
	};
}
