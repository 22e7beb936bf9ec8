import type { NetworkCaseId } from '../../ids';
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { organisation } from './organisation';
import type {
	ActionStatus,
	ActionWho,
	CaseKind,
	CaseStatus,
	ClientRole,
	Energy,
	NoteKind,
	Relation,
	Ring,
	Sector,
	Support
} from '../../../network/model';

export * from '../../../network/model';

// The network toolbox (PRODUCT.md §3, seed 003): one data model shown as groslijst, netwerkcirkel and
// ecogram. Names are what the client says ("tante Fatima", "buurman"); the casus itself carries a
// pseudonym or initials only, never a full name or BSN.

/** A casus: a client's network (kind "client"), or the worker's own practice map (kind "practice"). */
export const networkCase = pgTable(
	'network_case',
	{
		id: uuid('id').primaryKey().defaultRandom().$type<NetworkCaseId>(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<CaseKind>().notNull().default('client'),
		/** Pseudonym or initials, as the worker calls the client ("M.", "Gezin K."). */
		label: text('label').notNull(),
		status: text('status').$type<CaseStatus>().notNull().default('open'),
		createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		/** Set when closed; retention deletes the casus this many months later (organisation.retentionMonths). */
		closedAt: timestamp('closed_at', { withTimezone: true }),
		/** The roles the client has in life ("ouder", "vrijwilliger"); on the practice map: the worker's own. */
		clientRoles: text('client_roles')
			.array()
			.$type<ClientRole[]>()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** One more role in the client's own words ("oppas voor de kleinkinderen"). */
		clientRoleOther: text('client_role_other').notNull().default(''),
		/** Practice map only: what mapping their own network did to the worker (seed 003, tip 4). Never exported. */
		reflection: text('reflection').notNull().default('')
	},
	(t) => [index('network_case_org_idx').on(t.organisationId, t.status)]
);

/** Who may open a casus: the workers assigned to it. Nobody else, not an admin, not the team. */
export const networkCaseWorker = pgTable(
	'network_case_worker',
	{
		caseId: uuid('case_id')
			.$type<NetworkCaseId>()
			.notNull()
			.references(() => networkCase.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('network_case_worker_user_idx').on(t.userId)]
);

/** A person in the client's network: a line on the groslijst, a dot in the circle, a line in the ecogram. */
export const networkPerson = pgTable(
	'network_person',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		caseId: uuid('case_id')
			.$type<NetworkCaseId>()
			.notNull()
			.references(() => networkCase.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		remark: text('remark').notNull().default(''),
		/** Null until placed in the netwerkcirkel. */
		sector: text('sector').$type<Sector>(),
		ring: integer('ring').$type<Ring>(),
		relation: text('relation').$type<Relation>(),
		energy: text('energy').$type<Energy>(),
		supports: text('supports')
			.array()
			.$type<Support[]>()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Order on the groslijst (the order the client named them). */
		position: integer('position').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('network_person_case_idx').on(t.caseId)]
);

/** A relation between two people on the map (ecogram), e.g. "tante and buurvrouw do not get along". */
export const networkTie = pgTable(
	'network_tie',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		caseId: uuid('case_id')
			.$type<NetworkCaseId>()
			.notNull()
			.references(() => networkCase.id, { onDelete: 'cascade' }),
		fromPersonId: uuid('from_person_id')
			.notNull()
			.references(() => networkPerson.id, { onDelete: 'cascade' }),
		toPersonId: uuid('to_person_id')
			.notNull()
			.references(() => networkPerson.id, { onDelete: 'cascade' }),
		relation: text('relation').$type<Relation>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('network_tie_case_idx').on(t.caseId)]
);

/** What a version freezes: the people and ties as they were, with the ids they had then. */
export interface NetworkSnapshot {
	persons: {
		id: string;
		name: string;
		remark: string;
		sector: Sector | null;
		ring: Ring | null;
		relation: Relation | null;
		energy: Energy | null;
		supports: Support[];
	}[];
	ties: { fromPersonId: string; toPersonId: string; relation: Relation }[];
	/** The client's roles then; missing in versions saved before roles existed. */
	client?: { roles: ClientRole[]; other: string };
}

/** "Bewaar als versie van vandaag": a dated, frozen copy; the live map keeps changing. */
export const networkVersion = pgTable(
	'network_version',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		caseId: uuid('case_id')
			.$type<NetworkCaseId>()
			.notNull()
			.references(() => networkCase.id, { onDelete: 'cascade' }),
		takenOn: date('taken_on', { mode: 'string' }).notNull(),
		note: text('note').notNull().default(''),
		snapshot: jsonb('snapshot').$type<NetworkSnapshot>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('network_version_case_idx').on(t.caseId)]
);

/** A goal in the client's own words. */
export const networkGoal = pgTable(
	'network_goal',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		caseId: uuid('case_id')
			.$type<NetworkCaseId>()
			.notNull()
			.references(() => networkCase.id, { onDelete: 'cascade' }),
		text: text('text').notNull(),
		/** Re-evaluated in a later conversation ("hoe gaat het met dit doel?"). */
		evaluation: text('evaluation').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('network_goal_case_idx').on(t.caseId)]
);

/** Wie doet wat wanneer: one step towards a goal. */
export const networkAction = pgTable(
	'network_action',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		caseId: uuid('case_id')
			.$type<NetworkCaseId>()
			.notNull()
			.references(() => networkCase.id, { onDelete: 'cascade' }),
		goalId: uuid('goal_id')
			.notNull()
			.references(() => networkGoal.id, { onDelete: 'cascade' }),
		who: text('who').$type<ActionWho>().notNull(),
		/** Set when `who` is "person"; the action goes when the person is removed from the map. */
		personId: uuid('person_id').references(() => networkPerson.id, { onDelete: 'cascade' }),
		/** For a professional: a role or name ("schuldhulpverlener"). */
		professional: text('professional').notNull().default(''),
		what: text('what').notNull(),
		due: date('due', { mode: 'string' }),
		status: text('status').$type<ActionStatus>().notNull().default('open'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('network_action_case_idx').on(t.caseId), index('network_action_goal_idx').on(t.goalId)]
);

/** The familiegroepsplan's first two columns: zorgen and wat gaat goed. */
export const networkNote = pgTable(
	'network_note',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		caseId: uuid('case_id')
			.$type<NetworkCaseId>()
			.notNull()
			.references(() => networkCase.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<NoteKind>().notNull(),
		text: text('text').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('network_note_case_idx').on(t.caseId)]
);
