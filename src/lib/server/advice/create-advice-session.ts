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
}

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
					language: input.language
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
