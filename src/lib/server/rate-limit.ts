import { createHmac, randomBytes } from 'node:crypto';
import { isIPv6 } from 'node:net';

/**
 * One small in-memory rate limiter: a fixed window per key, per app instance. With several instances
 * behind a load balancer each counts on its own, so a limit holds per instance (SECURITY.md).
 *
 * Keys are keyed hashes (`sourceKey`): the limiter never holds a client's address in plain text, and
 * nothing here logs one. Memory is bounded: at `maxKeys` expired windows are swept first, then the
 * oldest keys go.
 */
export class RateLimiter {
	readonly #windows = new Map<string, { start: number; count: number }>();
	readonly limit: number;
	readonly windowMs: number;
	readonly #maxKeys: number;
	readonly #now: () => number;

	constructor(options: { limit: number; windowMs: number; maxKeys?: number; now?: () => number }) {
		this.limit = options.limit;
		this.windowMs = options.windowMs;
		this.#maxKeys = options.maxKeys ?? 50_000;
		this.#now = options.now ?? Date.now;
	}

	/** How many hits `key` has in its current window, and when that window ends. */
	peek(key: string): { count: number; retryAfterSeconds: number } {
		const now = this.#now();
		const window = this.#windows.get(key);
		if (!window || now - window.start >= this.windowMs) return { count: 0, retryAfterSeconds: 0 };
		return {
			count: window.count,
			retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000))
		};
	}

	/** Whether one more hit stays within `limit` (default: this limiter's). Does not count it. */
	allows(key: string, limit = this.limit): { allowed: boolean; retryAfterSeconds: number } {
		const { count, retryAfterSeconds } = this.peek(key);
		return { allowed: count < limit, retryAfterSeconds: count < limit ? 0 : retryAfterSeconds };
	}

	/** Counts a hit; `allowed` is false when it goes past the limit (the hit is counted all the same). */
	hit(key: string, limit = this.limit): { allowed: boolean; retryAfterSeconds: number } {
		const now = this.#now();
		let window = this.#windows.get(key);
		if (!window || now - window.start >= this.windowMs) {
			this.#windows.delete(key);
			this.#makeRoom(now);
			window = { start: now, count: 0 };
			this.#windows.set(key, window);
		}
		window.count += 1;
		const allowed = window.count <= limit;
		return {
			allowed,
			retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000))
		};
	}

	get size(): number {
		return this.#windows.size;
	}

	#makeRoom(now: number): void {
		if (this.#windows.size < this.#maxKeys) return;
		for (const [key, window] of this.#windows) {
			if (now - window.start >= this.windowMs) this.#windows.delete(key);
		}
		// Map keeps insertion order: the first keys are the oldest windows.
		for (const key of this.#windows.keys()) {
			if (this.#windows.size < this.#maxKeys) break;
			this.#windows.delete(key);
		}
	}
}

/** Per process: keys cannot be reversed to an address by brute force over the IPv4 space. */
const HASH_KEY = randomBytes(32);

/**
 * The source of a request as a limiter key: a keyed hash of the client's address, never the address.
 * An IPv6 client counts per /64 (one household or phone gets a whole /64 and could otherwise rotate
 * through it); an IPv4-mapped address counts as its IPv4 address.
 */
export function sourceKey(address: string): string {
	let source = address.trim().toLowerCase();
	if (source.startsWith('::ffff:') && source.includes('.')) source = source.slice(7);
	else if (isIPv6(source)) source = ipv6Prefix64(source);
	return createHmac('sha256', HASH_KEY).update(source).digest('base64url').slice(0, 22);
}

function ipv6Prefix64(address: string): string {
	const [head, tail = ''] = address.split('%')[0].split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const groups = address.includes('::')
		? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
		: left;
	return `${groups
		.slice(0, 4)
		.map((g) => g.replace(/^0+(?=.)/u, ''))
		.join(':')}::/64`;
}

/**
 * The client's address as adapter-node reports it: the socket's peer, or the header named by
 * ADDRESS_HEADER (with XFF_DEPTH) behind a proxy. When that header is missing (a request that did not
 * come through the proxy) adapter-node throws; then the socket's peer is the client.
 */
export function clientAddress(event: {
	getClientAddress(): string;
	platform?: Readonly<App.Platform> | undefined;
}): string {
	try {
		return event.getClientAddress();
	} catch {
		return event.platform?.req?.socket?.remoteAddress ?? 'unknown';
	}
}
