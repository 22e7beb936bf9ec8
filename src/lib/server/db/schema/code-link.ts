import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { organisation } from './organisation';
import { code } from './code';
import { reflection } from './feedback';
import { practiceStory } from './practice-story';
import { adviceTopIdea } from './advice';
import { learningSession } from './learning-session';
import type { ArticleId, CodeId } from '../../ids';

// Practice tied to the professional code (issue 17). A link points at an article by its stable
// article_id, or at a kernwaarde by its number: both stay the same across versions, so a link made on
// version 1 still shows on version 2. Exactly one of the two is set.
//
// Private links (a worker's reflection or dilemma) and shared links (a "wat werkt" story, an advice
// top idea) live in separate tables on purpose: a query for what colleagues may see can never pick up
// a private row by forgetting a filter.

/** A dilemma reflection in the steps of moreel beraad. Private to the worker unless brought to a session. */
export const dilemmaReflection = pgTable(
	'dilemma_reflection',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		situation: text('situation').notNull().default(''),
		question: text('question').notNull().default(''),
		options: text('options').notNull().default(''),
		choice: text('choice').notNull().default(''),
		action: text('action').notNull().default(''),
		/** Brought to this learning session: its participants read it there, and only there. */
		sessionId: uuid('session_id').references(() => learningSession.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('dilemma_reflection_worker_idx').on(t.workerUserId, t.createdAt),
		index('dilemma_reflection_session_idx').on(t.sessionId)
	]
);

/** A worker's own reflection or dilemma tied to the code. Read and written only by that worker. */
export const codePrivateLink = pgTable(
	'code_private_link',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		codeId: uuid('code_id')
			.$type<CodeId>()
			.notNull()
			.references(() => code.id, { onDelete: 'cascade' }),
		articleId: uuid('article_id').$type<ArticleId>(),
		kernwaarde: text('kernwaarde'),
		reflectionId: uuid('reflection_id').references(() => reflection.id, { onDelete: 'cascade' }),
		dilemmaId: uuid('dilemma_id').references(() => dilemmaReflection.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('code_private_link_worker_idx').on(t.workerUserId, t.articleId),
		index('code_private_link_reflection_idx').on(t.reflectionId),
		index('code_private_link_dilemma_idx').on(t.dilemmaId),
		check('code_private_link_target', sql`num_nonnulls(${t.articleId}, ${t.kernwaarde}) = 1`),
		check('code_private_link_subject', sql`num_nonnulls(${t.reflectionId}, ${t.dilemmaId}) = 1`)
	]
);

/**
 * A "wat werkt" story (linked by its writer) or an advice top idea (residents' voice, linked by an
 * editor) tied to the code. Shown on the article page under the subject's own visibility rules.
 */
export const codeLink = pgTable(
	'code_link',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		codeId: uuid('code_id')
			.$type<CodeId>()
			.notNull()
			.references(() => code.id, { onDelete: 'cascade' }),
		articleId: uuid('article_id').$type<ArticleId>(),
		kernwaarde: text('kernwaarde'),
		practiceStoryId: uuid('practice_story_id').references(() => practiceStory.id, { onDelete: 'cascade' }),
		adviceTopIdeaId: uuid('advice_top_idea_id').references(() => adviceTopIdea.id, { onDelete: 'cascade' }),
		createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('code_link_article_idx').on(t.codeId, t.articleId),
		index('code_link_story_idx').on(t.practiceStoryId),
		index('code_link_top_idea_idx').on(t.adviceTopIdeaId),
		check('code_link_target', sql`num_nonnulls(${t.articleId}, ${t.kernwaarde}) = 1`),
		check('code_link_subject', sql`num_nonnulls(${t.practiceStoryId}, ${t.adviceTopIdeaId}) = 1`)
	]
);

/**
 * A feedback theme tied to an article by an editor (residents' voice): a dimension key of the
 * organisation's questionnaires (a built-in "Vertrouwen" key or a template question's key). The article
 * page shows the organisation-wide figure of released answers on it, never per worker, never texts.
 */
export const codeFeedbackThemeLink = pgTable(
	'code_feedback_theme_link',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		codeId: uuid('code_id')
			.$type<CodeId>()
			.notNull()
			.references(() => code.id, { onDelete: 'cascade' }),
		articleId: uuid('article_id').$type<ArticleId>().notNull(),
		dimension: text('dimension').notNull(),
		createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('code_feedback_theme_link_unique').on(t.codeId, t.articleId, t.dimension)]
);
