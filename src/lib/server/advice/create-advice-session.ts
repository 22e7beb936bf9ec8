import type { AdviceSessionId } from '../ids';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { adviceSession } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';
import { groupsFromLabels } from './groups';
import { newJoinCode } from './join-code';

export interface AdviceSessionInput {
	question: string;
	explanation: string;
	/** Group labels, one per participant group. */
	groups: string[];
	dotsPerPerson: number;
	moderation: boolean;
	language: 'nl' | 'en';
	/** The meeting, for the calendar invitation; null when not planned (yet), left as it is when absent. */
	meeting?: { at: Date; minutes: number; place: string } | null;
}

/** The meeting's columns of a session row. */
export const meetingColumns = (meeting: AdviceSessionInput['meeting']) =>
	meeting === undefined
		? {}
		: { meetingAt: meeting?.at ?? null, meetingMinutes: meeting?.minutes ?? 90, meetingPlace: meeting?.place ?? '' };

export async function createAdviceSession(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: AdviceSessionInput
): Promise<{ id: AdviceSessionId; code: string }> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'facilitator');
	return db.transaction(async (tx) => {
		for (let attempt = 0; ; attempt += 1) {
			const code = newJoinCode();
			const [row] = await tx
				.insert(adviceSession)
				.values({
					organisationId,
					createdByUserId: actor.userId,
					code,
					question: input.question,
					explanation: input.explanation,
					groups: groupsFromLabels(input.groups),
					dotsPerPerson: input.dotsPerPerson,
					moderation: input.moderation,
					language: input.language,
					...meetingColumns(input.meeting)
				})
				.onConflictDoNothing({ target: adviceSession.code })
				.returning({ id: adviceSession.id, code: adviceSession.code });
			if (row) {
				await writeAudit(tx, actor, {
					organisationId,
					action: 'advice.session.create',
					subjectType: 'advice_session',
					subjectId: row.id
				});
				return row;
			}
			if (attempt > 5) throw new Error('Geen vrije code gevonden.');
		}
	});
}
