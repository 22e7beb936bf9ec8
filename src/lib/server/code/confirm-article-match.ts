import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { codeArticle, codeVersion } from '../db/schema';
import { AppError } from '../errors';
import type { ArticleId, CodeVersionId } from '../ids';
import { m } from '../../paraglide/messages';
import { editorVersion } from './code-access';

/**
 * The editor's answer on an article of a draft that was matched to the previous version by text
 * (moved or renumbered): "the same article" keeps the previous article's stable id, "a new article"
 * gives it an id of its own. The answer can be changed until the version is published; a published
 * version never changes (CONFLICT).
 */
export async function confirmArticleMatch(
	actor: Actor,
	db: Db,
	options: { versionId: CodeVersionId; number: string; decision: 'same' | 'new' }
): Promise<void> {
	await db.transaction(async (tx) => {
		const version = await editorVersion(actor, tx, options.versionId, true);
		if (version.status !== 'draft') throw new AppError('CONFLICT', m.code_version_error_published());
		const report = version.matchReport;
		const match = report?.matches.find((x) => x.kind === 'similarity' && x.number === options.number);
		if (!report || !match?.previousNumber)
			throw new AppError('INVALID_INPUT', m.code_version_error_no_match(), { number: m.code_version_error_no_match() });

		let articleId: ArticleId;
		if (options.decision === 'new') {
			articleId = crypto.randomUUID() as ArticleId;
		} else {
			// The version the report was made against: the one before this one (import-code-version.ts).
			const [previous] = await tx
				.select({ articleId: codeArticle.articleId })
				.from(codeArticle)
				.innerJoin(codeVersion, eq(codeVersion.id, codeArticle.versionId))
				.where(
					and(
						eq(codeVersion.codeId, version.codeId),
						eq(codeVersion.number, version.number - 1),
						eq(codeArticle.number, match.previousNumber)
					)
				);
			if (!previous) throw new AppError('INVALID_INPUT', m.code_version_error_no_match());
			articleId = previous.articleId;
		}
		await tx
			.update(codeArticle)
			.set({ articleId })
			.where(and(eq(codeArticle.versionId, version.versionId), eq(codeArticle.number, match.number)));
		const matches = report.matches.map((x) => (x === match ? { ...x, confirmed: options.decision } : x));
		await tx
			.update(codeVersion)
			.set({ matchReport: { ...report, matches } })
			.where(eq(codeVersion.id, version.versionId));
		await writeAudit(tx, actor, {
			organisationId: version.organisationId,
			action: 'code.confirm_match',
			subjectType: 'code_version',
			subjectId: version.versionId,
			details: { number: match.number, previousNumber: match.previousNumber, decision: options.decision }
		});
	});
}
