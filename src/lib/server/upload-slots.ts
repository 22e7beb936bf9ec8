/**
 * A counting semaphore for residents' answers that carry a recording (a body over 1 MB, up to 25 MB).
 * SvelteKit's `request.formData()` holds the whole body in memory; without a bound, a hundred
 * simultaneous uploads would hold 2.5 GB. A request that finds every slot taken waits before its body
 * is read: Node stops reading the socket, TCP holds the phone back, and its bytes stay on the phone
 * instead of in our memory. Nothing is refused and nothing the resident typed is lost; answers without
 * a recording never wait here (issue 12, finding 9).
 */
export class UploadSlots {
	readonly #size: number;
	#inUse = 0;
	readonly #waiting: Array<() => void> = [];

	constructor(size: number) {
		if (!Number.isInteger(size) || size < 1) throw new RangeError(`upload slots: ${size}`);
		this.#size = size;
	}

	get inUse(): number {
		return this.#inUse;
	}

	get waiting(): number {
		return this.#waiting.length;
	}

	/** Waits for a free slot; the returned function gives it back (once, however often it is called). */
	async acquire(): Promise<() => void> {
		if (this.#inUse < this.#size) {
			this.#inUse++;
		} else {
			// The slot is handed over by release(): #inUse stays the same.
			await new Promise<void>((resolve) => this.#waiting.push(resolve));
		}
		let released = false;
		return () => {
			if (released) return;
			released = true;
			const next = this.#waiting.shift();
			if (next) next();
			else this.#inUse--;
		};
	}

	/** Runs `work` while holding a slot. */
	async run<T>(work: () => Promise<T>): Promise<T> {
		const release = await this.acquire();
		try {
			return await work();
		} finally {
			release();
		}
	}
}

/** Slots per app instance: VAKSPIEGEL_UPLOAD_SLOTS, default 4 (at most 4 × 25 MB bodies in memory). */
export function uploadSlotCount(env: NodeJS.ProcessEnv = process.env): number {
	const n = Number(env.VAKSPIEGEL_UPLOAD_SLOTS);
	return Number.isInteger(n) && n >= 1 ? n : 4;
}
