import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, practiceStory, user } from '../db/schema';
import { requireRole } from '../organisation/access';
import type { InstrumentKind } from '../../team/trial';

export interface StorySummary {
	id: string;
	title: string;
	excerpt: string;
	instrument: InstrumentKind | '';
	themes: string[];
	/** The writer's name when they chose to show it; null means "een collega". */
	author: string | null;
	mine: boolean;
	createdAt: Date;
}

/**
 * The same expression as the GIN index practice_story_search_idx (schema/practice-story.ts), so
 * PostgreSQL can use it. The Dutch configuration stems "gesprekken" and "gesprek" alike; PGlite
 * ships it too (team/practice-story.db.spec.ts checks both engines).
 */
const storyDocument = sql`to_tsvector('dutch'::regconfig, ${practiceStory.title} || ' ' || ${practiceStory.body} || ' ' || ${practiceStory.themes})`;

export const splitThemes = (themes: string) =>
	themes
		.split(',')
		.map((t) => t.trim())
		.filter(Boolean);

/** The organisation's stories, searched in Dutch when there is a query, best match first. */
export async function findPracticeStories(
	actor: Actor,
	db: Db,
	organisationId: string,
	filter: { q: string; instrument: InstrumentKind | '' }
): Promise<StorySummary[]> {
	const me = await requireRole(db, actor, organisationId);
	const query = filter.q ? sql`websearch_to_tsquery('dutch'::regconfig, ${filter.q})` : null;
	const where: SQL[] = [eq(practiceStory.organisationId, organisationId)];
	if (query) where.push(sql`${storyDocument} @@ ${query}`);
	if (filter.instrument) where.push(eq(practiceStory.instrument, filter.instrument));
	const rows = await db
		.select({
			id: practiceStory.id,
			title: practiceStory.title,
			body: practiceStory.body,
			instrument: practiceStory.instrument,
			themes: practiceStory.themes,
			showName: practiceStory.showName,
			authorMembershipId: practiceStory.authorMembershipId,
			authorName: user.name,
			createdAt: practiceStory.createdAt
		})
		.from(practiceStory)
		.leftJoin(membership, eq(membership.id, practiceStory.authorMembershipId))
		.leftJoin(user, eq(user.id, membership.userId))
		.where(and(...where))
		.orderBy(...(query ? [desc(sql`ts_rank(${storyDocument}, ${query})`)] : []), desc(practiceStory.createdAt))
		.limit(100);
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		excerpt: r.body.length > 200 ? `${r.body.slice(0, 200).trimEnd()}…` : r.body,
		instrument: r.instrument as InstrumentKind | '',
		themes: splitThemes(r.themes),
		author: r.showName ? r.authorName : null,
		mine: !!me && r.authorMembershipId === me.id,
		createdAt: r.createdAt
	}));
}
