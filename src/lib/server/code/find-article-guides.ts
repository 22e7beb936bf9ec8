import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { guide, guideVersion, team } from '../db/schema';
import { findMyTeams } from '../team/access';

export interface ArticleGuide {
	id: string;
	title: string;
	teamName: string;
}

/**
 * The guides of the actor's own teams whose current published version has a section that comes from
 * the article (provenance kind 'code', ref the stable article id). A guide is for its team only
 * (team/guide-access.ts), so an admin outside the team sees none.
 */
export async function findArticleGuides(
	actor: Actor,
	db: Db,
	options: { organisationId: string; articleId: string }
): Promise<ArticleGuide[]> {
	const teams = await findMyTeams(actor, db, options.organisationId);
	if (teams.length === 0) return [];
	const cites = JSON.stringify([{ provenance: { kind: 'code', ref: options.articleId } }]);
	return db
		.select({ id: guide.id, title: guideVersion.title, teamName: team.name })
		.from(guide)
		.innerJoin(team, eq(team.id, guide.teamId))
		.innerJoin(
			guideVersion,
			and(
				eq(guideVersion.guideId, guide.id),
				sql`${guideVersion.number} = (select max(v.number) from guide_version v where v.guide_id = ${guide.id})`
			)
		)
		.where(
			and(
				eq(guide.organisationId, options.organisationId),
				inArray(
					guide.teamId,
					teams.map((t) => t.teamId)
				),
				sql`${guideVersion.sections} @> ${cites}::jsonb`
			)
		)
		.orderBy(guideVersion.title);
}
