import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Method } from '../../../team/method';
import { user } from './auth';
import { organisation } from './organisation';
import { team } from './team';

/**
 * A team's own method (a copy of a built-in or another method, adapted), or an organisation-wide one
 * (team_id null) that every team of the organisation sees. `data` holds the whole method in the format
 * of src/lib/team/method.ts and is checked with methodSchema on every write and read.
 */
export const teamMethod = pgTable(
	'team_method',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		/** Null: organisation-wide. */
		teamId: uuid('team_id').references(() => team.id, { onDelete: 'cascade' }),
		/** What it was copied from: 'builtin:<slug>' or 'custom:<uuid>' (that one may be gone since). */
		basedOn: text('based_on'),
		data: jsonb('data').$type<Method>().notNull(),
		createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		archivedAt: timestamp('archived_at', { withTimezone: true })
	},
	(t) => [index('team_method_org_idx').on(t.organisationId), index('team_method_team_idx').on(t.teamId)]
);
