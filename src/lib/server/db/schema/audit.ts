import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './organisation';

/**
 * Who did what, when: admin changes, every read of personal data and every export (PRODUCT.md,
 * privacy model). Rows are never updated. Details hold ids and counts, never the personal data itself.
 */
export const auditLog = pgTable(
	'audit_log',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id').references(() => organisation.id, { onDelete: 'cascade' }),
		actorUserId: text('actor_user_id'),
		actorLabel: text('actor_label').notNull().default(''),
		action: text('action').notNull(),
		subjectType: text('subject_type').notNull().default(''),
		subjectId: text('subject_id'),
		details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('audit_log_org_created_idx').on(t.organisationId, t.createdAt)]
);
