import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { reflection } from '../db/schema';
import { notFound } from '../errors';
import { requireUser } from '../organisation/access';

export async function deleteReflection(
	actor: Actor,
	db: Db,
	organisationId: string,
	reflectionId: string
): Promise<void> {
	requireUser(actor);
	const deleted = await db
		.delete(reflection)
		.where(
			and(
				eq(reflection.id, reflectionId),
				eq(reflection.workerUserId, actor.userId),
				eq(reflection.organisationId, organisationId)
			)
		)
		.returning({ id: reflection.id });
	if (deleted.length === 0) throw notFound();
}
