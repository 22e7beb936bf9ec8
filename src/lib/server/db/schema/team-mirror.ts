import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { feedbackRequest, feedbackResponse } from './feedback';
import { organisation } from './organisation';
import { team } from './team';

/** One dimension of a released team quarter: how many scores and their mean; never per worker. */
export interface TeamMirrorFigure {
	n: number;
	mean: number;
	/** Counts of scores 1..5 (index 0 = score 1). */
	distribution: [number, number, number, number, number];
}

/**
 * A team's quarter in the team mirror, decided once, the first time someone looks after the quarter
 * ended, and never again (ADR 0015): released or not, which workers it sums over, and the figures.
 * Frozen so that a later view (after the team changed, or batches arrived) cannot differ from an
 * earlier one by one worker's answers. Kept when the team is deleted (`team_id` becomes null): the
 * figures were seen, so a later team's figures must still be checked against them.
 */
export const teamMirrorQuarter = pgTable(
	'team_mirror_quarter',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		teamId: uuid('team_id').references(() => team.id, { onDelete: 'set null' }),
		/** "2026-Q3": by the day batches were released, as in the worker's own mirror. */
		quarter: text('quarter').notNull(),
		released: boolean('released').notNull(),
		/** The team's workers when the quarter was decided (user ids; no scores per worker anywhere). */
		workerUserIds: jsonb('worker_user_ids').$type<string[]>().notNull(),
		/** What the figure shows: "responses", "dim:<key>", "self:<key>" (team-mirror-rule.ts). */
		measures: jsonb('measures').$type<string[]>().notNull(),
		responses: integer('responses').notNull().default(0),
		/** Residents' view per dimension (only released dimensions). */
		residents: jsonb('residents').$type<Record<string, TeamMirrorFigure>>().notNull(),
		/** The team's own view (self-ratings) per dimension: count and mean. */
		self: jsonb('self').$type<Record<string, { n: number; mean: number }>>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('team_mirror_quarter_team_uq').on(t.teamId, t.quarter),
		index('team_mirror_quarter_org_idx').on(t.organisationId, t.quarter)
	]
);

export const TEAM_MIRROR_SHARE_KINDS = ['mirror', 'dimension', 'request'] as const;
export type TeamMirrorShareKind = (typeof TEAM_MIRROR_SHARE_KINDS)[number];

/**
 * A worker shows their own mirror (all of it, one dimension, or one feedback link) to one team. Shown
 * while `revoked_at` is null; the row stays after un-sharing, because the release rule must keep
 * counting everything that was ever on screen (team-mirror-rule.ts, `sharesSafe`).
 */
export const teamMirrorShare = pgTable(
	'team_mirror_share',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		teamId: uuid('team_id')
			.notNull()
			.references(() => team.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<TeamMirrorShareKind>().notNull(),
		dimension: text('dimension'),
		requestId: uuid('request_id').references(() => feedbackRequest.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [
		index('team_mirror_share_team_idx').on(t.teamId),
		index('team_mirror_share_org_idx').on(t.organisationId, t.workerUserId)
	]
);

/**
 * An open answer ("goed" or "beter") a worker chose to show with one of their shares, under their own
 * name. Only from the worker's own released responses (team/choose-shared-quotes.ts); removed when the
 * share is un-shared (team/unshare-team-mirror.ts), unlike the share row itself.
 */
export const teamMirrorShareQuote = pgTable(
	'team_mirror_share_quote',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		shareId: uuid('share_id')
			.notNull()
			.references(() => teamMirrorShare.id, { onDelete: 'cascade' }),
		responseId: uuid('response_id')
			.notNull()
			.references(() => feedbackResponse.id, { onDelete: 'cascade' }),
		/** Which answer of the response: 'good' or 'better'. */
		kind: text('kind').$type<'good' | 'better'>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('team_mirror_share_quote_uq').on(t.shareId, t.responseId, t.kind)]
);
