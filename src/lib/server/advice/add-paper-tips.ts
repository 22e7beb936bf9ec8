import type { AdviceSessionId } from '../ids';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceTip } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireFacilitatedSession } from './access';
import { auditAdvice } from './board-helpers';
import { publishAdvice, visibleTipCount } from './live';

/** Tips written on paper (or sticky notes), typed in one per line by the facilitator. */
export async function addPaperTips(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: { lines: string[]; groupKey: string }
): Promise<{ added: number }> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	if (!session.groups.some((g) => g.key === input.groupKey)) {
		throw new AppError('INVALID_INPUT', m.advice_error_group(), { groupKey: m.advice_error_group() });
	}
	await db.transaction(async (tx) => {
		await tx.insert(adviceTip).values(
			input.lines.map((text) => ({
				sessionId: session.id,
				groupKey: input.groupKey,
				text,
				status: 'visible' as const,
				fromPaper: true
			}))
		);
		await auditAdvice(tx, actor, organisationId, session.id, 'advice.tips.paper', { count: input.lines.length });
	});
	await publishAdvice(db, session.id, 'tips', { visible: await visibleTipCount(db, session.id) });
	return { added: input.lines.length };
}
