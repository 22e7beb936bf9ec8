import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { roundStatus } from '../../code/round';
import { requireEditorRound, stampCodeRound } from './code-round-access';
import { unansweredByRound } from './code-round-answers';

/** Publishes all answers of a closed round at once; refused while a reaction has no answer. */
export async function publishCodeRoundAnswers(
	actor: Actor,
	db: Db,
	options: { organisationId: string; roundId: string },
	now = new Date()
): Promise<void> {
	const round = await requireEditorRound(db, actor, options);
	if (roundStatus(round, now) !== 'closed') throw new AppError('CONFLICT', m.code_round_error_answer_open());
	if (round.answersPublishedAt) throw new AppError('CONFLICT', m.code_round_error_answers_published());
	const missing = (await unansweredByRound(db, [round.id])).get(round.id) ?? 0;
	if (missing > 0) throw new AppError('CONFLICT', m.r17_unanswered_error({ count: missing }));
	await stampCodeRound(
		actor,
		db,
		{ organisationId: options.organisationId, round, action: 'code.round.publish-answers' },
		{ answersPublishedAt: now }
	);
}
