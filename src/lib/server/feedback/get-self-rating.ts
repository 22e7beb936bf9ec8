import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { selfRating } from '../db/schema';
import { requireRole, requireUser } from '../organisation/access';
import { quarterOf, todayInNL } from '../dates';
import type { Dimension } from './questionnaire';

/** The worker's own rating of themselves for the current quarter (empty when not given yet). */
export async function getSelfRating(
	actor: Actor,
	db: Db,
	organisationId: string,
	today = todayInNL()
): Promise<{ quarter: string; scores: Partial<Record<Dimension, number | null>> }> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	const quarter = quarterOf(today);
	const [own] = await db
		.select({ scores: selfRating.scores })
		.from(selfRating)
		.where(
			and(
				eq(selfRating.workerUserId, actor.userId),
				eq(selfRating.organisationId, organisationId),
				eq(selfRating.quarter, quarter)
			)
		);
	return { quarter, scores: (own?.scores ?? {}) as Partial<Record<Dimension, number | null>> };
}
