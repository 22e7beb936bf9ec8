import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';

export const ROLES = ['worker', 'coach', 'facilitator', 'redacteur', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const organisation = pgTable('organisation', {
	id: uuid('id').primaryKey().defaultRandom(),
	name: text('name').notNull(),
	/** Demo organisations are marked as such everywhere they are shown. */
	isDemo: boolean('is_demo').notNull().default(false),
	/** k, at least 3 (validation and migration 0004): responses reach a worker's mirror only in batches of at least k (PRODUCT.md §1). */
	feedbackBatchSize: integer('feedback_batch_size').notNull().default(3),
	/** Months after which a closed casus is deleted (PRODUCT.md privacy model). */
	retentionMonths: integer('retention_months').notNull().default(12),
	/** Months after release (or arrival, if never released) after which residents' answers go (retention.ts). */
	feedbackRetentionMonths: integer('feedback_retention_months').notNull().default(24),
	/** Months after which an audit entry goes. */
	auditRetentionMonths: integer('audit_retention_months').notNull().default(24),
	/** Months after an advice session's last change after which its tips, votes and participants go. */
	adviceRetentionMonths: integer('advice_retention_months').notNull().default(12),
	/** Consultation reactions: months after the round's answers were published (issue 18). */
	consultationRetentionMonths: integer('consultation_retention_months').notNull().default(12),
	/**
	 * False: members sign in with their work account only (docs/adr/0016). Ignored while the
	 * installation has no work-account provider, so an operator can always get people back in.
	 */
	passwordSignIn: boolean('password_sign_in').notNull().default(true),
	contactEmail: text('contact_email'),
	settings: jsonb('settings')
		.$type<Record<string, unknown>>()
		.notNull()
		.default(sql`'{}'::jsonb`),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * E-mail domains whose people may join the organisation as a worker by signing in with their work
 * account, without an invitation (docs/adr/0016). A domain belongs to one organisation only.
 */
export const organisationJoinDomain = pgTable(
	'organisation_join_domain',
	{
		/** Lower case, without "@", e.g. "wijkteam.nl". */
		domain: text('domain').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('organisation_join_domain_org_idx').on(t.organisationId)]
);

/** A person's place in an organisation. One row per (organisation, user); roles are several. */
export const membership = pgTable(
	'membership',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		roles: text('roles').array().$type<Role[]>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('membership_org_user_uq').on(t.organisationId, t.userId),
		index('membership_user_idx').on(t.userId)
	]
);
