import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import { exportData } from '../db/dump';
import { feedbackMedia, feedbackRequest, feedbackResponse } from '../db/schema';
import { createFeedbackRequest } from './create-feedback-request';
import { getFeedbackForm } from './get-feedback-form';
import { getFeedbackMedia } from './get-feedback-media';
import { getMirror } from './get-mirror';
import { RecordingFiles } from './recording-files';
import { submitFeedbackResponse } from './submit-feedback-response';
import type { ResponseInput } from './response-input';

// Issue 12, finding 9: on the embedded database recordings are files beside it, not bytea through it.

const SECRET = 'test-secret';
const HOUR = 3600_000;
let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let dir: string;
let recordings: RecordingFiles;

const ogg = (n: number) => Buffer.concat([Buffer.from('OggS\0\x02'), Buffer.alloc(26), Buffer.alloc(n, n % 251)]);

const answers = (media: ResponseInput['media']): ResponseInput => ({
	raterType: 'resident',
	scores: { time: 4 },
	good: 'Ze nam echt de tijd voor mij.',
	better: '',
	contactName: null,
	contact: null,
	media
});

async function answer(token: string, media: ResponseInput['media'] = null, formToken?: string) {
	const form = formToken ?? (await getFeedbackForm(token, db, SECRET)).formToken;
	return submitFeedbackResponse(
		token,
		db,
		{ ...answers(media), language: 'nl', formToken: form },
		{ secret: SECRET, recordings }
	);
}

async function bodyOf(media: { body: ReadableStream<Uint8Array> | Uint8Array }): Promise<Buffer> {
	if (media.body instanceof Uint8Array) return Buffer.from(media.body);
	return Buffer.from(await new Response(media.body).arrayBuffer());
}

const filesIn = () => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vs-recordings-'));
	recordings = new RecordingFiles(dir);
});
afterAll(async () => {
	await tdb?.cleanup();
	fs.rmSync(dir, { recursive: true, force: true });
});

describe('recordings as files', () => {
	let requestId: string;
	let recording: Buffer;

	it('stores the bytes in a file and only its name in the database; the worker plays it back', async () => {
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: '',
			firstName: 'Sanne',
			address: 'je'
		});
		requestId = req.id;
		recording = ogg(300_000);
		await answer(req.token, { mimeType: 'audio/ogg', bytes: recording });
		await answer(req.token);
		await answer(req.token);

		const [row] = await db.select().from(feedbackMedia);
		expect(row.bytes).toBeNull();
		expect(row.fileName).toMatch(/^[0-9a-f-]{36}$/u);
		expect(filesIn()).toEqual([row.fileName]);
		expect(fs.readFileSync(path.join(dir, row.fileName!)).equals(recording)).toBe(true);

		// Batches form from whole finished days: the worker looks tomorrow.
		await getMirror(a.worker, db, a.organisationId, { now: new Date(Date.now() + 24 * 3600_000) });
		const media = await getFeedbackMedia(a.worker, db, a.organisationId, row.responseId, recordings);
		expect(media.mimeType).toBe('audio/ogg');
		expect(media.size).toBe(recording.length);
		expect((await bodyOf(media)).equals(recording)).toBe(true);
	});

	it('leaves no file behind when the answer is refused', async () => {
		const before = filesIn();
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: '',
			firstName: 'Sanne',
			address: 'je'
		});
		const form = await getFeedbackForm(req.token, db, SECRET);
		await answer(req.token, null, form.formToken);
		// The same form again: its one-time token is used.
		await expect(answer(req.token, { mimeType: 'audio/ogg', bytes: ogg(1000) }, form.formToken)).rejects.toMatchObject({
			reason: 'expired'
		});
		expect(filesIn()).toEqual(before);
	});

	it('puts the bytes in the export, so a backup loads into either engine', async () => {
		const dump = await exportData(db, 'test', (name) => recordings.read(name));
		const [row] = dump.tables.feedback_media;
		expect(row.file_name).toBeNull();
		expect(Buffer.from((row.bytes as { $bytes: string }).$bytes, 'base64').equals(recording)).toBe(true);
	});

	it('removes the file once its response is gone, and keeps the others and fresh ones', async () => {
		const [row] = await db.select().from(feedbackMedia);
		const fresh = await recordings.save(ogg(10));
		// A second recording that stays.
		const req = await createFeedbackRequest(a.worker, db, a.organisationId, {
			label: '',
			firstName: 'Sanne',
			address: 'je'
		});
		await answer(req.token, { mimeType: 'audio/ogg', bytes: ogg(20) });
		const kept = (await db.select().from(feedbackMedia)).find((r) => r.responseId !== row.responseId)!;

		// Deleting the request deletes its responses and, by cascade, the recording's row.
		await db.delete(feedbackRequest).where(eq(feedbackRequest.id, requestId));
		expect(await db.select().from(feedbackResponse).where(eq(feedbackResponse.id, row.responseId))).toEqual([]);

		expect(await recordings.sweep(db)).toBe(0);
		expect(filesIn()).toContain(row.fileName);
		expect(await recordings.sweep(db, Date.now() + 2 * HOUR)).toBe(2);
		expect(filesIn()).toEqual([kept.fileName]);
		expect(filesIn()).not.toContain(fresh);
	});
});
