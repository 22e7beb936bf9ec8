import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { organisation } from './organisation';
import { team } from './team';
import type { GuideMinorEdit, GuideSectionContent, Provenance } from '../../../team/guide';

// Team guides (handreikingen, issue 16; seed 004: "vragen voor gesprekken met gezinnen"). A guide
// belongs to one team; only that team's members read or write it (team/access.ts).

/** A guide and its shared draft: the title here is the draft's; every version keeps its own. */
export const guide = pgTable(
	'guide',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		teamId: uuid('team_id')
			.notNull()
			.references(() => team.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('guide_team_idx').on(t.teamId)]
);

/** A section of the draft. Its id is the section's id in every version (stable across versions). */
export const guideSection = pgTable(
	'guide_section',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		guideId: uuid('guide_id')
			.notNull()
			.references(() => guide.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		heading: text('heading').notNull().default(''),
		body: text('body').notNull().default(''),
		provenance: jsonb('provenance').$type<Provenance>()
	},
	(t) => [index('guide_section_guide_idx').on(t.guideId, t.position)]
);

/** A published version: a copy of the draft at the time, numbered 1, 2, 3 … per guide. */
export const guideVersion = pgTable(
	'guide_version',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		guideId: uuid('guide_id')
			.notNull()
			.references(() => guide.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		title: text('title').notNull(),
		sections: jsonb('sections').$type<GuideSectionContent[]>().notNull(),
		changeNote: text('change_note').notNull(),
		publishedByUserId: text('published_by_user_id').references(() => user.id, { onDelete: 'set null' }),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
		/** Minor edits made to this version after it was published, oldest first. */
		minorEdits: jsonb('minor_edits')
			.$type<GuideMinorEdit[]>()
			.notNull()
			.default(sql`'[]'::jsonb`)
	},
	(t) => [unique('guide_version_number_unique').on(t.guideId, t.number)]
);
