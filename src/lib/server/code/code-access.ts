import { and, asc, desc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { code, codeVersion } from '../db/schema';
import { requireRole } from '../organisation/access';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { isUuid } from '../ids';

export interface ReadableVersion {
	codeId: string;
	codeTitle: string;
	sample: boolean;
	versionId: string;
	versionNumber: number;
	publishedAt: Date | null;
}

/**
 * The version of a code that members read: the newest published version of the given code (or of the
 * organisation's first code). Every member of the organisation may read it; someone else gets
 * NOT_FOUND, also for a code id of another organisation. Null when the organisation has no
 * published code yet.
 */
export async function readableVersion(
	actor: Actor,
	db: Db,
	options: { organisationId: string; codeId?: string | null }
): Promise<ReadableVersion | null> {
	await requireRole(db, actor, options.organisationId);
	if (options.codeId && !isUuid(options.codeId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const conditions = [eq(code.organisationId, options.organisationId), eq(codeVersion.status, 'published')];
	if (options.codeId) conditions.push(eq(code.id, options.codeId));
	const [row] = await db
		.select({
			codeId: code.id,
			codeTitle: code.title,
			sample: code.sample,
			versionId: codeVersion.id,
			versionNumber: codeVersion.number,
			publishedAt: codeVersion.publishedAt
		})
		.from(codeVersion)
		.innerJoin(code, eq(code.id, codeVersion.codeId))
		.where(and(...conditions))
		.orderBy(asc(code.createdAt), asc(code.title), desc(codeVersion.number))
		.limit(1);
	if (!row && options.codeId) throw new AppError('NOT_FOUND', m.error_not_found());
	return row ?? null;
}
