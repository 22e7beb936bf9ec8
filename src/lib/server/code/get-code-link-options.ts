import type { CodeId } from '../ids';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { linkTargetValue, type CodeLinkOptions } from '../../code/link-target';
import { readableVersion } from './code-access';
import { loadDocument } from './code-document';

/**
 * What a worker can tie their practice to: the articles of the code members read, grouped per chapter
 * (paragraphs folded into their chapter), and its kernwaarden. Null when there is no published code.
 */
export async function getCodeLinkOptions(
	actor: Actor,
	db: Db,
	options: { organisationId: string; codeId?: CodeId | null }
): Promise<CodeLinkOptions | null> {
	const version = await readableVersion(actor, db, options);
	const doc = version ? await loadDocument(db, version.versionId) : null;
	if (!version || !doc) return null;
	return {
		codeId: version.codeId,
		codeTitle: version.codeTitle,
		chapters: doc.chapters.map((c) => ({
			number: c.number,
			title: c.title,
			articles: [...c.articles, ...c.paragraphs.flatMap((p) => p.articles)].map((a) => ({
				value: linkTargetValue({ kind: 'article', articleId: a.articleId }),
				number: a.number,
				title: a.title
			}))
		})),
		kernwaarden: doc.kernwaarden.map((k) => ({
			value: linkTargetValue({ kind: 'kernwaarde', number: k.number }),
			number: k.number,
			name: k.name
		}))
	};
}
