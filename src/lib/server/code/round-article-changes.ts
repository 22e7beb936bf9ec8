import { and, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { codeVersion } from '../db/schema';
import { changeSinceReaction, compareArticles } from '../../code/compare';
import { roundArticles, type CodeRoundRow } from './code-round-access';

// Not a use case: which articles of a round's version are no longer the same in the newest version of
// the code (issue 17, "reactions never orphan"). Reactions hang on the stable article id, so they stay
// attached either way; this only says which ones a respondent or editor should read again. The same
// word-level comparison as /beroepscode/vergelijk decides "changed". Access is checked by the caller.

/** changed: other words; moved: same words under another number; removed: gone from the newer text. */
export type ArticleChangeSince = 'changed' | 'moved' | 'removed';

export interface RoundArticleChanges {
	/** The newest version after the round's one, or null when there is none (then nothing changed). */
	newerVersion: number | null;
	/** Only the articles that are not the same; with their number in the newer version. */
	changes: Map<string, { change: ArticleChangeSince; number: string }>;
}

export async function roundArticleChanges(
	db: Db,
	round: Pick<CodeRoundRow, 'codeId' | 'versionId'>
): Promise<RoundArticleChanges> {
	const [own] = await db
		.select({ number: codeVersion.number })
		.from(codeVersion)
		.where(eq(codeVersion.id, round.versionId));
	const [newer] = own
		? await db
				.select({ id: codeVersion.id, number: codeVersion.number })
				.from(codeVersion)
				.where(and(eq(codeVersion.codeId, round.codeId), gt(codeVersion.number, own.number)))
				.orderBy(desc(codeVersion.number))
				.limit(1)
		: [];
	const changes: RoundArticleChanges['changes'] = new Map();
	if (!newer) return { newerVersion: null, changes };
	const [before, after] = await Promise.all([roundArticles(db, round.versionId), roundArticles(db, newer.id)]);
	for (const c of compareArticles(before, after)) {
		const change = changeSinceReaction(c);
		if (change) changes.set(c.articleId, { change, number: c.number });
	}
	return { newerVersion: newer.number, changes };
}
