import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { teamMethod } from '../db/schema';
import { AppError } from '../errors';
import { methodSchema, type Method } from '../../team/method';
import { m } from '../../paraglide/messages';
import { requireMayChange, requireOwnMethod } from './method-access';

/**
 * Saves the whole adapted method at once (name, texts and every phase in its order). The slug stays
 * what it was: sessions and copies refer to the method by its id, the slug only tells where it came from.
 */
export async function updateMethod(
	actor: Actor,
	db: Db,
	options: { teamId: string; methodId: string },
	input: Omit<Method, 'slug'>
): Promise<void> {
	const { access, own, scope } = await requireOwnMethod(actor, db, options);
	requireMayChange(access, scope);
	const parsed = methodSchema.safeParse({ ...input, slug: own.method.slug });
	if (!parsed.success) throw new AppError('INVALID_INPUT', m.tmethod_error_invalid());
	await db.transaction(async (tx) => {
		await tx
			.update(teamMethod)
			.set({ data: parsed.data, updatedAt: sql`now()` })
			.where(eq(teamMethod.id, own.id));
		await writeAudit(tx, actor, {
			organisationId: own.organisationId,
			action: 'team_method.update',
			subjectType: 'team_method',
			subjectId: own.id,
			details: { teamId: access.teamId, phases: parsed.data.phases.length }
		});
	});
}
