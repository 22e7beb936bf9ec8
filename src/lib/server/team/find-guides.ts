import { desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { guide, guideVersion } from '../db/schema';
import { requireTeamMember } from './access';

export interface GuideSummary {
	id: string;
	title: string;
	/** The number of the current version; null while the guide has only a draft. */
	version: number | null;
	updatedAt: Date;
}

/** The guides of one team, for its members only. */
export async function findGuides(actor: Actor, db: Db, teamId: string): Promise<GuideSummary[]> {
	const access = await requireTeamMember(db, actor, teamId);
	return db
		.select({
			id: guide.id,
			title: guide.title,
			version: sql<
				number | null
			>`(select max(${guideVersion.number}) from ${guideVersion} where ${guideVersion.guideId} = ${guide.id})`,
			updatedAt: guide.updatedAt
		})
		.from(guide)
		.where(eq(guide.teamId, access.teamId))
		.orderBy(desc(guide.updatedAt));
}
