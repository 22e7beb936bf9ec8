import type { AdviceSessionId } from '../ids';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { requireFacilitatedSession, type AdviceSessionRow } from './access';
import { loadSessionData, type SessionData } from './session-data';

export type AdviceBoard = SessionData & { session: AdviceSessionRow };

/** What facilitators work with: every tip (also pending and hidden ones), themes, votes, top ideas. */
export async function getAdviceSession(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId
): Promise<AdviceBoard> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	return { session, ...(await loadSessionData(db, session)) };
}
