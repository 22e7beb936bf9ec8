import type { Actor } from '../actor';
import type { Db } from '../db/client';
import type { CodeId } from '../ids';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { readableVersion, type ReadableVersion } from './code-access';
import { loadDocument, type StoredArticle } from './code-document';

export interface CodeArticleForReading extends ReadableVersion {
	article: StoredArticle;
	chapter: { number: string; title: string };
	paragraph: { number: string; title: string } | null;
	previous: { number: string; title: string } | null;
	next: { number: string; title: string } | null;
}

/** One article of the code members read, by its number (deep link), with where it stands. */
export async function getCodeArticle(
	actor: Actor,
	db: Db,
	options: { organisationId: string; number: string; codeId?: CodeId | null }
): Promise<CodeArticleForReading> {
	const version = await readableVersion(actor, db, options);
	const doc = version ? await loadDocument(db, version.versionId) : null;
	if (!version || !doc) throw new AppError('NOT_FOUND', m.error_not_found());
	const all = doc.chapters.flatMap((chapter) => [
		...chapter.articles.map((article) => ({ article, chapter, paragraph: null })),
		...chapter.paragraphs.flatMap((paragraph) => paragraph.articles.map((article) => ({ article, chapter, paragraph })))
	]);
	const i = all.findIndex((a) => a.article.number === options.number);
	if (i < 0) throw new AppError('NOT_FOUND', m.error_not_found());
	const { article, chapter, paragraph } = all[i];
	const brief = (a: StoredArticle | undefined) => (a ? { number: a.number, title: a.title } : null);
	return {
		...version,
		article,
		chapter: { number: chapter.number, title: chapter.title },
		paragraph: paragraph ? { number: paragraph.number, title: paragraph.title } : null,
		previous: brief(all[i - 1]?.article),
		next: brief(all[i + 1]?.article)
	};
}
