import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	customType,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import type { RequestStatus } from '../../../feedback/model';
import type { TemplateScale } from '../../../feedback/scale';
import { user } from './auth';
import { organisation } from './organisation';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export { REQUEST_STATUSES, type RequestStatus } from '../../../feedback/model';
export const RATER_TYPES = ['resident', 'caregiver', 'professional'] as const;
export type RaterType = (typeof RATER_TYPES)[number];

export interface TemplateQuestion {
	/** Stable key in the answers (`scores`), unique across the organisation's templates. */
	key: string;
	/**
	 * Question text per resident variant ("nl" always present; also "eenvoudig" and "kind" for the
	 * easy-read and child forms); "[naam]" becomes the worker's first name.
	 */
	texts: Record<string, string>;
	/** The answer scale (the same for every question of a template); absent on older rows: the face scale. */
	scale?: TemplateScale;
}

/**
 * An organisation's own questionnaire: its scale questions in one or more languages, with a five-point
 * answer scale (faces, agree, frequency or the organisation's own words; stored with each question)
 * and the two open questions. The built-in "Vertrouwen" lives in code. Never ORS/SRS text unless the
 * organisation holds that licence.
 */
export const feedbackTemplate = pgTable(
	'feedback_template',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		questions: jsonb('questions').$type<TemplateQuestion[]>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** Archived templates are not offered for new requests; requests that use one keep working. */
		archivedAt: timestamp('archived_at', { withTimezone: true })
	},
	(t) => [index('feedback_template_org_idx').on(t.organisationId)]
);

/** A worker asks for feedback: one personal link (and QR code), and optionally printed cards. */
export const feedbackRequest = pgTable(
	'feedback_request',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** The personal link's secret; it lets anyone answer, never read. */
		token: text('token').notNull().unique(),
		/** Only the worker sees this ("huisbezoek", "spreekuur"). */
		label: text('label').notNull().default(''),
		/** First name shown to residents: "Wat doet Sanne goed?" */
		firstName: text('first_name').notNull(),
		/** The organisation's own questionnaire, or null for the built-in "Vertrouwen". */
		templateId: uuid('template_id').references(() => feedbackTemplate.id, { onDelete: 'restrict' }),
		/** "je" or "u" towards the resident (CONVENTIONS.md §15). */
		address: text('address').notNull().default('je'),
		status: text('status').$type<RequestStatus>().notNull().default('open'),
		/**
		 * Responses accepted per day through the personal link: a flood guard that two full rooms of
		 * phones on one Wi-Fi still fit under. Counted per day, never per hour (dates per day only).
		 */
		dailyLimit: integer('daily_limit').notNull().default(150),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('feedback_request_worker_idx').on(t.workerUserId),
		index('feedback_request_org_idx').on(t.organisationId)
	]
);

/** One printed card: a short code typed at /f that accepts exactly one response. */
export const feedbackCard = pgTable(
	'feedback_card',
	{
		code: text('code').primaryKey(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => feedbackRequest.id, { onDelete: 'cascade' }),
		/** Set when the card's one response arrived: the card cannot be used again. Date only. */
		usedOn: date('used_on', { mode: 'string' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('feedback_card_request_idx').on(t.requestId)]
);

/**
 * Released together when at least k responses of finished days exist for the worker
 * (release-batches.ts), so a response cannot be tied to this morning's visit. Responses are shown
 * in random order.
 */
export const feedbackBatch = pgTable(
	'feedback_batch',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		releasedOn: date('released_on', { mode: 'string' }).notNull(),
		size: integer('size').notNull(),
		/**
		 * The batch's answers counted once (a batch never changes after release): how many, and per
		 * built-in question how many gave each score 1..5. What the team mirror adds up, instead of
		 * reading every answer (feedback/batch-counts.ts). Null until counted.
		 */
		dimensionCounts: jsonb('dimension_counts').$type<BatchCounts>()
	},
	(t) => [index('feedback_batch_worker_idx').on(t.workerUserId)]
);

export interface BatchCounts {
	responses: number;
	distribution: Record<string, [number, number, number, number, number]>;
}

/**
 * What a resident answered. Deliberately minimal: no IP, no user agent, no cookie id, no time of day
 * (`submitted_on` is a date) and no created_at timestamp.
 */
export const feedbackResponse = pgTable(
	'feedback_response',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => feedbackRequest.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		raterType: text('rater_type').$type<RaterType>().notNull(),
		language: text('language').notNull(),
		/** dimension key → 1..5, or null for "weet ik niet / zeg ik liever niet". */
		scores: jsonb('scores').$type<Record<string, number | null>>().notNull(),
		good: text('good').notNull().default(''),
		better: text('better').notNull().default(''),
		submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
		batchId: uuid('batch_id').references(() => feedbackBatch.id, { onDelete: 'set null' }),
		/** Random, to show a batch in an order that says nothing about arrival. */
		shuffle: integer('shuffle')
			.notNull()
			.default(sql`floor(random() * 1000000)::int`),
		/**
		 * Rewritten in random order once its day was over (reordering.ts): the table files no longer
		 * hold it in the order residents answered. Only such rows go into a batch.
		 */
		reordered: boolean('reordered').notNull().default(false)
	},
	(t) => [
		index('feedback_response_worker_batch_idx').on(t.workerUserId, t.batchId),
		index('feedback_response_request_idx').on(t.requestId)
	]
);

/**
 * An optional spoken or filmed answer, released with its response. Its bytes are here (PostgreSQL) or
 * in a file beside the embedded database (PGlite), never both (ADR 0009).
 */
export const feedbackMedia = pgTable(
	'feedback_media',
	{
		responseId: uuid('response_id')
			.primaryKey()
			.references(() => feedbackResponse.id, { onDelete: 'cascade' }),
		mimeType: text('mime_type').notNull(),
		bytes: bytea('bytes'),
		/** A random name in the recordings folder (feedback/recording-files.ts). */
		fileName: text('file_name')
	},
	(t) => [check('feedback_media_bytes_or_file', sql`(${t.bytes} is null) <> (${t.fileName} is null)`)]
);

/**
 * The answer to the optional "Wat maakte het goed?" question (doorvragen), stored apart from the
 * response it follows: nothing links the two, and it is released in a later batch than its response
 * (release-batches.ts), so the worker cannot put it next to one quote.
 */
export const feedbackFollowUp = pgTable(
	'feedback_follow_up',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		text: text('text').notNull(),
		submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
		batchId: uuid('batch_id').references(() => feedbackBatch.id, { onDelete: 'set null' }),
		/** Rewritten in random order once its day was over (reordering.ts). */
		reordered: boolean('reordered').notNull().default(false)
	},
	(t) => [index('feedback_follow_up_worker_batch_idx').on(t.workerUserId, t.batchId)]
);

/**
 * A resident asks for a conversation (opt-in): their name, how to reach them and the day. Written in
 * the same statement as their answer, but shown to the worker at once and on its own, so it holds
 * nothing that leads back to that answer: no response, request or link id, no order number, no time.
 */
export const feedbackContactRequest = pgTable(
	'feedback_contact_request',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		/** How to reach them: a phone number or an e-mail address, as the resident typed it. */
		contact: text('contact').notNull(),
		requestedOn: date('requested_on', { mode: 'string' }).notNull(),
		/** The day the worker ticked it off ("afgehandeld"); null while it waits. */
		handledOn: date('handled_on', { mode: 'string' })
	},
	(t) => [index('feedback_contact_request_worker_idx').on(t.workerUserId, t.organisationId)]
);

/** Counts per personal link per day for the flood guard. Holds no link to any response. */
export const feedbackRate = pgTable(
	'feedback_rate',
	{
		requestId: uuid('request_id')
			.notNull()
			.references(() => feedbackRequest.id, { onDelete: 'cascade' }),
		day: date('day', { mode: 'string' }).notNull(),
		count: integer('count').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.requestId, t.day] })]
);

/**
 * One-time form tokens: each rendered form carries one, a submit consumes it. Stops double submits
 * and replays per browser without any cookie that identifies the resident. Kept until the day after
 * the token expired: a day, never the time the form was opened.
 */
export const feedbackFormNonce = pgTable('feedback_form_nonce', {
	nonce: text('nonce').primaryKey(),
	requestId: uuid('request_id')
		.notNull()
		.references(() => feedbackRequest.id, { onDelete: 'cascade' }),
	keepUntil: date('keep_until', { mode: 'string' }).notNull()
});

/** The worker's own notes on a batch or a quote. Private to the worker. */
export const reflection = pgTable(
	'reflection',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		batchId: uuid('batch_id').references(() => feedbackBatch.id, { onDelete: 'cascade' }),
		responseId: uuid('response_id').references(() => feedbackResponse.id, { onDelete: 'set null' }),
		/** 'good' | 'better' | 'followUp' when the note is about a quote. */
		quoteField: text('quote_field'),
		text: text('text').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('reflection_worker_idx').on(t.workerUserId)]
);

/** The worker's own view of themselves on the same dimensions, once per quarter. */
export const selfRating = pgTable(
	'self_rating',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** e.g. "2026-Q4" */
		quarter: text('quarter').notNull(),
		scores: jsonb('scores').$type<Record<string, number | null>>().notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('self_rating_worker_quarter_uq').on(t.organisationId, t.workerUserId, t.quarter)]
);

/**
 * The last day the worker opened their mirror, so the home page can say how many groups of reactions
 * came since. Whole days only, like every other date here; it says nothing about any resident.
 */
export const feedbackMirrorSeen = pgTable(
	'feedback_mirror_seen',
	{
		workerUserId: text('worker_user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		seenOn: date('seen_on', { mode: 'string' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.workerUserId, t.organisationId] })]
);
