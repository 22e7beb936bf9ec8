import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite has no cross-process lock, and its `postmaster.pid` is not one: a second process on the same
 * directory silently loses or corrupts writes (STACK.md trap 1). We hold our own lock file, created
 * with O_EXCL, holding the owner's pid. A lock left by a process that no longer runs is taken over.
 */
export class DataDirLockedError extends Error {
	constructor(
		readonly dataDir: string,
		readonly pid: number
	) {
		super(
			`De database in ${dataDir} is al in gebruik door een ander proces (pid ${pid}). ` +
				`Stop dat proces eerst (bijvoorbeeld de draaiende server) en probeer het opnieuw. ` +
				`The embedded database in ${dataDir} is in use by process ${pid}.`
		);
		this.name = 'DataDirLockedError';
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

const heldHere = new Set<string>();

export function acquireDataDirLock(dataDir: string): () => void {
	fs.mkdirSync(dataDir, { recursive: true });
	if (heldHere.has(dataDir)) throw new DataDirLockedError(dataDir, process.pid);
	const lockPath = path.join(dataDir, 'vakspiegel.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = fs.openSync(lockPath, 'wx');
			fs.writeSync(fd, String(process.pid));
			fs.closeSync(fd);
			heldHere.add(dataDir);
			let released = false;
			const release = () => {
				if (released) return;
				released = true;
				heldHere.delete(dataDir);
				try {
					if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
				} catch {
					/* already gone */
				}
			};
			process.once('exit', release);
			return release;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const pid = Number(fs.readFileSync(lockPath, 'utf8').trim());
			if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
				throw new DataDirLockedError(dataDir, pid);
			}
			// Stale lock from a crashed process (in a container the new process may even have the same
			// pid; `heldHere` tells us whether we hold it ourselves): remove it and try once more.
			fs.rmSync(lockPath, { force: true });
		}
	}
	throw new Error(`Kan de database in ${dataDir} niet vergrendelen.`);
}
