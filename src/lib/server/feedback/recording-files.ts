import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedbackMedia } from '../db/schema';
import { logger } from '../logger';

/** Only names this module made are ever opened: a name from the database cannot point elsewhere. */
const NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

/** A file written this recently may still be waiting for its row (the answer is being stored). */
const SWEEP_GRACE_MS = 60 * 60 * 1000;

/**
 * Recordings as files in a folder beside the embedded database (ADR 0009). PGlite runs in the app's
 * own thread: 20 MB of bytea through it held up every other request for seconds (issue 12, finding 9).
 * Files are written and read with the operating system's asynchronous I/O instead. Not a use case.
 */
export class RecordingFiles {
	constructor(readonly dir: string) {}

	/** Writes the bytes under a new random name (first to a temporary name, so a crash leaves no half file). */
	async save(bytes: Uint8Array): Promise<string> {
		await fs.promises.mkdir(this.dir, { recursive: true, mode: 0o700 });
		const name = randomUUID();
		const temporary = path.join(this.dir, `${name}.tmp`);
		await fs.promises.writeFile(temporary, bytes, { mode: 0o600 });
		await fs.promises.rename(temporary, this.path(name));
		return name;
	}

	/** The file as a stream, with its size; null when it is gone. */
	async open(name: string): Promise<{ size: number; body: ReadableStream<Uint8Array> } | null> {
		try {
			const handle = await fs.promises.open(this.path(name), 'r');
			const { size } = await handle.stat();
			const stream = handle.createReadStream();
			return { size, body: Readable.toWeb(stream) as ReadableStream<Uint8Array> };
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw e;
		}
	}

	async read(name: string): Promise<Buffer | null> {
		try {
			return await fs.promises.readFile(this.path(name));
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw e;
		}
	}

	async remove(name: string): Promise<void> {
		await fs.promises.rm(this.path(name), { force: true });
	}

	/**
	 * Removes every file that no recording row names any more: a response deleted by retention, by an
	 * erase or with its request or organisation (the row goes by cascade, whatever deleted it), and a
	 * file whose answer was refused after it was written. Returns how many files went.
	 */
	async sweep(db: Db, now = Date.now()): Promise<number> {
		let entries: string[];
		try {
			entries = await fs.promises.readdir(this.dir);
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
			throw e;
		}
		const rows = await db
			.select({ fileName: feedbackMedia.fileName })
			.from(feedbackMedia)
			.where(isNotNull(feedbackMedia.fileName));
		const kept = new Set(rows.map((r) => r.fileName));
		let removed = 0;
		for (const entry of entries) {
			const name = entry.replace(/\.tmp$/u, '');
			if (!NAME.test(name) || (kept.has(name) && entry === name)) continue;
			const file = path.join(this.dir, entry);
			const stat = await fs.promises.stat(file).catch(() => null);
			if (!stat || now - stat.mtimeMs < SWEEP_GRACE_MS) continue;
			await fs.promises.rm(file, { force: true });
			removed++;
		}
		if (removed > 0) logger.info({ removed }, 'recording files removed');
		return removed;
	}

	/**
	 * Copies a file to a new random name (reordering.ts: a finished day's recordings, written again
	 * in random order). Read and written, not copyFile: that may share the old blocks (a reflink)
	 * instead of writing new ones. Returns the new name.
	 */
	async copy(name: string): Promise<string> {
		const next = randomUUID();
		const temporary = path.join(this.dir, `${next}.tmp`);
		await pipeline(fs.createReadStream(this.path(name)), fs.createWriteStream(temporary, { mode: 0o600 }));
		await fs.promises.rename(temporary, this.path(next));
		return next;
	}

	/** Sets a file's access and modification time (reordering.ts: its day, nothing finer). */
	async setTime(name: string, time: Date): Promise<void> {
		await fs.promises.utimes(this.path(name), time, time);
	}

	/** The file's path (for a stat); throws for a name this module did not make. */
	pathOf(name: string): string {
		return this.path(name);
	}

	private path(name: string): string {
		if (!NAME.test(name)) throw new Error('Onbekende naam van een opname.');
		return path.join(this.dir, name);
	}
}
