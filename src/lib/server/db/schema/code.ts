import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { organisation } from './organisation';
import type { MatchReport } from '../../../code/match';
import type { ArticleId, CodeId, CodeVersionId } from '../../ids';

// The professional code (beroepscode, issue 17). An organisation holds one or more codes; each has
// versions imported from Markdown (src/lib/code/markdown.ts). A version and its rows are never changed
// after import: a change is a new version. Every organisation member reads the organisation's codes.

export const CODE_VERSION_STATUSES = ['draft', 'published'] as const;
export type CodeVersionStatus = (typeof CODE_VERSION_STATUSES)[number];

export const code = pgTable(
	'code',
	{
		id: uuid('id').primaryKey().defaultRandom().$type<CodeId>(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		/** The sample code written for this project (demo data): shown as "voorbeeld, niet de echte beroepscode". */
		sample: boolean('sample').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('code_organisation_title_unique').on(t.organisationId, t.title)]
);

export const codeVersion = pgTable(
	'code_version',
	{
		id: uuid('id').primaryKey().defaultRandom().$type<CodeVersionId>(),
		codeId: uuid('code_id')
			.$type<CodeId>()
			.notNull()
			.references(() => code.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		status: text('status').$type<CodeVersionStatus>().notNull(),
		/** The title and preamble as in the Markdown (the code's own title may differ). */
		title: text('title').notNull(),
		preamble: text('preamble').notNull().default(''),
		/** How each article got its stable id from the previous version (null for the first version). */
		matchReport: jsonb('match_report').$type<MatchReport>(),
		createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		publishedAt: timestamp('published_at', { withTimezone: true })
	},
	(t) => [unique('code_version_number_unique').on(t.codeId, t.number)]
);

export const codeChapter = pgTable(
	'code_chapter',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		versionId: uuid('version_id')
			.$type<CodeVersionId>()
			.notNull()
			.references(() => codeVersion.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		number: text('number').notNull(),
		title: text('title').notNull(),
		intro: text('intro').notNull().default('')
	},
	(t) => [index('code_chapter_version_idx').on(t.versionId, t.position)]
);

export const codeParagraph = pgTable(
	'code_paragraph',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		versionId: uuid('version_id')
			.$type<CodeVersionId>()
			.notNull()
			.references(() => codeVersion.id, { onDelete: 'cascade' }),
		chapterId: uuid('chapter_id')
			.notNull()
			.references(() => codeChapter.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		number: text('number').notNull(),
		title: text('title').notNull(),
		intro: text('intro').notNull().default('')
	},
	(t) => [index('code_paragraph_version_idx').on(t.versionId, t.position)]
);

export const codeArticle = pgTable(
	'code_article',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		versionId: uuid('version_id')
			.$type<CodeVersionId>()
			.notNull()
			.references(() => codeVersion.id, { onDelete: 'cascade' }),
		/** The article's id across versions (src/lib/code/match.ts). */
		articleId: uuid('article_id').$type<ArticleId>().notNull(),
		chapterId: uuid('chapter_id')
			.notNull()
			.references(() => codeChapter.id, { onDelete: 'cascade' }),
		paragraphId: uuid('paragraph_id').references(() => codeParagraph.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		number: text('number').notNull(),
		title: text('title').notNull(),
		body: text('body').notNull()
	},
	(t) => [
		unique('code_article_number_unique').on(t.versionId, t.number),
		unique('code_article_stable_unique').on(t.versionId, t.articleId),
		index('code_article_search_idx').using(
			'gin',
			sql`to_tsvector('dutch'::regconfig, ${t.number} || ' ' || ${t.title} || ' ' || ${t.body})`
		)
	]
);

export const codeKernwaarde = pgTable(
	'code_kernwaarde',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		versionId: uuid('version_id')
			.$type<CodeVersionId>()
			.notNull()
			.references(() => codeVersion.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		number: text('number').notNull(),
		name: text('name').notNull(),
		body: text('body').notNull()
	},
	(t) => [index('code_kernwaarde_version_idx').on(t.versionId, t.position)]
);

export const codeBegrip = pgTable(
	'code_begrip',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		versionId: uuid('version_id')
			.$type<CodeVersionId>()
			.notNull()
			.references(() => codeVersion.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		term: text('term').notNull(),
		definition: text('definition').notNull()
	},
	(t) => [index('code_begrip_version_idx').on(t.versionId, t.position)]
);
