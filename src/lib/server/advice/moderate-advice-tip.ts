import type { AdviceSessionId } from '../ids';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceTip, type TipStatus } from '../db/schema';
import { requireFacilitatedSession } from './access';
import { requireSessionIds } from './board-helpers';
import { publishAdvice, visibleTipCount } from './live';

/** Moderation: show a waiting tip on the wall, or hide one (hidden tips stay out of the report). */
export async function moderateAdviceTip(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: { tipId: string; status: TipStatus }
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	await requireSessionIds(db, 'tip', session.id, [input.tipId]);
	const [tip] = await db
		.update(adviceTip)
		.set({ status: input.status })
		.where(eq(adviceTip.id, input.tipId))
		.returning({ text: adviceTip.text, groupKey: adviceTip.groupKey });
	await publishAdvice(db, session.id, 'tip', {
		id: input.tipId,
		status: input.status,
		text: input.status === 'visible' ? tip.text : null,
		groupKey: tip.groupKey,
		visible: await visibleTipCount(db, session.id)
	});
}
