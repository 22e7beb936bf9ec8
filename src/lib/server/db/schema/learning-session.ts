import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import type { Method, PhaseProduct } from '../../../team/method';
import type { SessionStatus } from '../../../team/session';
import { membership, organisation } from './organisation';
import { team } from './team';
import { teamGroup } from './team-group';

export type { SessionStatus } from '../../../team/session';

// Learning sessions and intervisie (issue #16). A session belongs to one team or to one learning
// group across teams (team_group; exactly one of the two, a check in 0022); what is said in it
// (the casus, the group's notes, questions, advice and take-aways) is for its participants only:
// not for the rest of the team and not for an admin (team/session-access.ts).

export const learningSession = pgTable(
	'learning_session',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		/** The owning team; null when the session belongs to a group. */
		teamId: uuid('team_id').references(() => team.id, { onDelete: 'cascade' }),
		/** The owning learning group across teams; null when the session belongs to a team. */
		groupId: uuid('group_id').references(() => teamGroup.id, { onDelete: 'cascade' }),
		/** Which method it was made with: 'builtin:<slug>' (or a team's own method's id, later). */
		methodRef: text('method_ref').notNull(),
		/** The method as it was when the session was planned: a later edit of the method never changes it. */
		method: jsonb('method').$type<Method>().notNull(),
		/** The theme of a leersessie, or a short title of an intervisie session. */
		theme: text('theme').notNull().default(''),
		chairMembershipId: uuid('chair_membership_id').references(() => membership.id, { onDelete: 'set null' }),
		/** Who brings the casus or dilemma (methods that need one). */
		inbrengerMembershipId: uuid('inbrenger_membership_id').references(() => membership.id, { onDelete: 'set null' }),
		plannedAt: timestamp('planned_at', { withTimezone: true }).notNull(),
		status: text('status').$type<SessionStatus>().notNull().default('planned'),
		/** Index into method.phases while running (and the last phase once ended). */
		phaseIndex: integer('phase_index').notNull().default(0),
		/** The server holds the end of the phase: every page shows it, with or without JavaScript. */
		phaseEndsAt: timestamp('phase_ends_at', { withTimezone: true }),
		startedAt: timestamp('started_at', { withTimezone: true }),
		endedAt: timestamp('ended_at', { withTimezone: true }),
		/** Set during a break; the break's length goes to breakSeconds when the session goes on. */
		pausedAt: timestamp('paused_at', { withTimezone: true }),
		breakSeconds: integer('break_seconds').notNull().default(0),
		/** The inbrenger's casus, prepared beforehand with three guided questions. No client names. */
		casusHappened: text('casus_happened').notNull().default(''),
		casusDid: text('casus_did').notNull().default(''),
		casusLearn: text('casus_learn').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('learning_session_team_idx').on(t.teamId, t.plannedAt),
		index('learning_session_group_idx').on(t.groupId, t.plannedAt),
		check('learning_session_owner_check', sql`num_nonnulls(${t.teamId}, ${t.groupId}) = 1`)
	]
);

/** Who is invited; presentAt is the participant's own one-tap confirmation (the attendance line). */
export const learningSessionParticipant = pgTable(
	'learning_session_participant',
	{
		/** Stable: the portfolio will point at an attendance line by this id. */
		id: uuid('id').primaryKey().defaultRandom(),
		sessionId: uuid('session_id')
			.notNull()
			.references(() => learningSession.id, { onDelete: 'cascade' }),
		membershipId: uuid('membership_id')
			.notNull()
			.references(() => membership.id, { onDelete: 'cascade' }),
		presentAt: timestamp('present_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('learning_session_participant_unique').on(t.sessionId, t.membershipId),
		index('learning_session_participant_membership_idx').on(t.membershipId)
	]
);

/** What the group writes in a phase (by the phase's `produces`); advice can be chosen as a take-away. */
export const learningSessionEntry = pgTable(
	'learning_session_entry',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		sessionId: uuid('session_id')
			.notNull()
			.references(() => learningSession.id, { onDelete: 'cascade' }),
		phaseKey: text('phase_key').notNull(),
		kind: text('kind').$type<Exclude<PhaseProduct, 'nothing'>>().notNull(),
		text: text('text').notNull(),
		authorMembershipId: uuid('author_membership_id').references(() => membership.id, { onDelete: 'set null' }),
		/** Chosen in a "choice" phase as something to take along. */
		chosen: boolean('chosen').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('learning_session_entry_session_idx').on(t.sessionId, t.createdAt)]
);

/**
 * "Wat deed je met het advies?": made for the inbrenger when a session ends with advice. The answer
 * is shown at the start of the next session of the same team that the inbrenger takes part in.
 */
export const learningSessionFollowUp = pgTable(
	'learning_session_follow_up',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		sessionId: uuid('session_id')
			.notNull()
			.references(() => learningSession.id, { onDelete: 'cascade' }),
		membershipId: uuid('membership_id')
			.notNull()
			.references(() => membership.id, { onDelete: 'cascade' }),
		answer: text('answer'),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		nextSessionId: uuid('next_session_id').references(() => learningSession.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('learning_session_follow_up_unique').on(t.sessionId),
		index('learning_session_follow_up_membership_idx').on(t.membershipId),
		index('learning_session_follow_up_next_idx').on(t.nextSessionId)
	]
);
