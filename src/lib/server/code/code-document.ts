import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { codeArticle, codeBegrip, codeChapter, codeKernwaarde, codeParagraph, codeVersion } from '../db/schema';
import type { ArticleId, CodeVersionId } from '../ids';
import type { CodeArticle, CodeChapter, CodeDocument, CodeParagraph } from '../../code/markdown';

export interface StoredArticle extends CodeArticle {
	/** Stable across versions. */
	articleId: ArticleId;
}

/** A stored version as a document (the shape the Markdown importer reads), articles with their stable id. */
export interface StoredDocument extends CodeDocument {
	chapters: (Omit<CodeChapter, 'articles' | 'paragraphs'> & {
		articles: StoredArticle[];
		paragraphs: (Omit<CodeParagraph, 'articles'> & { articles: StoredArticle[] })[];
	})[];
}

/** Reads a version's rows back into a document. Access is checked by the caller. */
export async function loadDocument(db: Db, versionId: CodeVersionId): Promise<StoredDocument | null> {
	const [version] = await db
		.select({ title: codeVersion.title, preamble: codeVersion.preamble })
		.from(codeVersion)
		.where(eq(codeVersion.id, versionId));
	if (!version) return null;
	const [chapters, paragraphs, articles, kernwaarden, begrippen] = await Promise.all([
		db.select().from(codeChapter).where(eq(codeChapter.versionId, versionId)).orderBy(asc(codeChapter.position)),
		db.select().from(codeParagraph).where(eq(codeParagraph.versionId, versionId)).orderBy(asc(codeParagraph.position)),
		db.select().from(codeArticle).where(eq(codeArticle.versionId, versionId)).orderBy(asc(codeArticle.position)),
		db
			.select()
			.from(codeKernwaarde)
			.where(eq(codeKernwaarde.versionId, versionId))
			.orderBy(asc(codeKernwaarde.position)),
		db.select().from(codeBegrip).where(eq(codeBegrip.versionId, versionId)).orderBy(asc(codeBegrip.position))
	]);
	const article = (a: (typeof articles)[number]): StoredArticle => ({
		articleId: a.articleId,
		number: a.number,
		title: a.title,
		body: a.body
	});
	return {
		title: version.title,
		preamble: version.preamble,
		kernwaarden: kernwaarden.map(({ number, name, body }) => ({ number, name, body })),
		chapters: chapters.map((c) => ({
			number: c.number,
			title: c.title,
			intro: c.intro,
			articles: articles.filter((a) => a.chapterId === c.id && a.paragraphId === null).map(article),
			paragraphs: paragraphs
				.filter((p) => p.chapterId === c.id)
				.map((p) => ({
					number: p.number,
					title: p.title,
					intro: p.intro,
					articles: articles.filter((a) => a.paragraphId === p.id).map(article)
				}))
		})),
		begrippen: begrippen.map(({ term, definition }) => ({ term, definition }))
	};
}

/** A stored version's articles in reading order, with their stable ids. */
export const storedArticles = (doc: StoredDocument): StoredArticle[] =>
	doc.chapters.flatMap((c) => [...c.articles, ...c.paragraphs.flatMap((p) => p.articles)]);
