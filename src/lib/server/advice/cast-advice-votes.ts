import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { adviceParticipant, adviceTheme, adviceVote } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { m } from '../../paraglide/messages';
import { publishVotesChanged } from './live';
import { requireParticipant, requirePhase } from './participant';

/**
 * A participant places all their dots at once: theme id → dots. The whole distribution replaces the
 * previous one, only if `version` is the one the form was made with; so a replayed or an old form is
 * refused, and the dots can never be exceeded or spent twice.
 */
export async function castAdviceVotes(
	code: string,
	db: Db,
	input: { secret: string | undefined; version: number; dots: Record<string, number> }
): Promise<{ version: number }> {
	const { session, participant } = await requireParticipant(code, db, input.secret);
	requirePhase(session, 'voting', m.advice_error_voting_phase);
	const chosen = Object.entries(input.dots).filter(([, n]) => n > 0);
	if (Object.entries(input.dots).some(([id, n]) => !isUuid(id) || !Number.isInteger(n) || n < 0)) {
		throw new AppError('INVALID_INPUT', m.advice_error_dots_invalid());
	}
	const total = chosen.reduce((sum, [, n]) => sum + n, 0);
	if (total > session.dotsPerPerson) {
		throw new AppError(
			'INVALID_INPUT',
			m.advice_error_dots_too_many({ max: session.dotsPerPerson, total, extra: total - session.dotsPerPerson })
		);
	}
	if (chosen.length > 0) {
		const known = await db
			.select({ id: adviceTheme.id })
			.from(adviceTheme)
			.where(
				and(
					eq(adviceTheme.sessionId, session.id),
					inArray(
						adviceTheme.id,
						chosen.map(([id]) => id)
					)
				)
			);
		if (known.length !== chosen.length) throw new AppError('INVALID_INPUT', m.advice_error_unknown_item());
	}
	const version = await db.transaction(async (tx) => {
		const [claimed] = await tx
			.update(adviceParticipant)
			.set({ votesVersion: input.version + 1 })
			.where(and(eq(adviceParticipant.id, participant.id), eq(adviceParticipant.votesVersion, input.version)))
			.returning({ version: adviceParticipant.votesVersion });
		if (!claimed) throw new AppError('CONFLICT', m.advice_error_votes_changed());
		await tx.delete(adviceVote).where(eq(adviceVote.participantId, participant.id));
		if (chosen.length > 0) {
			await tx
				.insert(adviceVote)
				.values(
					chosen.map(([themeId, dots]) => ({ participantId: participant.id, themeId, sessionId: session.id, dots }))
				);
		}
		return claimed.version;
	});
	await publishVotesChanged(db, session.id);
	return { version };
}
