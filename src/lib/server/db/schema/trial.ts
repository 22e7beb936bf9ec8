import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { membership, organisation } from './organisation';
import { team } from './team';

/**
 * An instrument trial (seed 003: "Kies als team twee of drie instrumenten uit, probeer ze en
 * evalueer"): a team tries 2–3 instruments between two dates, logs each use, and evaluates at the end.
 */
export const teamTrial = pgTable(
	'team_trial',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		teamId: uuid('team_id')
			.notNull()
			.references(() => team.id, { onDelete: 'cascade' }),
		startsOn: date('starts_on', { mode: 'string' }).notNull(),
		endsOn: date('ends_on', { mode: 'string' }).notNull(),
		/** What the team concluded, written together after the end date. */
		conclusion: text('conclusion').notNull().default(''),
		concludedAt: timestamp('concluded_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('team_trial_team_idx').on(t.teamId, t.endsOn)]
);

/** One of the 2–3 instruments of a trial: a network tool, a feedback request, a method, or their own. */
export const teamTrialInstrument = pgTable(
	'team_trial_instrument',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		trialId: uuid('trial_id')
			.notNull()
			.references(() => teamTrial.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		/** groslijst | netwerkcirkel | ecogram | plan | feedback | method | own */
		kind: text('kind').notNull(),
		/** The method's or the team's own instrument's name; '' for the built-in tools. */
		name: text('name').notNull().default(''),
		description: text('description').notNull().default(''),
		/**
		 * A method picked from the team's list ('builtin:<slug>' or 'custom:<uuid>', as a session keeps
		 * it); name holds its name as it was then. null for the other kinds and for older rows, where the
		 * team typed the method's name (still shown by that name).
		 */
		methodRef: text('method_ref')
	},
	(t) => [index('team_trial_instrument_trial_idx').on(t.trialId)]
);

/**
 * One use of an instrument. Deliberately without who and without a casus: the log counts uses for the
 * team, it is not a record of any worker's or client's work (no per-person figures, no client data).
 */
export const teamTrialUse = pgTable(
	'team_trial_use',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		trialId: uuid('trial_id')
			.notNull()
			.references(() => teamTrial.id, { onDelete: 'cascade' }),
		instrumentId: uuid('instrument_id')
			.notNull()
			.references(() => teamTrialInstrument.id, { onDelete: 'cascade' }),
		usedOn: date('used_on', { mode: 'string' }).notNull(),
		/** 'tap' (the trial page) or 'instrument' (the button after saving the instrument itself). */
		source: text('source').notNull(),
		note: text('note').notNull().default('')
	},
	(t) => [index('team_trial_use_trial_idx').on(t.trialId)]
);

/**
 * A member's evaluation of one instrument. The membership is kept so a member can change their own
 * answers and the team sees "x of y answered"; the results never show who answered what.
 */
export const teamTrialAnswer = pgTable(
	'team_trial_answer',
	{
		instrumentId: uuid('instrument_id')
			.notNull()
			.references(() => teamTrialInstrument.id, { onDelete: 'cascade' }),
		membershipId: uuid('membership_id')
			.notNull()
			.references(() => membership.id, { onDelete: 'cascade' }),
		trialId: uuid('trial_id')
			.notNull()
			.references(() => teamTrial.id, { onDelete: 'cascade' }),
		worked: text('worked').notNull().default(''),
		forWhom: text('for_whom').notNull().default(''),
		/** ja | misschien | nee */
		keep: text('keep').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.instrumentId, t.membershipId] }), index('team_trial_answer_trial_idx').on(t.trialId)]
);
