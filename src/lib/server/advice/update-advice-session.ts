import type { AdviceSessionId } from '../ids';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { adviceSession, adviceVote } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireFacilitatedSession } from './access';
import { meetingColumns, type AdviceSessionInput } from './create-advice-session';
import { groupsFromLabels } from './groups';
import { publishAdvice } from './live';

/** Changes the question, groups, dots, moderation, language or meeting. Dots never drop below what was spent. */
export async function updateAdviceSession(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: AdviceSessionInput
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	const [{ spent }] = await db.select({ spent: sql<number>`cast(coalesce(max(s.total), 0) as int)` }).from(
		db
			.select({ total: sql<number>`sum(${adviceVote.dots})`.as('total') })
			.from(adviceVote)
			.where(eq(adviceVote.sessionId, session.id))
			.groupBy(adviceVote.participantId)
			.as('s')
	);
	if (input.dotsPerPerson < spent) {
		const message = m.advice_error_dots_spent({ spent });
		throw new AppError('CONFLICT', message, { dotsPerPerson: message });
	}
	await db.transaction(async (tx) => {
		await tx
			.update(adviceSession)
			.set({
				question: input.question,
				explanation: input.explanation,
				groups: groupsFromLabels(input.groups, session.groups),
				dotsPerPerson: input.dotsPerPerson,
				moderation: input.moderation,
				language: input.language,
				...meetingColumns(input.meeting),
				updatedAt: new Date()
			})
			.where(eq(adviceSession.id, session.id));
		await writeAudit(tx, actor, {
			organisationId,
			action: 'advice.session.update',
			subjectType: 'advice_session',
			subjectId: session.id
		});
	});
	await publishAdvice(db, session.id, 'phase', { phase: session.phase, showResults: session.showResults });
}
