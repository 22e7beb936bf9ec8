import type { Actor } from '../actor';
import type { Db } from '../db/client';
import type { CodeVersionId } from '../ids';
import { articlesOf } from '../../code/markdown';
import { editorVersion, type EditorVersion } from './code-access';
import { loadDocument } from './code-document';
import { findPublishBlockers, type PublishBlocker } from './publish-blockers';

export interface CodeVersionForEditor extends EditorVersion {
	found: {
		chapters: { number: string; title: string; articles: number }[];
		articles: number;
		kernwaarden: string[];
		begrippen: string[];
	};
	blockers: PublishBlocker[];
}

/** One version for its editor: what the import found, the match report, and what blocks publishing. */
export async function getCodeVersion(actor: Actor, db: Db, versionId: CodeVersionId): Promise<CodeVersionForEditor> {
	const version = await editorVersion(actor, db, versionId);
	const [doc, blockers] = await Promise.all([
		loadDocument(db, version.versionId),
		version.status === 'draft' ? findPublishBlockers(db, version.versionId) : Promise.resolve([])
	]);
	return {
		...version,
		found: {
			chapters: doc!.chapters.map((c) => ({
				number: c.number,
				title: c.title,
				articles: c.articles.length + c.paragraphs.reduce((n, p) => n + p.articles.length, 0)
			})),
			articles: articlesOf(doc!).length,
			kernwaarden: doc!.kernwaarden.map((k) => k.name),
			begrippen: doc!.begrippen.map((b) => b.term)
		},
		blockers
	};
}
