import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { code, codeVersion, type CodeVersionStatus } from '../db/schema';
import { AppError } from '../errors';
import { isUuid, type CodeId } from '../ids';
import { requireRole } from '../organisation/access';
import { m } from '../../paraglide/messages';
import { compareArticles, type ArticleComparison } from '../../code/compare';
import { loadDocument, storedArticles } from './code-document';
import { requireCodeEditor } from './code-editor';

export interface CodeComparison {
	codeId: CodeId;
	codeTitle: string;
	/** The versions the actor may compare: published ones, and drafts for an editor. */
	versions: { number: number; status: CodeVersionStatus }[];
	codes: { id: CodeId; title: string }[];
	/** Null when the code has fewer than two versions the actor may see. */
	from: number | null;
	to: number | null;
	articles: ArticleComparison[];
}

/**
 * Two versions of a code, article by article, word by word (issue 17). Every member compares published
 * versions; drafts only the code's editors. Without version numbers: the newest two.
 */
export async function compareCodeVersions(
	actor: Actor,
	db: Db,
	options: { organisationId: string; codeId?: CodeId | null; from?: number | null; to?: number | null }
): Promise<CodeComparison | null> {
	await requireRole(db, actor, options.organisationId);
	if (options.codeId && !isUuid(options.codeId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const editor = await requireCodeEditor(db, actor, options.organisationId).then(
		() => true,
		(e: unknown) => {
			if (e instanceof AppError && e.code === 'FORBIDDEN') return false;
			throw e;
		}
	);
	const rows = await db
		.select({
			codeId: code.id,
			codeTitle: code.title,
			id: codeVersion.id,
			number: codeVersion.number,
			status: codeVersion.status
		})
		.from(codeVersion)
		.innerJoin(code, eq(code.id, codeVersion.codeId))
		.where(
			and(eq(code.organisationId, options.organisationId), editor ? undefined : eq(codeVersion.status, 'published'))
		)
		.orderBy(asc(code.createdAt), asc(code.title), asc(codeVersion.number));
	const codes = [...new Map(rows.map((r) => [r.codeId, { id: r.codeId, title: r.codeTitle }])).values()];
	const chosen = options.codeId ? codes.find((c) => c.id === options.codeId) : codes[0];
	if (!chosen) {
		if (options.codeId) throw new AppError('NOT_FOUND', m.error_not_found());
		return null;
	}
	const versions = rows.filter((r) => r.codeId === chosen.id);
	const base = {
		codeId: chosen.id,
		codeTitle: chosen.title,
		codes,
		versions: versions.map(({ number, status }) => ({ number, status }))
	};
	if (versions.length < 2) return { ...base, from: null, to: null, articles: [] };
	const to = options.to ?? versions.at(-1)!.number;
	const from = options.from ?? versions.at(-2)!.number;
	const older = versions.find((v) => v.number === from);
	const newer = versions.find((v) => v.number === to);
	if (!older || !newer) throw new AppError('NOT_FOUND', m.error_not_found());
	const [before, after] = await Promise.all([loadDocument(db, older.id), loadDocument(db, newer.id)]);
	return { ...base, from, to, articles: compareArticles(storedArticles(before!), storedArticles(after!)) };
}
