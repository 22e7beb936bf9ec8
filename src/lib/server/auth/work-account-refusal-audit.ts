import { systemActor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { logger } from '../logger';
import { RateLimiter } from '../rate-limit';
import type { WorkAccountRefusal } from './work-account';

/** At most this many refusal entries per minute per app instance (more are counted, not written). */
const REFUSAL_ENTRIES_PER_MINUTE = 20;

/**
 * The audit log of refused work-account sign-ins. The redirect URI is open to anyone, so anyone can
 * make refusals: without a cap a script could fill the audit log (and the disk) with them. Within the
 * cap every refusal is one entry; above it the refusals are counted, and the next entry that is
 * written says how many were left out, so the log still shows that it happened and how often.
 */
export class RefusalAudit {
	readonly #limiter: RateLimiter;
	#leftOut = 0;

	constructor(options: { limit?: number; windowMs?: number; now?: () => number } = {}) {
		this.#limiter = new RateLimiter({
			limit: options.limit ?? REFUSAL_ENTRIES_PER_MINUTE,
			windowMs: options.windowMs ?? 60_000,
			now: options.now
		});
	}

	async write(db: Db, reason: WorkAccountRefusal): Promise<void> {
		if (!this.#limiter.hit('refused').allowed) {
			this.#leftOut += 1;
			// Once per burst: the log must not fill up in the audit log's place.
			if (this.#leftOut === 1) logger.warn({ reason }, 'work account refusals above the audit cap');
			return;
		}
		const leftOut = this.#leftOut;
		this.#leftOut = 0;
		await writeAudit(db, systemActor('werkaccount'), {
			organisationId: null,
			action: 'werkaccount.refused',
			subjectType: 'werkaccount',
			details: leftOut > 0 ? { reason, notWrittenBefore: leftOut } : { reason }
		});
	}
}

/** The one per app instance. */
export const workAccountRefusalAudit = new RefusalAudit();
