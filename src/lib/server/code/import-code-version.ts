import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { code, codeArticle, codeBegrip, codeChapter, codeKernwaarde, codeParagraph, codeVersion } from '../db/schema';
import { AppError } from '../errors';
import type { ArticleId, CodeId, CodeVersionId } from '../ids';
import { isUuid } from '../ids';
import { m } from '../../paraglide/messages';
import { requireCodeEditor } from './code-editor';
import { articlesOf, CodeParseError, parseCode } from '../../code/markdown';
import { matchArticles, type MatchReport } from '../../code/match';
import { loadDocument } from './code-document';

export interface ImportCodeInput {
	organisationId: string;
	markdown: string;
	/** The code's title; the Markdown's own title when empty. A code with this title gets a new version. */
	title?: string | null;
	/** A new version of this code of the organisation (its title wins over `title`). */
	codeId?: CodeId | null;
	/** Published versions are what members read; a draft is for a consultation round (coming later). */
	publish?: boolean;
	/** Only for the demo data: marks a new code as the sample written for this project. */
	sample?: boolean;
}

export interface ImportCodeResult {
	codeId: CodeId;
	versionId: CodeVersionId;
	versionNumber: number;
	title: string;
	chapters: { number: string; title: string; articles: number }[];
	articles: number;
	kernwaarden: number;
	begrippen: number;
	/** Null for a code's first version. */
	matchReport: MatchReport | null;
}

/**
 * Imports a code from Markdown as a new, immutable version (issue 17). An admin of the organisation
 * (requireCodeEditor) or the command line may. Malformed Markdown is refused with the line number. Articles keep their
 * stable id from the previous version: by number first, then by text similarity (match.ts).
 */
export async function importCodeVersion(actor: Actor, db: Db, input: ImportCodeInput): Promise<ImportCodeResult> {
	await requireCodeEditor(db, actor, input.organisationId);
	let doc;
	try {
		doc = parseCode(input.markdown);
	} catch (e) {
		if (e instanceof CodeParseError) throw new AppError('INVALID_INPUT', e.message, { markdown: e.message });
		throw e;
	}
	let title = input.title?.trim() || doc.title;
	if (input.codeId) {
		if (!isUuid(input.codeId)) throw new AppError('NOT_FOUND', m.error_not_found());
		const [chosen] = await db
			.select({ title: code.title })
			.from(code)
			.where(and(eq(code.id, input.codeId), eq(code.organisationId, input.organisationId)));
		if (!chosen) throw new AppError('NOT_FOUND', m.error_not_found());
		title = chosen.title;
	}
	const publish = input.publish ?? true;

	return db.transaction(async (tx) => {
		let [existing] = await tx
			.select({ id: code.id })
			.from(code)
			.where(and(eq(code.organisationId, input.organisationId), eq(code.title, title)));
		if (!existing) {
			[existing] = await tx
				.insert(code)
				.values({ organisationId: input.organisationId, title, sample: input.sample ?? false })
				.returning({ id: code.id });
		}
		const [previous] = await tx
			.select({ id: codeVersion.id, number: codeVersion.number })
			.from(codeVersion)
			.where(eq(codeVersion.codeId, existing.id))
			.orderBy(desc(codeVersion.number))
			.limit(1);

		const placed = articlesOf(doc);
		let report: MatchReport | null = null;
		const stableIds = new Map<string, ArticleId>();
		if (previous) {
			const before = await loadDocument(tx, previous.id);
			const old = before
				? before.chapters.flatMap((c) => [...c.articles, ...c.paragraphs.flatMap((p) => p.articles)])
				: [];
			report = matchArticles(
				old,
				placed.map((p) => p.article)
			);
			const byNumber = new Map(old.map((a) => [a.number, a.articleId]));
			for (const match of report.matches)
				if (match.previousNumber) stableIds.set(match.number, byNumber.get(match.previousNumber)!);
		}

		const [version] = await tx
			.insert(codeVersion)
			.values({
				codeId: existing.id,
				number: (previous?.number ?? 0) + 1,
				status: publish ? 'published' : 'draft',
				title: doc.title,
				preamble: doc.preamble,
				matchReport: report,
				createdByUserId: actor.kind === 'user' ? actor.userId : null,
				publishedAt: publish ? new Date() : null
			})
			.returning({ id: codeVersion.id, number: codeVersion.number });

		if (doc.kernwaarden.length > 0)
			await tx
				.insert(codeKernwaarde)
				.values(doc.kernwaarden.map((k, position) => ({ versionId: version.id, position, ...k })));
		if (doc.begrippen.length > 0)
			await tx
				.insert(codeBegrip)
				.values(doc.begrippen.map((b, position) => ({ versionId: version.id, position, ...b })));

		const chapterIds = await tx
			.insert(codeChapter)
			.values(
				doc.chapters.map((c, position) => ({
					versionId: version.id,
					position,
					number: c.number,
					title: c.title,
					intro: c.intro
				}))
			)
			.returning({ id: codeChapter.id });
		const paragraphs = doc.chapters.flatMap((c, ci) => c.paragraphs.map((p) => ({ p, chapterId: chapterIds[ci].id })));
		const paragraphIds =
			paragraphs.length > 0
				? await tx
						.insert(codeParagraph)
						.values(
							paragraphs.map(({ p, chapterId }, position) => ({
								versionId: version.id,
								chapterId,
								position,
								number: p.number,
								title: p.title,
								intro: p.intro
							}))
						)
						.returning({ id: codeParagraph.id })
				: [];
		const paragraphId = new Map(paragraphs.map(({ p }, i) => [p, paragraphIds[i].id]));
		const chapterId = new Map(doc.chapters.map((c, i) => [c, chapterIds[i].id]));
		await tx.insert(codeArticle).values(
			placed.map(({ article, chapter, paragraph }, position) => ({
				versionId: version.id,
				articleId: stableIds.get(article.number) ?? (crypto.randomUUID() as ArticleId),
				chapterId: chapterId.get(chapter)!,
				paragraphId: paragraph ? paragraphId.get(paragraph)! : null,
				position,
				number: article.number,
				title: article.title,
				body: article.body
			}))
		);

		await writeAudit(tx, actor, {
			organisationId: input.organisationId,
			action: 'code.import',
			subjectType: 'code_version',
			subjectId: version.id,
			details: { codeId: existing.id, version: version.number, articles: placed.length }
		});

		return {
			codeId: existing.id,
			versionId: version.id,
			versionNumber: version.number,
			title,
			chapters: doc.chapters.map((c) => ({
				number: c.number,
				title: c.title,
				articles: c.articles.length + c.paragraphs.reduce((n, p) => n + p.articles.length, 0)
			})),
			articles: placed.length,
			kernwaarden: doc.kernwaarden.length,
			begrippen: doc.begrippen.length,
			matchReport: report
		};
	});
}
