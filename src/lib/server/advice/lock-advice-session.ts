import type { AdviceSessionId } from '../ids';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { adviceSession } from '../db/schema';
import { requireFacilitatedSession } from './access';
import { publishAdvice, visibleTipCount } from './live';

/**
 * "Niemand kan er nog bij": the facilitator closes the room to new participants (or opens it again).
 * Whoever joined before keeps sending tips and voting; a script that keeps joining gets nowhere.
 */
export async function lockAdviceSession(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: { locked: boolean }
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	await db.transaction(async (tx) => {
		await tx
			.update(adviceSession)
			.set({ joinsLocked: input.locked, updatedAt: new Date() })
			.where(eq(adviceSession.id, session.id));
		await writeAudit(tx, actor, {
			organisationId,
			action: input.locked ? 'advice.session.lock' : 'advice.session.unlock',
			subjectType: 'advice_session',
			subjectId: session.id
		});
	});
	await publishAdvice(db, session.id, 'tips', { visible: await visibleTipCount(db, session.id) });
}
