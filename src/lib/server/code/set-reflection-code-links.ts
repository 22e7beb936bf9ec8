import type { CodeId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { codePrivateLink, reflection } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { requireRole, requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';
import { readableVersion } from './code-access';
import { linkRowValues, resolveLinkTargets } from './code-link-targets';

/**
 * Ties one of the worker's own reflections to articles and kernwaarden of the code, replacing what it
 * was tied to. Only the writer: anyone else — a coach, an admin, another organisation — gets NOT_FOUND.
 */
export async function setReflectionCodeLinks(
	actor: Actor,
	db: Db,
	options: { organisationId: string; reflectionId: string; codeId?: CodeId | null },
	targets: string[]
): Promise<void> {
	requireUser(actor);
	await requireRole(db, actor, options.organisationId);
	if (!isUuid(options.reflectionId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const [own] = await db
		.select({ id: reflection.id })
		.from(reflection)
		.where(
			and(
				eq(reflection.id, options.reflectionId),
				eq(reflection.workerUserId, actor.userId),
				eq(reflection.organisationId, options.organisationId)
			)
		);
	if (!own) throw new AppError('NOT_FOUND', m.error_not_found());
	const version = await readableVersion(actor, db, options);
	if (!version) {
		if (targets.length > 0) throw new AppError('INVALID_INPUT', m.code_link_error_unknown());
		return;
	}
	const rows = await resolveLinkTargets(db, version, targets);
	await db.transaction(async (tx) => {
		await tx.delete(codePrivateLink).where(eq(codePrivateLink.reflectionId, own.id));
		const values = linkRowValues(rows).map((target) => ({
			...target,
			organisationId: options.organisationId,
			workerUserId: actor.userId,
			codeId: version.codeId,
			reflectionId: own.id
		}));
		if (values.length > 0) await tx.insert(codePrivateLink).values(values);
	});
}
