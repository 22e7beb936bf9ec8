import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { organisation, type Role } from './organisation';

/**
 * An invitation to join an organisation. Only a SHA-256 hash of the token is stored: the link itself
 * is shown once (or e-mailed) and cannot be read back from the database.
 */
export const invitation = pgTable(
	'invitation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		roles: text('roles').array().$type<Role[]>().notNull(),
		teamIds: uuid('team_ids').array().notNull().default([]),
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		acceptedBy: text('accepted_by').references(() => user.id, { onDelete: 'set null' }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('invitation_org_idx').on(t.organisationId)]
);

/**
 * A single-use link to set a new password, made by an admin of the person's organisation (or by the
 * operator on the command line). After it is used, the person's private areas stay locked until the
 * person has seen who reset the password and when, and confirmed (ADR 0010).
 */
export const passwordReset = pgTable(
	'password_reset',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull().unique(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		/** Who made the link as shown to the person (the admin's name and address, or the operator). */
		createdByLabel: text('created_by_label').notNull().default(''),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		/** Once used: the feedback mirror and casussen stay closed until the person confirms (confirmedAt). */
		locksPrivate: boolean('locks_private').notNull().default(false),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('password_reset_org_idx').on(t.organisationId), index('password_reset_user_idx').on(t.userId)]
);
