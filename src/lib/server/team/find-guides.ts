import { desc, eq, max } from 'drizzle-orm';
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
	const latest = db
		.select({ guideId: guideVersion.guideId, number: max(guideVersion.number).as('number') })
		.from(guideVersion)
		.groupBy(guideVersion.guideId)
		.as('latest');
	return db
		.select({ id: guide.id, title: guide.title, version: latest.number, updatedAt: guide.updatedAt })
		.from(guide)
		.leftJoin(latest, eq(latest.guideId, guide.id))
		.where(eq(guide.teamId, access.teamId))
		.orderBy(desc(guide.updatedAt));
}
