import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioGoalEvidence } from '../db/schema';
import { AppError } from '../errors';
import { parseEvidenceValue } from '../../portfolio/evidence-value';
import { m } from '../../paraglide/messages';
import { requireOwnGoal } from './goal-access';
import { resolveEvidence } from './evidence-targets';

/** At most this many pieces per goal. */
const MAX_EVIDENCE = 100;

/**
 * Ties something the worker already has to their own goal. Another worker's reflection, a session
 * they did not attend, another organisation's story: refused, the same as an id that does not exist.
 * Tying the same thing twice keeps one.
 */
export async function addGoalEvidence(
	actor: Actor,
	db: Db,
	options: { organisationId: string; goalId: string },
	value: string
): Promise<void> {
	const target = parseEvidenceValue(value);
	if (!target) throw new AppError('INVALID_INPUT', m.pfg_error_evidence(), { evidence: m.pfg_error_evidence() });
	await db.transaction(async (tx) => {
		const { actor: worker, goal } = await requireOwnGoal(tx, actor, options, true);
		const columns = await resolveEvidence(tx, { worker, organisationId: options.organisationId }, target);
		const existing = await tx.select().from(portfolioGoalEvidence).where(eq(portfolioGoalEvidence.goalId, goal.id));
		if (existing.length >= MAX_EVIDENCE)
			throw new AppError('CONFLICT', m.pfg_error_too_much_evidence({ max: MAX_EVIDENCE }));
		const same = existing.some((e) =>
			(Object.keys(columns) as (keyof typeof columns)[]).every((k) => (e[k] ?? null) === (columns[k] ?? null))
		);
		if (same) return;
		await tx.insert(portfolioGoalEvidence).values({ goalId: goal.id, ...columns });
	});
}
