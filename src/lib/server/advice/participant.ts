import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { adviceParticipant, adviceSession, type AdvicePhase } from '../db/schema';
import { hashToken } from '../tokens';
import type { AdviceSessionRow } from './access';
import { normaliseJoinCode } from './join-code';
import { ParticipantError } from './participant-error';

export type ParticipantRow = typeof adviceParticipant.$inferSelect;

/** The session behind a join code; phase "preparing" counts as not open yet. */
export async function findSessionByCode(code: string, db: Db): Promise<AdviceSessionRow> {
	return (await findSessionAndParticipant(code, db, undefined)).session;
}

/**
 * The session behind a join code and the participant whose browser holds `secret` (a random value
 * in a cookie) in it, or null: one query, as every tip, vote and page view of a phone starts here.
 */
export async function findSessionAndParticipant(
	code: string,
	db: Db,
	secret: string | undefined
): Promise<{ session: AdviceSessionRow; participant: ParticipantRow | null }> {
	const normal = normaliseJoinCode(code);
	const [row] = normal
		? await prepared(db, 'advice-session-and-participant', (q) =>
				q
					.select()
					.from(adviceSession)
					.leftJoin(
						adviceParticipant,
						and(
							eq(adviceParticipant.sessionId, adviceSession.id),
							eq(adviceParticipant.secretHash, sql.placeholder('secretHash'))
						)
					)
					.where(eq(adviceSession.code, sql.placeholder('code')))
					.prepare('advice_session_and_participant')
			).execute({ code: normal, secretHash: secret ? hashToken(secret) : '' })
		: [];
	if (!row) throw new ParticipantError({ reason: 'codeUnknown' });
	return { session: row.advice_session, participant: row.advice_participant };
}

/** Throws a clear message unless the session is in `phase` (a closed session refuses everything). */
export function requirePhase(
	session: Pick<AdviceSessionRow, 'phase'>,
	phase: AdvicePhase,
	refused: 'tipsPhase' | 'votingPhase'
): void {
	if (session.phase === 'closed') throw new ParticipantError({ reason: 'closed' });
	if (session.phase === 'preparing') throw new ParticipantError({ reason: 'notStarted' });
	if (session.phase !== phase) throw new ParticipantError({ reason: refused });
}

export async function requireParticipant(
	code: string,
	db: Db,
	secret: string | undefined
): Promise<{ session: AdviceSessionRow; participant: ParticipantRow }> {
	const { session, participant } = await findSessionAndParticipant(code, db, secret);
	if (!participant) throw new ParticipantError({ reason: 'joinFirst' });
	return { session, participant };
}
