import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { adviceTip, adviceVote } from '../db/schema';
import { publish, publishChangeThrottled, type LiveHub } from '../realtime';

export const adviceChannel = (sessionId: string) => `advice:${sessionId}`;

/** Live event types of an advice session; see the projections in the /doe-mee and /adviesvangen routes. */
export type AdviceEventType = 'tip' | 'tips' | 'themes' | 'phase' | 'votes';

export const publishAdvice = (db: Db, sessionId: string, type: Exclude<AdviceEventType, 'votes'>, data?: unknown) =>
	publish(db, adviceChannel(sessionId), type, data ?? null);

/** Votes arrive by the thousand: they are announced a few times a second and instances send totals. */
export const publishVotesChanged = (db: Db, sessionId: string) =>
	publishChangeThrottled(db, adviceChannel(sessionId), 'votes');

/** Tips on the wall (visible), for the count on the phones. */
export async function visibleTipCount(db: Db, sessionId: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(adviceTip)
		.where(and(eq(adviceTip.sessionId, sessionId), eq(adviceTip.status, 'visible')));
	return row.n;
}

/** Dots per theme: { themeId: dots }. */
export async function voteTotals(db: Db, sessionId: string): Promise<Record<string, number>> {
	const rows = await db
		.select({ themeId: adviceVote.themeId, dots: sql<number>`cast(sum(${adviceVote.dots}) as int)` })
		.from(adviceVote)
		.where(eq(adviceVote.sessionId, sessionId))
		.groupBy(adviceVote.themeId);
	return Object.fromEntries(rows.map((r) => [r.themeId, r.dots]));
}

export function registerAdviceRefreshers(hub: LiveHub, db: Db): void {
	hub.setRefresher('votes', async (channel) => ({ totals: await voteTotals(db, channel.slice('advice:'.length)) }));
}
