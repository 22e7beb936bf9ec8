import { idFrom, type AdviceSessionId } from '../ids';
import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { adviceParticipant, adviceTip, adviceVote } from '../db/schema';
import { publish, publishChangeThrottled, type LiveHub } from '../realtime';

export const adviceChannel = (sessionId: AdviceSessionId) => `advice:${sessionId}`;

/** Live event types of an advice session; see the projections in the /doe-mee and /adviesvangen routes. */
export type AdviceEventType = 'tip' | 'tips' | 'themes' | 'phase' | 'votes' | 'participants';

export const publishAdvice = (
	db: Db,
	sessionId: AdviceSessionId,
	type: Exclude<AdviceEventType, 'votes' | 'participants'>,
	data?: unknown
) => publish(db, adviceChannel(sessionId), type, data ?? null);

/** Votes arrive by the thousand: they are announced a few times a second and instances send totals. */
export const publishVotesChanged = (db: Db, sessionId: AdviceSessionId) =>
	publishChangeThrottled(db, adviceChannel(sessionId), 'votes');

/** A room joins within a minute: joins are announced like votes, and instances send the count. */
export const publishParticipantsChanged = (db: Db, sessionId: AdviceSessionId) =>
	publishChangeThrottled(db, adviceChannel(sessionId), 'participants');

/** Participants of a session, for the count on the wall. */
async function participantCount(db: Db, sessionId: AdviceSessionId): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(adviceParticipant)
		.where(eq(adviceParticipant.sessionId, sessionId));
	return row.n;
}

/** Tips on the wall (visible), for the count on the phones. */
export async function visibleTipCount(db: Db, sessionId: AdviceSessionId): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(adviceTip)
		.where(and(eq(adviceTip.sessionId, sessionId), eq(adviceTip.status, 'visible')));
	return row.n;
}

/** Dots per theme: { themeId: dots }. */
export async function voteTotals(db: Db, sessionId: AdviceSessionId): Promise<Record<string, number>> {
	const rows = await db
		.select({ themeId: adviceVote.themeId, dots: sql<number>`cast(sum(${adviceVote.dots}) as int)` })
		.from(adviceVote)
		.where(eq(adviceVote.sessionId, sessionId))
		.groupBy(adviceVote.themeId);
	return Object.fromEntries(rows.map((r) => [r.themeId, r.dots]));
}

export function registerAdviceRefreshers(hub: LiveHub, db: Db): void {
	hub.setRefresher('votes', async (channel) => ({
		totals: await voteTotals(db, idFrom<AdviceSessionId>(channel.slice('advice:'.length)))
	}));
	hub.setRefresher('participants', async (channel) => ({
		count: await participantCount(db, idFrom<AdviceSessionId>(channel.slice('advice:'.length)))
	}));
}
