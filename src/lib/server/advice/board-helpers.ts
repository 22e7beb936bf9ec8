import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { adviceTheme, adviceTip } from '../db/schema';
import { AppError } from '../errors';
import { isUuid, type AdviceSessionId } from '../ids';
import { m } from '../../paraglide/messages';

/** Refuses ids that are not tips (or themes) of this session, e.g. from another session's page. */
export async function requireSessionIds(
	db: Db,
	table: 'tip' | 'theme',
	sessionId: AdviceSessionId,
	ids: string[]
): Promise<void> {
	const unique = [...new Set(ids)];
	if (unique.length === 0) return;
	if (unique.some((id) => !isUuid(id))) throw new AppError('INVALID_INPUT', m.advice_error_unknown_item());
	const t = table === 'tip' ? adviceTip : adviceTheme;
	const found = await db
		.select({ id: t.id })
		.from(t)
		.where(and(eq(t.sessionId, sessionId), inArray(t.id, unique)));
	if (found.length !== unique.length) throw new AppError('NOT_FOUND', m.advice_error_unknown_item());
}

/** Audit entry for a facilitator's change to a session (ids and counts only). */
export const auditAdvice = (
	db: Db,
	actor: Actor,
	organisationId: string,
	sessionId: AdviceSessionId,
	action: string,
	details: Record<string, unknown> = {}
) => writeAudit(db, actor, { organisationId, action, subjectType: 'advice_session', subjectId: sessionId, details });
