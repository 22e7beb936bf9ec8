import { and, count, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { learningSession, learningSessionEntry, learningSessionFollowUp, type SessionStatus } from '../db/schema';
import { EXTEND_MINUTES, type SessionMove } from '../../team/session';
import { requireSessionChair } from './session-access';
import { publishSession } from './session-live';

const MINUTE = 60_000;

/** The statuses a move starts from. */
const FROM: Record<SessionMove, SessionStatus[]> = {
	start: ['planned'],
	next: ['running'],
	back: ['running'],
	pause: ['running'],
	resume: ['paused'],
	extend: ['running', 'paused'],
	end: ['running', 'paused']
};

/**
 * The voorzitter moves the group: start, next phase, back, a break, more time, end. The server holds
 * the phase's end time (start of the phase + its minutes), so every page shows the same "eindigt om".
 * A move names the phase it was made from: a second tap (or a second voorzitter's tab) that comes
 * after the first has moved on changes nothing. Ending a session with advice for an inbrenger makes
 * their "Wat deed je met het advies?".
 */
export async function moveLearningSession(
	actor: Actor,
	db: Db,
	options: { sessionId: string; move: SessionMove; from: number; now?: Date }
): Promise<{ moved: boolean; ended: boolean }> {
	const { session } = await requireSessionChair(db, actor, options.sessionId);
	const now = options.now ?? new Date();
	const phases = session.method.phases;
	const { move, from } = options;
	if (!FROM[move].includes(session.status) || session.phaseIndex !== from) return { moved: false, ended: false };
	const endsIn = (index: number) => new Date(now.getTime() + phases[index].minutes * MINUTE);
	const pausedMs = session.pausedAt ? Math.max(0, now.getTime() - session.pausedAt.getTime()) : 0;

	let change: Partial<typeof learningSession.$inferInsert>;
	switch (move) {
		case 'start':
			change = { status: 'running', startedAt: now, phaseIndex: 0, phaseEndsAt: endsIn(0) };
			break;
		case 'next':
		case 'back': {
			const to = move === 'next' ? from + 1 : from - 1;
			if (to < 0 || to >= phases.length) return { moved: false, ended: false };
			change = { phaseIndex: to, phaseEndsAt: endsIn(to) };
			break;
		}
		case 'pause':
			change = { status: 'paused', pausedAt: now };
			break;
		case 'resume':
			change = {
				status: 'running',
				pausedAt: null,
				breakSeconds: session.breakSeconds + Math.round(pausedMs / 1000),
				// The break does not eat the phase's time.
				phaseEndsAt: session.phaseEndsAt ? new Date(session.phaseEndsAt.getTime() + pausedMs) : endsIn(from)
			};
			break;
		case 'extend': {
			const base = Math.max(session.phaseEndsAt?.getTime() ?? now.getTime(), now.getTime());
			change = { phaseEndsAt: new Date(base + EXTEND_MINUTES * MINUTE) };
			break;
		}
		case 'end':
			change = {
				status: 'ended',
				endedAt: now,
				pausedAt: null,
				phaseEndsAt: null,
				breakSeconds: session.breakSeconds + Math.round(pausedMs / 1000)
			};
			break;
	}

	const moved = await db.transaction(async (tx) => {
		const rows = await tx
			.update(learningSession)
			.set(change)
			.where(
				and(
					eq(learningSession.id, session.id),
					eq(learningSession.phaseIndex, from),
					inArray(learningSession.status, FROM[move])
				)
			)
			.returning({ id: learningSession.id });
		if (!rows.length) return false;
		if (move === 'end' && session.inbrengerMembershipId) {
			const [advice] = await tx
				.select({ n: count() })
				.from(learningSessionEntry)
				.where(and(eq(learningSessionEntry.sessionId, session.id), eq(learningSessionEntry.kind, 'advice')));
			if (advice.n > 0)
				await tx
					.insert(learningSessionFollowUp)
					.values({ sessionId: session.id, membershipId: session.inbrengerMembershipId })
					.onConflictDoNothing();
		}
		if (move === 'start' || move === 'end')
			await writeAudit(tx, actor, {
				organisationId: session.organisationId,
				action: `learning_session.${move}`,
				subjectType: 'learning_session',
				subjectId: session.id
			});
		return true;
	});
	if (moved) await publishSession(db, session.id, 'phase');
	return { moved, ended: moved && move === 'end' };
}
