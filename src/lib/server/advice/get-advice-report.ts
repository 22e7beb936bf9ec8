import type { AdviceSessionId } from '../ids';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { requireMemberSession } from './access';
import type { AdviceBoard } from './get-advice-session';
import { loadSessionData } from './session-data';

/** The report, shared inside the organisation: hidden tips (moderated away) are left out. */
export async function getAdviceReport(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId
): Promise<AdviceBoard> {
	const session = await requireMemberSession(actor, db, organisationId, sessionId);
	const data = await loadSessionData(db, session);
	return { session, ...data, tips: data.tips.filter((t) => t.status === 'visible') };
}
