import { sql } from 'drizzle-orm';
import type { AdviceSessionId } from '../../ids';
import {
	boolean,
	date,
	index,
	integer,
	jsonb,
	pgSequence,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { user } from './auth';
import { organisation } from './organisation';

import type { AdvicePhase, TipStatus } from '../../../advice/model';

export { ADVICE_PHASES, type AdvicePhase } from '../../../advice/model';

export { TIP_STATUSES, type TipStatus } from '../../../advice/model';

export const ADVICE_ACTION_STATUSES = ['planned', 'busy', 'done'] as const;
export type AdviceActionStatus = (typeof ADVICE_ACTION_STATUSES)[number];

export interface ParticipantGroup {
	/** Stable within the session: votes and tips keep their group when the label is edited. */
	key: string;
	label: string;
}

/** One meeting around a central question. Participants join with `code`; they never have an account. */
export const adviceSession = pgTable(
	'advice_session',
	{
		id: uuid('id').primaryKey().defaultRandom().$type<AdviceSessionId>(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
		/** Short code typed at /doe-mee; unique over all organisations, no ambiguous characters. */
		code: text('code').notNull().unique(),
		question: text('question').notNull(),
		explanation: text('explanation').notNull().default(''),
		groups: jsonb('groups').$type<ParticipantGroup[]>().notNull(),
		dotsPerPerson: integer('dots_per_person').notNull().default(3),
		moderation: boolean('moderation').notNull().default(false),
		/** Language of the wall and report ("nl" or "en"). */
		language: text('language').notNull().default('nl'),
		phase: text('phase').$type<AdvicePhase>().notNull().default('preparing'),
		/** Participants see the ranking only when the facilitator shows it. */
		showResults: boolean('show_results').notNull().default(false),
		/** "Niemand kan er nog bij": no new participant may join; who joined before keeps taking part. */
		joinsLocked: boolean('joins_locked').notNull().default(false),
		/**
		 * "Wat deden we met jullie advies?": the day the facilitator made the outcome page public, or null
		 * while it is not (then the page shows nothing of the session).
		 */
		outcomePublishedOn: date('outcome_published_on', { mode: 'string' }),
		/** Set when retention removed the tips and participants: the counts the outcome page keeps showing. */
		keptCounts: jsonb('kept_counts').$type<{ participants: number; tips: number }>(),
		/**
		 * The outcome page's address (/doe-mee/uitkomst/<token>): random and apart from the join code, so a
		 * link printed in a newsletter keeps working whatever happens to the short, guessable join code.
		 */
		outcomeToken: text('outcome_token')
			.notNull()
			.unique()
			.default(sql`replace(gen_random_uuid()::text, '-', '')`),
		/** The meeting (optional): when it starts, how long it takes and where; for the calendar invitation. */
		meetingAt: timestamp('meeting_at', { withTimezone: true }),
		meetingMinutes: integer('meeting_minutes').notNull().default(90),
		meetingPlace: text('meeting_place').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('advice_session_org_idx').on(t.organisationId)]
);

/**
 * One browser in one session: no name, no IP, only the group chosen once. The browser holds a random
 * secret in a cookie; we keep its hash. `votesVersion` makes a replayed vote form fail.
 */
export const adviceParticipant = pgTable(
	'advice_participant',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		sessionId: uuid('session_id')
			.$type<AdviceSessionId>()
			.notNull()
			.references(() => adviceSession.id, { onDelete: 'cascade' }),
		secretHash: text('secret_hash').notNull().unique(),
		groupKey: text('group_key').notNull(),
		votesVersion: integer('votes_version').notNull().default(0),
		joinedOn: date('joined_on', { mode: 'string' }).notNull()
	},
	(t) => [index('advice_participant_session_idx').on(t.sessionId)]
);

/** A theme the facilitator groups tips into (clustering), and that participants vote on. */
export const adviceTheme = pgTable(
	'advice_theme',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		sessionId: uuid('session_id')
			.$type<AdviceSessionId>()
			.notNull()
			.references(() => adviceSession.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		position: integer('position').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('advice_theme_session_idx').on(t.sessionId)]
);

/**
 * A tip from a phone or typed in from paper. `participantId` lets a participant see their own tips;
 * the facilitator and the report never see it. `nonce` stops a replayed or double-clicked form.
 */
export const adviceTip = pgTable(
	'advice_tip',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		sessionId: uuid('session_id')
			.$type<AdviceSessionId>()
			.notNull()
			.references(() => adviceSession.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id').references(() => adviceParticipant.id, { onDelete: 'set null' }),
		/** The participant's group at the time (paper tips: chosen by the facilitator, or "anders"). */
		groupKey: text('group_key').notNull(),
		text: text('text').notNull(),
		status: text('status').$type<TipStatus>().notNull().default('visible'),
		themeId: uuid('theme_id').references(() => adviceTheme.id, { onDelete: 'set null' }),
		fromPaper: boolean('from_paper').notNull().default(false),
		nonce: text('nonce'),
		/**
		 * The day only (PRODUCT.md: dates per day for participants). Within a day tips are shown by their
		 * random id, so no page, export or column tells in which order they arrived.
		 */
		createdOn: date('created_on', { mode: 'string' })
			.notNull()
			.default(sql`((now() at time zone 'Europe/Amsterdam')::date)`)
	},
	(t) => [
		index('advice_tip_session_idx').on(t.sessionId),
		index('advice_tip_participant_idx').on(t.participantId),
		uniqueIndex('advice_tip_nonce_uq').on(t.participantId, t.nonce)
	]
);

/** Dots of one participant on one theme. The sum per participant never exceeds the session's dots. */
export const adviceVote = pgTable(
	'advice_vote',
	{
		participantId: uuid('participant_id')
			.notNull()
			.references(() => adviceParticipant.id, { onDelete: 'cascade' }),
		themeId: uuid('theme_id')
			.notNull()
			.references(() => adviceTheme.id, { onDelete: 'cascade' }),
		sessionId: uuid('session_id')
			.$type<AdviceSessionId>()
			.notNull()
			.references(() => adviceSession.id, { onDelete: 'cascade' }),
		dots: integer('dots').notNull()
	},
	(t) => [
		uniqueIndex('advice_vote_participant_theme_uq').on(t.participantId, t.themeId),
		index('advice_vote_session_idx').on(t.sessionId)
	]
);

/** "Top-Idee 1: Minder systeemwereld …": the facilitator's wording of a top theme, and the answer. */
export const adviceTopIdea = pgTable(
	'advice_top_idea',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		sessionId: uuid('session_id')
			.$type<AdviceSessionId>()
			.notNull()
			.references(() => adviceSession.id, { onDelete: 'cascade' }),
		themeId: uuid('theme_id').references(() => adviceTheme.id, { onDelete: 'set null' }),
		position: integer('position').notNull().default(0),
		wording: text('wording').notNull(),
		/** Tips chosen as supporting quotes. */
		quoteTipIds: jsonb('quote_tip_ids')
			.$type<string[]>()
			.notNull()
			.default(sql`'[]'::jsonb`),
		/** The organisation's response, written later. */
		response: text('response').notNull().default(''),
		respondedOn: date('responded_on', { mode: 'string' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('advice_top_idea_session_idx').on(t.sessionId)]
);

/** A follow-up action on a top idea: what, who, by when, status. */
export const adviceAction = pgTable(
	'advice_action',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		topIdeaId: uuid('top_idea_id')
			.notNull()
			.references(() => adviceTopIdea.id, { onDelete: 'cascade' }),
		sessionId: uuid('session_id')
			.$type<AdviceSessionId>()
			.notNull()
			.references(() => adviceSession.id, { onDelete: 'cascade' }),
		what: text('what').notNull(),
		who: text('who').notNull(),
		dueOn: date('due_on', { mode: 'string' }),
		status: text('status').$type<AdviceActionStatus>().notNull().default('planned'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('advice_action_top_idea_idx').on(t.topIdeaId)]
);

/** Ids of live events (realtime.ts): one order for all app instances, so a reconnect can resume. */
export const liveEventSeq = pgSequence('live_event_seq');
