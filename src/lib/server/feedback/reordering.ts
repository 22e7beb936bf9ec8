import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import { and, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { feedbackFollowUp, feedbackMedia, feedbackResponse, reflection, user } from '../db/schema';
import { logger } from '../logger';
import { todayInNL } from '../dates';
import type { RecordingFiles } from './recording-files';

/**
 * Arrival order in the table files (issue 12, finding 14). A database writes new rows one after the
 * other, so a `pg_dump`, a copy of the data directory or `SELECT` without ORDER BY lists residents'
 * answers in the order they came in. Once a day is over, its answers that are still waiting for a
 * batch are written again, in random order, and the old copies are vacuumed away. Release
 * (release-batches.ts) does this first and only puts rewritten rows in a batch, so no batch is ever
 * cut from rows in arrival order; the hourly job (retention.ts) does it within an hour after midnight,
 * whether or not the worker ever looks. What this does not cover: SECURITY.md, "What a raw database
 * dump shows".
 */

export interface ReorderResult {
	responses: number;
	media: number;
	followUps: number;
	/** Recording files given a new name and a day-only modification time (PGlite). */
	files: number;
}

const NONE: ReorderResult = { responses: 0, media: 0, followUps: 0, files: 0 };

/**
 * Rewrites one worker's waiting rows of days before `today` that were not rewritten yet: responses
 * (with their recordings' rows) and follow-up answers, each table in its own random order, with the
 * same ids. Must run inside a transaction that holds the worker's release lock (`lockWorker`), so a
 * release, another rewrite and this one never overlap; a resident's submit takes no such lock and
 * needs none: it only adds today's rows, and a row of yesterday that commits a moment after midnight
 * is simply left for the next run (it is not reordered, so no batch takes it before then).
 *
 * Responses with a note of the worker on them are released and are never touched (a note would go
 * with its response by cascade).
 */
export async function reorderWorkerDays(tx: Db, workerUserId: string, today: string): Promise<ReorderResult> {
	const waitingResponse = sql`r.worker_user_id = ${workerUserId} and r.batch_id is null and not r.reordered
		and r.submitted_on < ${today}::date`;
	const waitingFollowUp = sql`f.worker_user_id = ${workerUserId} and f.batch_id is null and not f.reordered
		and f.submitted_on < ${today}::date`;
	// Usually nothing (the hourly job ran): then no temporary tables at all.
	const [work] = rowsOf<{ responses: boolean; followUps: boolean }>(
		await tx.execute(sql`
			select exists (select 1 from ${feedbackResponse} r where ${waitingResponse}) as "responses",
				exists (select 1 from ${feedbackFollowUp} f where ${waitingFollowUp}) as "followUps"
		`)
	);
	let responses = 0;
	let media = 0;
	let followUps = 0;
	if (work.responses) {
		// Lock the rows first: no concurrent change or delete of them, and no recording can be added to
		// one (its foreign key check waits), between the copy and the delete below.
		await tx.execute(sql`create temp table vs_reorder_ids (id uuid primary key) on commit drop`);
		responses = rowsOf(
			await tx.execute(sql`
				with locked as (
					select r.id from ${feedbackResponse} r
					where ${waitingResponse}
						and not exists (select 1 from ${reflection} n where n.response_id = r.id)
					for update of r
				)
				insert into vs_reorder_ids select id from locked returning id
			`)
		).length;
		await tx.execute(sql`
			create temp table vs_reorder_media on commit drop as
			select * from ${feedbackMedia} where response_id in (select id from vs_reorder_ids)
		`);
		await tx.execute(sql`
			create temp table vs_reorder_response on commit drop as
			select * from ${feedbackResponse} where id in (select id from vs_reorder_ids)
		`);
		// The recordings' rows go with their response (on delete cascade) and come back after it.
		await tx.execute(sql`delete from ${feedbackResponse} where id in (select id from vs_reorder_ids)`);
		await tx.execute(sql`update vs_reorder_response set reordered = true`);
		await tx.execute(sql`insert into ${feedbackResponse} select * from vs_reorder_response order by random()`);
		media = rowsOf(
			await tx.execute(
				sql`insert into ${feedbackMedia} select * from vs_reorder_media order by random() returning response_id`
			)
		).length;
	}
	if (work.followUps) {
		// Nothing points at a follow-up answer: taken out and put back in one go.
		await tx.execute(
			sql`create temp table vs_reorder_follow_up on commit drop as select * from ${feedbackFollowUp} limit 0`
		);
		followUps = rowsOf(
			await tx.execute(sql`
				with gone as (
					delete from ${feedbackFollowUp} f where f.id in (
						select f.id from ${feedbackFollowUp} f where ${waitingFollowUp} for update of f
					) returning f.*
				)
				insert into vs_reorder_follow_up select * from gone returning id
			`)
		).length;
		await tx.execute(sql`update vs_reorder_follow_up set reordered = true`);
		await tx.execute(sql`insert into ${feedbackFollowUp} select * from vs_reorder_follow_up order by random()`);
	}
	return { responses, media, followUps, files: 0 };
}

/** The same lock a release takes: the worker's user row. */
export async function lockWorker(tx: Db, workerUserId: string): Promise<void> {
	await tx.select({ id: user.id }).from(user).where(eq(user.id, workerUserId)).for('update');
}

/** Above this size the recordings' table (bytea on PostgreSQL) gets a plain vacuum, not a full one. */
const FULL_VACUUM_MEDIA_BYTES = 64 * 1024 * 1024;

/**
 * Vacuums the three tables outside any transaction, so the old copies in arrival order leave them
 * (PGlite has no autovacuum). A plain VACUUM only marks their space free: their bytes stay in the
 * table's pages until new rows overwrite them, readable in a copy of the data files. VACUUM FULL
 * writes the table (and its indexes and TOAST) to new files with only the live rows, in their new
 * order, and removes the old files. It locks the table while it runs: short for responses and
 * follow-ups (text), and for the recordings' rows on PGlite (file names); on PostgreSQL, where the
 * recordings' bytes are in the table, only while that table is under FULL_VACUUM_MEDIA_BYTES.
 * A PostgreSQL transaction that is older than the rewrite keeps the old copies until a later vacuum.
 */
export async function vacuumResidentTables(db: Db): Promise<void> {
	await db.execute(sql`vacuum full ${feedbackResponse}, ${feedbackFollowUp}`);
	const [{ size }] = rowsOf<{ size: string | number }>(
		await db.execute(sql`select pg_total_relation_size('feedback_media') as size`)
	);
	if (Number(size) < FULL_VACUUM_MEDIA_BYTES) await db.execute(sql`vacuum full ${feedbackMedia}`);
	else await db.execute(sql`vacuum ${feedbackMedia}`);
}

/** A day as a file time: midnight UTC of that date, so the file tells its day and nothing finer. */
export const dayTime = (day: string): Date => new Date(`${day}T00:00:00Z`);

/**
 * The hourly job (retention.ts): every worker's waiting rows of finished days, rewritten in random
 * order, one worker per transaction under the release lock; then a vacuum when anything moved. On
 * PGlite, recording files of past days also get a new random name, written in random order (so
 * their inode numbers and creation times follow no arrival order either) with the day as their
 * modification time. Safe to run at any time and as often as wanted, from several app instances at
 * once.
 */
export async function reorderFinishedDays(
	db: Db,
	{ now = new Date(), recordings = null }: { now?: Date; recordings?: RecordingFiles | null } = {}
): Promise<ReorderResult> {
	const today = todayInNL(now);
	const total = { ...NONE };
	const waiting = await db
		.selectDistinct({ worker: feedbackResponse.workerUserId })
		.from(feedbackResponse)
		.where(
			and(
				isNull(feedbackResponse.batchId),
				eq(feedbackResponse.reordered, false),
				lt(feedbackResponse.submittedOn, today)
			)
		)
		.union(
			db
				.selectDistinct({ worker: feedbackFollowUp.workerUserId })
				.from(feedbackFollowUp)
				.where(
					and(
						isNull(feedbackFollowUp.batchId),
						eq(feedbackFollowUp.reordered, false),
						lt(feedbackFollowUp.submittedOn, today)
					)
				)
		);
	for (const { worker } of waiting) {
		const moved = await db.transaction(async (tx) => {
			await lockWorker(tx as unknown as Db, worker);
			return reorderWorkerDays(tx as unknown as Db, worker, today);
		});
		total.responses += moved.responses;
		total.media += moved.media;
		total.followUps += moved.followUps;
	}
	if (recordings) total.files = await settleRecordingFiles(db, recordings, today);
	if (total.responses + total.followUps + total.files > 0) {
		await vacuumResidentTables(db);
		logger.info(total, 'finished days rewritten in random order');
	}
	return total;
}

/**
 * Recording files (PGlite, ADR 0009) of days before `today` whose modification time is not yet their
 * day: copied, in random order, to a new random name; the rows name the copies (per worker under the
 * release lock, and only where a row still names the old file); then each copy gets its day as
 * modification time and the old file goes. A file's inode number, creation and change time then say
 * only when this ran. The copying happens outside any transaction: the embedded database is not held
 * up while megabytes are written (issue 12, finding 9). Until the rows name them, the copies have a
 * fresh modification time, so the sweep leaves them alone; a run that stops half way leaves files that
 * the next run or the sweep takes care of. Returns the number of files.
 */
async function settleRecordingFiles(db: Db, recordings: RecordingFiles, today: string): Promise<number> {
	const rows = await db
		.select({
			responseId: feedbackMedia.responseId,
			fileName: feedbackMedia.fileName,
			day: feedbackResponse.submittedOn,
			worker: feedbackResponse.workerUserId
		})
		.from(feedbackMedia)
		.innerJoin(feedbackResponse, eq(feedbackResponse.id, feedbackMedia.responseId))
		.where(and(isNotNull(feedbackMedia.fileName), lt(feedbackResponse.submittedOn, today)));
	const byWorker = new Map<string, { responseId: string; fileName: string; day: string }[]>();
	for (const r of rows) {
		const stat = await fs.promises.stat(recordings.pathOf(r.fileName!)).catch(() => null);
		if (!stat || stat.mtimeMs === dayTime(r.day).getTime()) continue;
		byWorker.set(r.worker, [...(byWorker.get(r.worker) ?? []), { ...r, fileName: r.fileName! }]);
	}
	let settled = 0;
	for (const [worker, todo] of byWorker) {
		shuffleInPlace(todo);
		const copies: { responseId: string; from: string; to: string; day: string }[] = [];
		for (const r of todo) {
			const to = await recordings.copy(r.fileName).catch(() => null);
			if (to) copies.push({ responseId: r.responseId, from: r.fileName, to, day: r.day });
		}
		let named: typeof copies = [];
		try {
			named = await db.transaction(async (tx) => {
				const q = tx as unknown as Db;
				await lockWorker(q, worker);
				const done: typeof copies = [];
				for (const c of copies) {
					const updated = await q
						.update(feedbackMedia)
						.set({ fileName: c.to })
						.where(and(eq(feedbackMedia.responseId, c.responseId), eq(feedbackMedia.fileName, c.from)))
						.returning({ responseId: feedbackMedia.responseId });
					if (updated.length > 0) done.push(c);
				}
				return done;
			});
		} finally {
			for (const c of copies) if (!named.includes(c)) await recordings.remove(c.to);
		}
		for (const c of named) {
			await recordings.setTime(c.to, dayTime(c.day));
			await recordings.remove(c.from);
		}
		settled += named.length;
	}
	return settled;
}

function shuffleInPlace<T>(items: T[]): void {
	for (let i = items.length - 1; i > 0; i--) {
		const j = randomInt(i + 1);
		[items[i], items[j]] = [items[j], items[i]];
	}
}

/** For release-batches.ts: only rows that were rewritten go into a batch. */
export const reorderedResponse = eq(feedbackResponse.reordered, true);
export const reorderedFollowUp = eq(feedbackFollowUp.reordered, true);
