import { and, asc, desc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { code, codeVersion, type CodeVersionStatus } from '../db/schema';
import type { MatchReport } from '../../code/match';
import { requireCodeEditor } from './code-editor';
import { requireRole } from '../organisation/access';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { isUuid, type CodeId, type CodeVersionId } from '../ids';

export interface ReadableVersion {
	codeId: CodeId;
	codeTitle: string;
	sample: boolean;
	versionId: CodeVersionId;
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
	options: { organisationId: string; codeId?: CodeId | null }
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

export interface EditorVersion {
	organisationId: string;
	codeId: CodeId;
	codeTitle: string;
	versionId: CodeVersionId;
	number: number;
	status: CodeVersionStatus;
	matchReport: MatchReport | null;
	createdAt: Date;
	publishedAt: Date | null;
}

/**
 * A version as its code's editor sees it (drafts included). Another organisation, or a malformed id,
 * gets NOT_FOUND; a member who is not an editor FORBIDDEN. Pass `lock` inside a transaction that
 * changes the version: confirmations and publishing wait for each other.
 */
export async function editorVersion(
	actor: Actor,
	db: Db,
	versionId: CodeVersionId,
	lock = false
): Promise<EditorVersion> {
	if (!isUuid(versionId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const query = db
		.select({
			organisationId: code.organisationId,
			codeId: code.id,
			codeTitle: code.title,
			versionId: codeVersion.id,
			number: codeVersion.number,
			status: codeVersion.status,
			matchReport: codeVersion.matchReport,
			createdAt: codeVersion.createdAt,
			publishedAt: codeVersion.publishedAt
		})
		.from(codeVersion)
		.innerJoin(code, eq(code.id, codeVersion.codeId))
		.where(eq(codeVersion.id, versionId));
	const [row] = lock ? await query.for('update', { of: codeVersion }) : await query;
	if (!row) throw new AppError('NOT_FOUND', m.error_not_found());
	await requireCodeEditor(db, actor, row.organisationId);
	return row;
}
