import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { codeArticle, codeKernwaarde } from '../db/schema';
import { AppError } from '../errors';
import { idFrom, isUuid, type ArticleId } from '../ids';
import { m } from '../../paraglide/messages';
import { parseLinkTargetValue } from '../../code/link-target';
import type { ReadableVersion } from './code-access';

/** Not a use case: the article ids and kernwaarde numbers of form values, checked against the version. */
export interface LinkRows {
	articleIds: ArticleId[];
	kernwaarden: string[];
}

const MAX_LINKS = 40;

/**
 * Keeps only targets that exist in the version the actor reads; anything else (an article of another
 * organisation's code, a made-up value) is INVALID_INPUT, so a link never points outside the code.
 */
export async function resolveLinkTargets(db: Db, version: ReadableVersion, values: string[]): Promise<LinkRows> {
	const unique = [...new Set(values.filter((v) => v !== ''))];
	if (unique.length > MAX_LINKS) throw new AppError('INVALID_INPUT', m.code_link_error_too_many({ max: MAX_LINKS }));
	const parsed = unique.map(parseLinkTargetValue);
	if (parsed.some((p) => p === null)) throw new AppError('INVALID_INPUT', m.code_link_error_unknown());
	const articleIds = parsed.flatMap((p) => (p?.kind === 'article' ? [idFrom<ArticleId>(p.articleId)] : []));
	const kernwaarden = parsed.flatMap((p) => (p?.kind === 'kernwaarde' ? [p.number] : []));
	if (articleIds.some((id) => !isUuid(id))) throw new AppError('INVALID_INPUT', m.code_link_error_unknown());
	if (articleIds.length > 0) {
		const found = await db
			.select({ id: codeArticle.articleId })
			.from(codeArticle)
			.where(and(eq(codeArticle.versionId, version.versionId), inArray(codeArticle.articleId, articleIds)));
		if (found.length !== articleIds.length) throw new AppError('INVALID_INPUT', m.code_link_error_unknown());
	}
	if (kernwaarden.length > 0) {
		const found = await db
			.select({ n: codeKernwaarde.number })
			.from(codeKernwaarde)
			.where(and(eq(codeKernwaarde.versionId, version.versionId), inArray(codeKernwaarde.number, kernwaarden)));
		if (new Set(found.map((f) => f.n)).size !== kernwaarden.length)
			throw new AppError('INVALID_INPUT', m.code_link_error_unknown());
	}
	return { articleIds, kernwaarden };
}

/** The rows to insert for one subject: one per article and one per kernwaarde. */
export function linkRowValues(rows: LinkRows): { articleId: ArticleId | null; kernwaarde: string | null }[] {
	return [
		...rows.articleIds.map((articleId) => ({ articleId, kernwaarde: null })),
		...rows.kernwaarden.map((kernwaarde) => ({ articleId: null, kernwaarde }))
	];
}
