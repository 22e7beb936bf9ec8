import { and, eq, or, isNotNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { codeRoundAnswer, codeRoundReaction, type CodeVerdict } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { m } from '../../paraglide/messages';
import { roundStatus } from '../../code/round';
import { requireEditorRound } from './code-round-access';
import { bundleWhere } from './code-round-answers';
import { idFrom, type ArticleId } from '../ids';

/**
 * An editor's answer after the round closed (issue 17, dispositions): overgenomen / deels overgenomen /
 * niet overgenomen with a reason, on one reaction (reactionId) or bundled for every reaction on an
 * article (articleId; "" for the whole text). Answers can change until they are published.
 */
export async function answerCodeReactions(
	actor: Actor,
	db: Db,
	input: {
		organisationId: string;
		roundId: string;
		reactionId: string;
		articleId: string;
		verdict: CodeVerdict;
		reason: string;
	},
	now = new Date()
): Promise<void> {
	const round = await requireEditorRound(db, actor, input);
	if (roundStatus(round, now) !== 'closed') throw new AppError('CONFLICT', m.code_round_error_answer_open());
	if (round.answersPublishedAt) throw new AppError('CONFLICT', m.code_round_error_answers_published());
	const values = { verdict: input.verdict, reason: input.reason, updatedAt: now };
	await db.transaction(async (tx) => {
		if (input.reactionId) {
			if (!isUuid(input.reactionId)) throw new AppError('NOT_FOUND', m.error_not_found());
			const [reaction] = await tx
				.select({ id: codeRoundReaction.id, articleId: codeRoundReaction.articleId })
				.from(codeRoundReaction)
				.where(
					and(
						eq(codeRoundReaction.id, input.reactionId),
						eq(codeRoundReaction.roundId, round.id),
						or(isNotNull(codeRoundReaction.comment), isNotNull(codeRoundReaction.proposal))
					)
				);
			if (!reaction) throw new AppError('NOT_FOUND', m.error_not_found());
			await tx
				.insert(codeRoundAnswer)
				.values({ roundId: round.id, reactionId: reaction.id, articleId: reaction.articleId, ...values })
				.onConflictDoUpdate({ target: codeRoundAnswer.reactionId, set: values });
		} else {
			const articleId = input.articleId ? idFrom<ArticleId>(input.articleId) : null;
			if (articleId && !isUuid(articleId)) throw new AppError('NOT_FOUND', m.error_not_found());
			await tx.delete(codeRoundAnswer).where(bundleWhere(round.id, articleId));
			await tx.insert(codeRoundAnswer).values({ roundId: round.id, reactionId: null, articleId, ...values });
		}
		await writeAudit(tx, actor, {
			organisationId: input.organisationId,
			action: 'code.round.answer',
			subjectType: 'code_round',
			subjectId: round.id,
			details: { bundled: !input.reactionId, verdict: input.verdict }
		});
	});
}
