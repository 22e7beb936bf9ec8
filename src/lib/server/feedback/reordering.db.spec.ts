import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, getTableName, is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { createTestDatabase, testEngine, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { rowsOf, type Db } from '../db/client';
import * as schema from '../db/schema';
import { feedbackFollowUp, feedbackMedia, feedbackResponse } from '../db/schema';
import { exportData } from '../db/dump';
import { seedDemo } from '../demo/seed-demo';
import { systemActor } from '../actor';
import { createFeedbackRequest } from './create-feedback-request';
import { getFeedbackForm } from './get-feedback-form';
import { getMirror } from './get-mirror';
import { RecordingFiles } from './recording-files';
import { dayTime, reorderFinishedDays, vacuumResidentTables } from './reordering';
import { submitFeedbackResponse } from './submit-feedback-response';
import { submitFollowUp } from './submit-follow-up';
import type { ResponseInput } from './response-input';

// Issue 12, finding 14 (rest): a database dump must not show in which order residents answered.

const SECRET = 'test-secret';
let tdb: TestDatabase;
let db: Db;

const ogg = (n: number) => Buffer.concat([Buffer.from('OggS\0\x02'), Buffer.alloc(26), Buffer.alloc(n, n % 251)]);
const sha = (b: Buffer | Uint8Array | null) => (b ? createHash('sha256').update(b).digest('hex') : null);
const label = (day: string, i: number) => `antwoord ${day} nummer ${String(i).padStart(2, '0')}`;

/** One resident's answer at `now`: every fourth with a recording, every third thin and top, with a follow-up. */
async function answer(token: string, now: Date, good: string, i: number, recordings: RecordingFiles | null = null) {
	const thin = i % 3 === 0;
	const input: ResponseInput = {
		raterType: 'resident',
		scores: thin ? { time: 5, respect: 5 } : { time: 4, respect: 3 },
		good: thin ? '' : good,
		better: '',
		contactName: null,
		contact: null,
		media: i % 4 === 0 ? { mimeType: 'audio/ogg', bytes: ogg(1000 + i) } : null
	};
	const form = await getFeedbackForm(token, db, SECRET);
	const result = await submitFeedbackResponse(
		token,
		db,
		{ ...input, language: 'nl', formToken: form.formToken },
		{ secret: SECRET, now, recordings }
	);
	if (thin) {
		expect(result.followUpToken).toBeTruthy();
		await submitFollowUp(result.followUpToken!, db, { text: `vervolg ${good}` }, { secret: SECRET, now });
	}
}

async function newWorker(name: string): Promise<{ org: OrgFixture; token: string }> {
	const org = await createOrgFixture(db, name);
	const req = await createFeedbackRequest(org.worker, db, org.organisationId, {
		label: '',
		firstName: 'Sanne',
		address: 'je'
	});
	return { org, token: req.token };
}

/** The rows as they lie in the table files: what `pg_dump` and a plain select without ORDER BY give. */
async function physical(table: 'feedback_response' | 'feedback_follow_up', workerUserId: string) {
	return rowsOf<{ id: string; day: string; text: string; reordered: boolean }>(
		await db.execute(
			table === 'feedback_response'
				? sql`select id, submitted_on::text as day, good as text, reordered from feedback_response
					where worker_user_id = ${workerUserId} order by ctid`
				: sql`select id, submitted_on::text as day, text, reordered from feedback_follow_up
					where worker_user_id = ${workerUserId} order by ctid`
		)
	);
}

async function mediaPhysical(workerUserId: string) {
	return rowsOf<{ response_id: string }>(
		await db.execute(sql`select m.response_id from feedback_media m
			join feedback_response r on r.id = m.response_id
			where r.worker_user_id = ${workerUserId} order by m.ctid`)
	).map((r) => r.response_id);
}

/** Everything a worker's residents left, independent of order: ids, contents and recordings. */
async function contents(workerUserId: string) {
	const responses = await db.select().from(feedbackResponse).where(eq(feedbackResponse.workerUserId, workerUserId));
	const media = await db
		.select({ responseId: feedbackMedia.responseId, mimeType: feedbackMedia.mimeType, bytes: feedbackMedia.bytes })
		.from(feedbackMedia)
		.innerJoin(feedbackResponse, eq(feedbackResponse.id, feedbackMedia.responseId))
		.where(eq(feedbackResponse.workerUserId, workerUserId));
	const followUps = await db.select().from(feedbackFollowUp).where(eq(feedbackFollowUp.workerUserId, workerUserId));
	const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
	return {
		responses: byId(responses.map(({ reordered: _, ...r }) => r)),
		media: media
			.map((m) => ({ responseId: m.responseId, mimeType: m.mimeType, bytes: sha(m.bytes) }))
			.sort((x, y) => x.responseId.localeCompare(y.responseId)),
		followUps: byId(followUps.map(({ reordered: _, ...f }) => f))
	};
}

/**
 * The bytes of a table's main file as they lie on disk: PGlite's data directory (after a checkpoint),
 * or, on PostgreSQL, its pages through pageinspect; null when that extension cannot be installed.
 */
async function tableFile(table: string): Promise<Buffer | null> {
	const client = (db as unknown as { $client: unknown }).$client as {
		dumpDataDir?: (compression: 'none') => Promise<Blob>;
	};
	if (typeof client.dumpDataDir === 'function') {
		await db.execute(sql`checkpoint`);
		const [{ file }] = rowsOf<{ file: string }>(await db.execute(sql`select pg_relation_filepath(${table}) as file`));
		const tar = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
		for (let at = 0; at + 512 <= tar.length;) {
			const field = (from: number, to: number) =>
				tar
					.subarray(at + from, at + to)
					.toString('latin1')
					.replace(/\0.*$/su, '');
			const name = `${field(345, 500)}${field(345, 500) ? '/' : ''}${field(0, 100)}`;
			if (!name) break;
			const size = parseInt(field(124, 136).trim() || '0', 8);
			if (name === file || name.endsWith(`/${file}`)) return tar.subarray(at + 512, at + 512 + size);
			at += 512 + Math.ceil(size / 512) * 512;
		}
		throw new Error(`${file} not in the data directory`);
	}
	try {
		await db.execute(sql`create extension if not exists pageinspect`);
	} catch {
		return null;
	}
	const pages = rowsOf<{ page: Buffer }>(
		await db.execute(sql`select get_raw_page(${table}, b::int) as page
			from generate_series(0, pg_relation_size(${table}) / 8192 - 1) b order by b`)
	);
	return Buffer.concat(pages.map((p) => Buffer.from(p.page)));
}

/** The answers' table files (null where the engine offers no way to read them). */
async function answerFiles(): Promise<{ responses: Buffer; followUps: Buffer } | null> {
	const responses = await tableFile('feedback_response');
	const followUps = await tableFile('feedback_follow_up');
	return responses && followUps ? { responses, followUps } : null;
}

/** Every answer's text is in its table file exactly once. */
function onceEach(files: { responses: Buffer; followUps: Buffer }): boolean {
	return DAYS.every((day) =>
		Array.from({ length: PER_DAY }, (_, i) => label(day, i)).every((text, i) =>
			i % 3 ? occurrences(files.responses, text) === 1 : occurrences(files.followUps, `vervolg ${text}`) === 1
		)
	);
}

const occurrences = (haystack: Buffer, needle: string) => {
	let n = 0;
	for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
	return n;
};

const PER_DAY = 24;
const DAYS = ['2026-11-02', '2026-11-03'];
/** Between 08:00 and 19:30 Dutch time, half an hour apart: the arrival order is the order of i. */
const timeOn = (day: string, i: number) => new Date(`${day}T07:00:00Z`).getTime() + i * 30 * 60_000;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
});
afterAll(() => tdb?.cleanup());

describe('a finished day is rewritten in random order', () => {
	let w: Awaited<ReturnType<typeof newWorker>>;
	let before: Awaited<ReturnType<typeof contents>>;
	let arrival: string[];
	let arrivalFollowUps: string[];

	beforeAll(async () => {
		w = await newWorker('Volgorde');
		for (const day of DAYS) {
			for (let i = 0; i < PER_DAY; i++) await answer(w.token, new Date(timeOn(day, i)), label(day, i), i);
		}
		before = await contents(w.org.worker.userId);
		arrival = (await physical('feedback_response', w.org.worker.userId)).map((r) => r.id);
		arrivalFollowUps = (await physical('feedback_follow_up', w.org.worker.userId)).map((r) => r.id);
	}, 120_000);

	it('before: the table files hold the answers in the order residents gave them (what the fix is against)', async () => {
		const rows = await physical('feedback_response', w.org.worker.userId);
		expect(rows).toHaveLength(PER_DAY * DAYS.length);
		const expected = DAYS.flatMap((day) =>
			Array.from({ length: PER_DAY }, (_, i) => i)
				.filter((i) => i % 3 !== 0)
				.map((i) => label(day, i))
		);
		expect(rows.map((r) => r.text).filter(Boolean)).toEqual(expected);
		expect((await physical('feedback_follow_up', w.org.worker.userId)).map((f) => f.text)).toEqual(
			DAYS.flatMap((day) =>
				Array.from({ length: PER_DAY }, (_, i) => i)
					.filter((i) => i % 3 === 0)
					.map((i) => `vervolg ${label(day, i)}`)
			)
		);
	});

	it('after the day is over: another physical order, within each day and across days; nothing lost', async () => {
		const result = await reorderFinishedDays(db, { now: new Date('2026-11-04T06:00:00Z') });
		expect(result.responses).toBeGreaterThanOrEqual(PER_DAY * DAYS.length);
		expect(result.followUps).toBeGreaterThanOrEqual((PER_DAY / 3) * DAYS.length);

		const rows = await physical('feedback_response', w.org.worker.userId);
		const ids = rows.map((r) => r.id);
		// 48 rows: a random permutation equals the arrival order with probability 1/48!.
		expect(ids).not.toEqual(arrival);
		for (const day of DAYS) {
			const inDay = (list: string[]) => list.filter((id) => rows.find((r) => r.id === id)!.day === day);
			// 24 rows a day: 1/24! that a day keeps its order.
			expect(inDay(ids)).not.toEqual(inDay(arrival));
		}
		// The days are mixed: not all of the first day before all of the second (1 in 3.2·10^13).
		const days = rows.map((r) => r.day);
		expect(days).not.toEqual([...days].sort());
		expect(rows.every((r) => r.reordered)).toBe(true);

		const followUps = (await physical('feedback_follow_up', w.org.worker.userId)).map((f) => f.id);
		// 16 follow-ups: 1/16!.
		expect(followUps).not.toEqual(arrivalFollowUps);
		// Recordings' rows: 12 of them, in an order of their own (1/12! that it is the arrival order).
		const mediaOrder = await mediaPhysical(w.org.worker.userId);
		expect(mediaOrder).toHaveLength(PER_DAY / 2);
		expect(mediaOrder).not.toEqual(arrival.filter((id) => mediaOrder.includes(id)));

		// Same ids, same contents, same recordings, same follow-ups: nothing lost, nothing changed.
		expect(await contents(w.org.worker.userId)).toEqual(before);

		// The old copies in arrival order are gone from the table files, not only marked free: each
		// answer's text is there once (a plain VACUUM leaves the old bytes beside the new copy).
		// On PostgreSQL a snapshot that another connection held while the rewrite's VACUUM FULL ran
		// (under a loaded CI run, e.g. the pool's own background queries) keeps the old copies until the
		// job's next vacuum: the documented limit of vacuumResidentTables. Such a snapshot (an
		// autoanalyze of the fresh rows is one) lasts a moment: one of the job's next few vacuums, a
		// quarter second apart, must clear them; a plain VACUUM never would.
		let files = await answerFiles();
		for (let tries = 0; files && testEngine() === 'postgres' && !onceEach(files) && tries < 20; tries++) {
			await new Promise((resolve) => setTimeout(resolve, 250));
			await vacuumResidentTables(db);
			files = await answerFiles();
		}
		if (files) {
			for (const day of DAYS) {
				for (let i = 0; i < PER_DAY; i++) {
					const text = label(day, i);
					if (i % 3) expect(occurrences(files.responses, text), text).toBe(1);
					else expect(occurrences(files.followUps, `vervolg ${text}`), text).toBe(1);
				}
			}
		}
		const mediaFile = await tableFile('feedback_media');
		if (mediaFile) {
			for (const id of mediaOrder) {
				const uuid = Buffer.from(id.replaceAll('-', ''), 'hex');
				let n = 0;
				for (let at = mediaFile.indexOf(uuid); at >= 0; at = mediaFile.indexOf(uuid, at + 1)) n++;
				expect(n, id).toBe(1);
			}
		}
	});

	it('runs once: a second run moves nothing and keeps the order', async () => {
		const order = (await physical('feedback_response', w.org.worker.userId)).map((r) => r.id);
		const again = await reorderFinishedDays(db, { now: new Date('2026-11-04T07:00:00Z') });
		expect(again).toEqual({ responses: 0, media: 0, followUps: 0, files: 0 });
		expect((await physical('feedback_response', w.org.worker.userId)).map((r) => r.id)).toEqual(order);
	});

	it('leaves today alone, and the release afterwards puts every answer in a batch once', async () => {
		const today = '2026-11-04';
		for (let i = 1; i <= 2; i++) await answer(w.token, new Date(timeOn(today, i)), label(today, i), i);
		const result = await reorderFinishedDays(db, { now: new Date(`${today}T18:00:00Z`) });
		expect(result.responses).toBe(0);
		const rows = await physical('feedback_response', w.org.worker.userId);
		expect(rows.filter((r) => r.day === today).every((r) => !r.reordered)).toBe(true);

		const mirror = await getMirror(w.org.worker, db, w.org.organisationId, {
			now: new Date(`${today}T18:00:00Z`)
		});
		expect(mirror.batches.reduce((n, b) => n + b.size, 0)).toBe(PER_DAY * DAYS.length);
	});
});

describe('the release rewrites first, whether or not the hourly job ran', () => {
	it('a batch is cut only from rewritten rows', async () => {
		const w = await newWorker('Vrijgave');
		const day = '2026-11-09';
		for (let i = 1; i <= 14; i++) if (i % 3) await answer(w.token, new Date(timeOn(day, i)), label(day, i), i);
		const arrival = (await physical('feedback_response', w.org.worker.userId)).map((r) => r.id);
		expect(arrival).toHaveLength(10);

		const mirror = await getMirror(w.org.worker, db, w.org.organisationId, { now: new Date('2026-11-10T08:00:00Z') });
		expect(mirror.batches.map((b) => b.size)).toEqual([10]);
		const rows = await physical('feedback_response', w.org.worker.userId);
		expect(rows.every((r) => r.reordered)).toBe(true);
		// 10 rows: 1/10! (≈ 3·10⁻⁷) that the shuffle gives back the arrival order.
		expect(rows.map((r) => r.id)).not.toEqual(arrival);
		expect(new Set(rows.map((r) => r.id))).toEqual(new Set(arrival));
	});

	it('is safe next to a concurrent release, a second rewrite and residents answering', async () => {
		const w = await newWorker('Tegelijk');
		const day = '2026-11-16';
		for (let i = 1; i <= 8; i++) await answer(w.token, new Date(timeOn(day, i)), label(day, i), i);
		const before = await contents(w.org.worker.userId);
		const now = new Date('2026-11-17T09:00:00Z');
		const forms = await Promise.all([1, 2, 3, 4].map(() => getFeedbackForm(w.token, db, SECRET)));
		await Promise.all([
			reorderFinishedDays(db, { now }),
			getMirror(w.org.worker, db, w.org.organisationId, { now }),
			reorderFinishedDays(db, { now }),
			getMirror(w.org.worker, db, w.org.organisationId, { now }),
			...forms.map((form, i) =>
				submitFeedbackResponse(
					w.token,
					db,
					{
						raterType: 'resident',
						scores: { time: 4 },
						good: `vandaag ${i}`,
						better: '',
						contactName: null,
						contact: null,
						media: null,
						language: 'nl',
						formToken: form.formToken
					},
					{ secret: SECRET, now }
				)
			)
		]);
		const after = await contents(w.org.worker.userId);
		expect(after.responses).toHaveLength(before.responses.length + 4);
		expect(after.media).toEqual(before.media);
		expect(after.followUps.map(({ batchId: _, ...f }) => f)).toEqual(before.followUps.map(({ batchId: _, ...f }) => f));
		const old = new Set(before.responses.map((r) => r.id));
		expect(after.responses.filter((r) => old.has(r.id)).map(({ batchId: _, ...r }) => r)).toEqual(
			before.responses.map(({ batchId: _, ...r }) => r)
		);
		const mirror = await getMirror(w.org.worker, db, w.org.organisationId, { now });
		// One batch of the 16th's 8 answers; today's 4 wait.
		expect(mirror.batches.map((b) => b.size)).toEqual([8]);
		const rows = await physical('feedback_response', w.org.worker.userId);
		expect(rows.filter((r) => r.day === day).every((r) => r.reordered)).toBe(true);
		expect(rows.filter((r) => r.day === '2026-11-17').every((r) => !r.reordered)).toBe(true);
	});
});

describe('recording files (PGlite keeps them beside the database)', () => {
	let dir: string;
	let recordings: RecordingFiles;
	beforeAll(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vs-reorder-'));
		recordings = new RecordingFiles(dir);
	});
	afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('get a new name, written in random order, with only their day as modification time', async () => {
		const w = await newWorker('Opnamen');
		const day = '2026-11-23';
		for (let i = 0; i < 8; i++) {
			await answer(w.token, new Date(timeOn(day, i * 2)), label(day, i), i * 2 + 1, null);
			await answer(w.token, new Date(timeOn(day, i * 2 + 1)), label(day, i), 4 * (i + 1), recordings);
		}
		const rowsBefore = await db
			.select({ responseId: feedbackMedia.responseId, fileName: feedbackMedia.fileName })
			.from(feedbackMedia)
			.where(sql`${feedbackMedia.fileName} is not null`);
		expect(rowsBefore).toHaveLength(8);
		const bytesBefore = new Map(
			rowsBefore.map((r) => [r.responseId, sha(fs.readFileSync(path.join(dir, r.fileName!)))])
		);
		// As written: the modification times tell the order within the day.
		const times = rowsBefore.map((r) => fs.statSync(path.join(dir, r.fileName!)).mtimeMs);
		expect(times.every((t) => t !== dayTime(day).getTime())).toBe(true);

		const result = await reorderFinishedDays(db, { now: new Date('2026-11-24T06:00:00Z'), recordings });
		expect(result.files).toBe(8);
		const rowsAfter = await db
			.select({ responseId: feedbackMedia.responseId, fileName: feedbackMedia.fileName })
			.from(feedbackMedia)
			.where(sql`${feedbackMedia.fileName} is not null`);
		expect(rowsAfter).toHaveLength(8);
		const oldNames = new Set(rowsBefore.map((r) => r.fileName));
		expect(rowsAfter.some((r) => oldNames.has(r.fileName))).toBe(false);
		expect(fs.readdirSync(dir).sort()).toEqual(rowsAfter.map((r) => r.fileName).sort());
		for (const r of rowsAfter) {
			const file = path.join(dir, r.fileName!);
			expect(fs.statSync(file).mtimeMs).toBe(dayTime(day).getTime());
			expect(sha(fs.readFileSync(file))).toBe(bytesBefore.get(r.responseId));
		}
		// Settled files stay as they are.
		expect((await reorderFinishedDays(db, { now: new Date('2026-11-24T07:00:00Z'), recordings })).files).toBe(0);
		// The sweep keeps them all.
		await recordings.sweep(db);
		expect(fs.readdirSync(dir)).toHaveLength(8);
	});
});

describe('vakspiegel export', () => {
	it('lists the rows of every table by their key, never in the order they lie in the table', async () => {
		// The demo has advice sessions with tips, joins and dots too.
		await seedDemo(systemActor('test'), db);
		const dump = await exportData(db, 'test');
		expect(dump.tables.advice_vote.length).toBeGreaterThan(1);
		expect(dump.tables.advice_tip.length).toBeGreaterThan(1);
		const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
		for (const table of tables) {
			const config = getTableConfig(table);
			const primary = [...config.columns.filter((c) => c.primary), ...(config.primaryKeys[0]?.columns ?? [])];
			// Without a primary key (advice_vote): by all columns, the first of which is a random id.
			const keys = (primary.length ? primary : config.columns).map((c) => c.name);
			expect(keys.length).toBeGreaterThan(0);
			// The import inserts in this order: a table that refers to itself would need its parents first.
			expect(config.foreignKeys.map((fk) => getTableName(fk.reference().foreignTable))).not.toContain(
				getTableName(table)
			);
			const rows = dump.tables[getTableName(table)];
			const keyOf = (row: Record<string, unknown>) => JSON.stringify(keys.map((k) => String(row[k])));
			const listed = rows.map(keyOf);
			expect(listed, getTableName(table)).toEqual([...listed].sort());
		}
		expect(dump.tables.feedback_response.length).toBeGreaterThan(1);
	});
});
