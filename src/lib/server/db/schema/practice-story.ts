import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { membership, organisation } from './organisation';
import { teamTrial } from './trial';

/**
 * "Wat werkt": a practice story or small success, written by a worker, visible to the whole
 * organisation. The writer chooses whether their name shows ("een collega" otherwise).
 */
export const practiceStory = pgTable(
	'practice_story',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		/** Null once the writer left the organisation: the story stays, as "een collega". */
		authorMembershipId: uuid('author_membership_id').references(() => membership.id, { onDelete: 'set null' }),
		showName: boolean('show_name').notNull().default(false),
		title: text('title').notNull(),
		body: text('body').notNull(),
		/** A trial instrument kind (groslijst, netwerkcirkel, …) or ''. */
		instrument: text('instrument').notNull().default(''),
		/** Themes as the writer typed them, comma separated: "werkdruk, netwerk". */
		themes: text('themes').notNull().default(''),
		/** The trial whose conclusion it came from, if any. */
		trialId: uuid('trial_id').references(() => teamTrial.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('practice_story_org_idx').on(t.organisationId, t.createdAt),
		// Full-text search in Dutch ("gesprek" finds "gesprekken"); the same expression as find-practice-stories.ts.
		index('practice_story_search_idx').using(
			'gin',
			sql`to_tsvector('dutch'::regconfig, ${t.title} || ' ' || ${t.body} || ' ' || ${t.themes})`
		)
	]
);
