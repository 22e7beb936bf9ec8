import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { organisation } from './organisation';
import { team } from './team';
import { code, codeVersion } from './code';
import type { ArticleId, CodeId, CodeVersionId } from '../../ids';

// Consultation rounds on a draft version of the professional code (issue 17). A respondent reacts per
// article, by the stable article_id (never by a text range), so a reaction survives every later version.
// Anonymous by default: the respondent row carries no user id. A member is found again through
// member_key, a hash of the user id with the round's own salt; no editor's query selects either.

export const CODE_ROUND_AUDIENCES = ['organisation', 'teams', 'link'] as const;
export type CodeRoundAudience = (typeof CODE_ROUND_AUDIENCES)[number];

export const CODE_STANCES = ['eens', 'twijfel', 'oneens'] as const;
export type CodeStance = (typeof CODE_STANCES)[number];

export const codeRound = pgTable(
	'code_round',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		codeId: uuid('code_id')
			.$type<CodeId>()
			.notNull()
			.references(() => code.id, { onDelete: 'cascade' }),
		/** The draft version the round asks about. */
		versionId: uuid('version_id')
			.$type<CodeVersionId>()
			.notNull()
			.references(() => codeVersion.id, { onDelete: 'cascade' }),
		question: text('question').notNull(),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		/** Set when an editor closes the round before closes_at. */
		closedAt: timestamp('closed_at', { withTimezone: true }),
		audience: text('audience').$type<CodeRoundAudience>().notNull(),
		/** For audience "link": the unguessable token of the open link for partner organisations. */
		linkToken: text('link_token'),
		/** Salt for member_key (see above). Never returned to anyone. */
		memberSalt: text('member_salt').notNull(),
		createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** When the editors published all answers at once (dispositions). */
		answersPublishedAt: timestamp('answers_published_at', { withTimezone: true })
	},
	(t) => [
		index('code_round_org_idx').on(t.organisationId, t.createdAt),
		uniqueIndex('code_round_link_token_uq').on(t.linkToken)
	]
);

/** For audience "teams": the chosen teams. */
export const codeRoundTeam = pgTable(
	'code_round_team',
	{
		roundId: uuid('round_id')
			.notNull()
			.references(() => codeRound.id, { onDelete: 'cascade' }),
		teamId: uuid('team_id')
			.notNull()
			.references(() => team.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.roundId, t.teamId] })]
);

/**
 * One person answering one round. Open-link visitors are known only by the hash of a random token in
 * a cookie (never an IP); members by member_key. signed_name is set only when they choose to sign.
 */
export const codeRoundRespondent = pgTable(
	'code_round_respondent',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		roundId: uuid('round_id')
			.notNull()
			.references(() => codeRound.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull(),
		memberKey: text('member_key'),
		/** A team of the member within the round's audience, only for breakdowns above 5 respondents. */
		teamId: uuid('team_id').references(() => team.id, { onDelete: 'set null' }),
		signedName: text('signed_name'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('code_round_respondent_token_uq').on(t.tokenHash),
		uniqueIndex('code_round_respondent_member_uq').on(t.roundId, t.memberKey)
	]
);

/** A reaction on one article (article_id is the stable id), or on the whole text (article_id null). */
export const codeRoundReaction = pgTable(
	'code_round_reaction',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		roundId: uuid('round_id')
			.notNull()
			.references(() => codeRound.id, { onDelete: 'cascade' }),
		respondentId: uuid('respondent_id')
			.notNull()
			.references(() => codeRoundRespondent.id, { onDelete: 'cascade' }),
		articleId: uuid('article_id').$type<ArticleId>(),
		stance: text('stance').$type<CodeStance>(),
		comment: text('comment'),
		proposal: text('proposal'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('code_round_reaction_uq').on(
			t.respondentId,
			sql`coalesce(${t.articleId}, '00000000-0000-0000-0000-000000000000'::uuid)`
		),
		index('code_round_reaction_round_idx').on(t.roundId, t.articleId)
	]
);

export const CODE_VERDICTS = ['overgenomen', 'deels', 'niet'] as const;
export type CodeVerdict = (typeof CODE_VERDICTS)[number];

/**
 * An editor's answer (disposition) after a round closed: on one reaction (reaction_id), or bundled for
 * every reaction on one article (reaction_id null, article_id set). Published all at once.
 */
export const codeRoundAnswer = pgTable(
	'code_round_answer',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		roundId: uuid('round_id')
			.notNull()
			.references(() => codeRound.id, { onDelete: 'cascade' }),
		reactionId: uuid('reaction_id').references(() => codeRoundReaction.id, { onDelete: 'cascade' }),
		articleId: uuid('article_id').$type<ArticleId>(),
		verdict: text('verdict').$type<CodeVerdict>().notNull(),
		reason: text('reason').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('code_round_answer_reaction_uq').on(t.reactionId),
		index('code_round_answer_round_idx').on(t.roundId, t.articleId)
	]
);
