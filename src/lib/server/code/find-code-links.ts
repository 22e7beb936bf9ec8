import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { codeLink, codePrivateLink } from '../db/schema';
import { linkTargetValue } from '../../code/link-target';

type Subject = { reflectionIds: string[] } | { dilemmaIds: string[] } | { storyIds: string[] };

const value = (r: { articleId: string | null; kernwaarde: string | null }) =>
	r.articleId
		? linkTargetValue({ kind: 'article', articleId: r.articleId })
		: linkTargetValue({ kind: 'kernwaarde', number: r.kernwaarde ?? '' });

/**
 * The picker values each subject is tied to (to tick the boxes again). Private subjects are read by
 * the actor's own user id only; the caller has already checked the actor may see the subjects.
 */
export async function findCodeLinks(actor: Actor, db: Db, subject: Subject): Promise<Map<string, string[]>> {
	const out = new Map<string, string[]>();
	const add = (id: string | null, v: string) => {
		if (!id) return;
		out.set(id, [...(out.get(id) ?? []), v]);
	};
	if ('storyIds' in subject) {
		if (subject.storyIds.length === 0) return out;
		const rows = await db.select().from(codeLink).where(inArray(codeLink.practiceStoryId, subject.storyIds));
		for (const r of rows) add(r.practiceStoryId, value(r));
		return out;
	}
	if (actor.kind !== 'user') return out;
	const ids = 'reflectionIds' in subject ? subject.reflectionIds : subject.dilemmaIds;
	if (ids.length === 0) return out;
	const column = 'reflectionIds' in subject ? codePrivateLink.reflectionId : codePrivateLink.dilemmaId;
	const rows = await db
		.select()
		.from(codePrivateLink)
		.where(and(eq(codePrivateLink.workerUserId, actor.userId), inArray(column, ids)));
	for (const r of rows) add('reflectionIds' in subject ? r.reflectionId : r.dilemmaId, value(r));
	return out;
}
