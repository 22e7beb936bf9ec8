import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { guideSection, guideVersion, user } from '../db/schema';
import type { GuideSectionContent } from '../../team/guide';

export type GuideVersionRow = typeof guideVersion.$inferSelect;

/** Every published version of a guide, oldest first. */
export async function versionsOf(db: Db, guideId: string): Promise<GuideVersionRow[]> {
	return db.select().from(guideVersion).where(eq(guideVersion.guideId, guideId)).orderBy(asc(guideVersion.number));
}

/** The draft's sections in their order, as a version would hold them. */
export async function draftSections(db: Db, guideId: string): Promise<GuideSectionContent[]> {
	const rows = await db
		.select()
		.from(guideSection)
		.where(eq(guideSection.guideId, guideId))
		.orderBy(asc(guideSection.position), asc(guideSection.id));
	return rows.map((s) => ({ id: s.id, heading: s.heading, body: s.body, provenance: s.provenance ?? null }));
}

/** The names of the members who published or edited, by user id (a removed account has none). */
export async function namesOf(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
	const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
	if (wanted.length === 0) return new Map();
	const rows = await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, wanted));
	return new Map(rows.map((r) => [r.id, r.name]));
}
