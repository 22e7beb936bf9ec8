import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type {
	ActivityKind,
	EvidenceKind,
	GoalStatus,
	ReflectionDimensions,
	RegisterRules
} from '../../../portfolio/model';
import { user } from './auth';
import { membership, organisation } from './organisation';
import { reflection, feedbackResponse } from './feedback';
import { dilemmaReflection } from './code-link';
import { code } from './code';
import { codeRound } from './code-round';
import { learningSessionParticipant } from './learning-session';
import { adviceSession } from './advice';
import { practiceStory } from './practice-story';
import type { ArticleId, CodeId } from '../../ids';

// Development plan and portfolio (issue 19). Everything here belongs to one worker in one
// organisation and is private to them: not their team, not an admin, not a coach, except what the
// worker shares with a coach (portfolio_share), and that only for as long as the share exists.

/** The worker's register and the start of their current five-year period. One row per worker. */
export const portfolioProfile = pgTable(
	'portfolio_profile',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** A register table's key, e.g. "skj-2024" or "registerplein-sociaal-werk" (lib/portfolio/registers). */
		registerKey: text('register_key').notNull(),
		/** The first day of the current registration period. */
		periodStart: date('period_start', { mode: 'string' }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('portfolio_profile_worker_uq').on(t.organisationId, t.workerUserId)]
);

/**
 * The organisation's own reading of a register whose numbers are not published as fixed figures (the
 * social-work register): the admin sets the minimums, with the note that they must be checked against
 * the current reglement. Overrides the shipped table's numbers for this organisation only.
 */
export const portfolioRegisterOverride = pgTable(
	'portfolio_register_override',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		registerKey: text('register_key').notNull(),
		rules: jsonb('rules').$type<RegisterRules>().notNull(),
		updatedByUserId: text('updated_by_user_id').references(() => user.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('portfolio_register_override_uq').on(t.organisationId, t.registerKey)]
);

/** A learning goal in the worker's own words (Moodle learning plans: goal, status, due date, reviewer). */
export const portfolioGoal = pgTable(
	'portfolio_goal',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		/** Why, and how the worker will notice it worked. */
		description: text('description').notNull().default(''),
		status: text('status').$type<GoalStatus>().notNull().default('active'),
		/** The day to look back on the goal. */
		reviewOn: date('review_on', { mode: 'string' }),
		/**
		 * The feedback dimension the goal is about (a "Vertrouwen" key or a template question's key), or
		 * null: the goal page then shows how residents' released scores on it moved since createdAt.
		 */
		dimension: text('dimension'),
		/** What the worker wrote when looking back. */
		lookBack: text('look_back').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('portfolio_goal_worker_idx').on(t.organisationId, t.workerUserId)]
);

/**
 * One activity in the log: what a register counts (1 net hour = 1 point). A line made from a
 * suggestion keeps a link to where it came from (one line per source at most) and copies what the
 * register's evidence needs (method, chair, who confirmed), because the source may go by retention
 * long before the five-year period ends.
 */
export const portfolioActivity = pgTable(
	'portfolio_activity',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<ActivityKind>().notNull(),
		title: text('title').notNull(),
		occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
		startedAt: timestamp('started_at', { withTimezone: true }),
		endedAt: timestamp('ended_at', { withTimezone: true }),
		/** Net minutes, breaks excluded. */
		netMinutes: integer('net_minutes').notNull(),
		/** A category key of the worker's register (e.g. "reflectie"); set from the kind, editable. */
		category: text('category').notNull(),
		/** A training's accreditation number, if any. */
		accreditationId: text('accreditation_id').notNull().default(''),
		/** The method (intervisie method, course name) and the chair, as the register's evidence asks. */
		methodName: text('method_name').notNull().default(''),
		chairName: text('chair_name').notNull().default(''),
		/** Who confirmed their presence (a copy: see above). */
		participantNames: text('participant_names')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** What proves it: a certificate, a link, "presentielijst in Vakspiegel". */
		evidence: text('evidence').notNull().default(''),
		/** A short reflection, and the three dimensions of a reflection. */
		reflection: text('reflection').notNull().default(''),
		dimensions: jsonb('dimensions')
			.$type<ReflectionDimensions>()
			.notNull()
			.default(sql`'{}'::jsonb`),
		/** "Meest relevante artikel of kernwaarde" (NMC-style): an article id or a kernwaarde number. */
		codeId: uuid('code_id')
			.$type<CodeId>()
			.references(() => code.id, { onDelete: 'set null' }),
		articleId: uuid('article_id').$type<ArticleId>(),
		kernwaarde: text('kernwaarde'),
		/** Where a suggested line came from. At most one of the three. */
		sourceParticipantId: uuid('source_participant_id').references(() => learningSessionParticipant.id, {
			onDelete: 'set null'
		}),
		sourceAdviceSessionId: uuid('source_advice_session_id').references(() => adviceSession.id, {
			onDelete: 'set null'
		}),
		sourceCodeRoundId: uuid('source_code_round_id').references(() => codeRound.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('portfolio_activity_worker_idx').on(t.organisationId, t.workerUserId, t.occurredOn),
		uniqueIndex('portfolio_activity_participant_uq').on(t.workerUserId, t.sourceParticipantId),
		uniqueIndex('portfolio_activity_advice_uq').on(t.workerUserId, t.sourceAdviceSessionId),
		uniqueIndex('portfolio_activity_round_uq').on(t.workerUserId, t.sourceCodeRoundId),
		check('portfolio_activity_net_minutes', sql`${t.netMinutes} >= 0 and ${t.netMinutes} <= 6000`),
		check(
			'portfolio_activity_one_source',
			sql`num_nonnulls(${t.sourceParticipantId}, ${t.sourceAdviceSessionId}, ${t.sourceCodeRoundId}) <= 1`
		)
	]
);

/**
 * Evidence tied to a goal: something the worker already has, by reference (never a copy of a
 * resident's words: a quote leaves with its response when retention removes it). Exactly one target.
 */
export const portfolioGoalEvidence = pgTable(
	'portfolio_goal_evidence',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		goalId: uuid('goal_id')
			.notNull()
			.references(() => portfolioGoal.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<EvidenceKind>().notNull(),
		/** A mirror theme: a feedback dimension key. */
		dimension: text('dimension'),
		/** A quote from the mirror: the response and which answer ('good' | 'better'). */
		responseId: uuid('response_id').references(() => feedbackResponse.id, { onDelete: 'cascade' }),
		quoteField: text('quote_field'),
		reflectionId: uuid('reflection_id').references(() => reflection.id, { onDelete: 'cascade' }),
		dilemmaId: uuid('dilemma_id').references(() => dilemmaReflection.id, { onDelete: 'cascade' }),
		/** An intervisie or learning session, by the worker's own attendance line. */
		participantId: uuid('participant_id').references(() => learningSessionParticipant.id, {
			onDelete: 'cascade'
		}),
		/** A consultation round the worker reacted to (reactions themselves are keyed without a user id). */
		codeRoundId: uuid('code_round_id').references(() => codeRound.id, { onDelete: 'cascade' }),
		/** An article (stable article id) or kernwaarde of the code. */
		codeId: uuid('code_id')
			.$type<CodeId>()
			.references(() => code.id, { onDelete: 'cascade' }),
		articleId: uuid('article_id').$type<ArticleId>(),
		kernwaarde: text('kernwaarde'),
		practiceStoryId: uuid('practice_story_id').references(() => practiceStory.id, { onDelete: 'cascade' }),
		activityId: uuid('activity_id').references(() => portfolioActivity.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('portfolio_goal_evidence_goal_idx').on(t.goalId),
		check(
			'portfolio_goal_evidence_one_target',
			sql`num_nonnulls(${t.dimension}, ${t.responseId}, ${t.reflectionId}, ${t.dilemmaId}, ${t.participantId}, ${t.codeRoundId}, ${t.articleId}, ${t.kernwaarde}, ${t.practiceStoryId}, ${t.activityId}) = 1`
		)
	]
);

/**
 * What the worker shares with a coach: one goal (goal_id set) or the whole plan (goal_id null). The
 * coach sees exactly that, until the worker takes it back (the row is deleted).
 */
export const portfolioShare = pgTable(
	'portfolio_share',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		coachMembershipId: uuid('coach_membership_id')
			.notNull()
			.references(() => membership.id, { onDelete: 'cascade' }),
		goalId: uuid('goal_id').references(() => portfolioGoal.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('portfolio_share_uq').on(
			t.workerUserId,
			t.coachMembershipId,
			sql`coalesce(${t.goalId}, '00000000-0000-0000-0000-000000000000'::uuid)`
		),
		index('portfolio_share_coach_idx').on(t.coachMembershipId)
	]
);
