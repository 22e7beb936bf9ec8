import type { AdviceSessionId } from '../ids';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceTheme, adviceTip, adviceVote } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireFacilitatedSession } from './access';
import { auditAdvice, requireSessionIds } from './board-helpers';
import { publishAdvice } from './live';

/** Merges `fromId` into `intoId`: its tips and its dots move over (a participant's dots add up). */
export async function mergeAdviceThemes(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	input: { fromId: string; intoId: string }
): Promise<void> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	if (input.fromId === input.intoId) throw new AppError('INVALID_INPUT', m.advice_error_merge_same());
	await requireSessionIds(db, 'theme', session.id, [input.fromId, input.intoId]);
	await db.transaction(async (tx) => {
		await tx.update(adviceTip).set({ themeId: input.intoId }).where(eq(adviceTip.themeId, input.fromId));
		await tx.execute(sql`
			insert into ${adviceVote} (participant_id, theme_id, session_id, dots)
			select participant_id, ${input.intoId}, session_id, dots from ${adviceVote} where theme_id = ${input.fromId}
			on conflict (participant_id, theme_id) do update set dots = ${adviceVote}.dots + excluded.dots
		`);
		await tx.delete(adviceTheme).where(eq(adviceTheme.id, input.fromId));
		await auditAdvice(tx, actor, organisationId, session.id, 'advice.themes.merge');
	});
	await publishAdvice(db, session.id, 'themes');
}
