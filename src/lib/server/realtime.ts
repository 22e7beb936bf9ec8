import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Db } from './db/client';
import { logger } from './logger';

/**
 * Live updates (ADR 0004): capabilities publish small events on a channel ("advice:<id>"); every app
 * instance receives them through PostgreSQL LISTEN/NOTIFY (in-process on PGlite) and passes them to
 * its open Server-Sent Events streams. Nothing here knows about advice sessions or connections'
 * rights: the routes project each event for their audience.
 *
 * Event ids come from one database sequence, so all instances share them and a browser that
 * reconnects to another instance can resume with Last-Event-ID from that instance's recent events.
 * Events that only say "this changed, look again" (e.g. votes, thousands per second) are coalesced:
 * each instance asks its `refresher` once per window and sends the result to its subscribers.
 */

const PG_CHANNEL = 'vakspiegel_live';
/** Recent events kept per channel for resuming; a longer gap gets a fresh snapshot instead. */
const KEEP_PER_CHANNEL = 2000;
/** Channels whose recent events are kept (the most recently active ones). */
const KEEP_CHANNELS = 500;
const COALESCE_MS = 200;
/** NOTIFY payloads are limited to 8000 bytes; larger data is not sent, only the fact of a change. */
const MAX_DATA_CHARS = 7000;

export interface LiveEvent {
	/** Sequence number as text; absent for coalesced events (their content is current state). */
	id?: string;
	channel: string;
	type: string;
	data: unknown;
}

type Listener = (event: LiveEvent) => void;
type Refresher = (channel: string) => Promise<unknown>;

/**
 * The notification for an event, as an SQL expression to select (alone, or in the statement that
 * makes the change, which saves a round trip; it is sent when that statement's transaction commits).
 * `data` is SQL that yields json, e.g. built from the rows the statement inserted.
 */
export function eventNotice(channel: string, type: string, data: SQL): SQL {
	return sql`pg_notify(${PG_CHANNEL}, json_build_object('i', nextval('live_event_seq')::text, 'c', ${channel}::text, 't', ${type}::text, 'd', ${data})::text)`;
}

/** The notification for a "look again" event that instances coalesce (no id, no replay). */
function changeNotice(channel: string, type: string): SQL {
	return sql`pg_notify(${PG_CHANNEL}, json_build_object('c', ${channel}::text, 't', ${type}::text)::text)`;
}

/** Publishes an event to every instance. Call it after the change is committed. */
export async function publish(db: Db, channel: string, type: string, data: unknown = null): Promise<void> {
	let json = JSON.stringify(data ?? null);
	if (json.length > MAX_DATA_CHARS) json = 'null';
	await db.execute(sql`select ${eventNotice(channel, type, sql`${json}::jsonb`)}`);
}

/** Publishes a "look again" event that instances coalesce. */
async function publishChange(db: Db, channel: string, type: string): Promise<void> {
	await db.execute(sql`select ${changeNotice(channel, type)}`);
}

/** Open throttle windows per database and channel+type: whether another change came in the window. */
const throttled = new WeakMap<Db, Map<string, { again: boolean; timer?: ReturnType<typeof setTimeout> }>>();

/**
 * Ends the open throttle windows of a database without their trailing event: called before the
 * database closes (LiveHub.close, the tests' cleanup), so a window cannot publish on a closed pool.
 */
export function stopThrottledChanges(db: Db): void {
	for (const window of throttled.get(db)?.values() ?? []) clearTimeout(window.timer);
	throttled.delete(db);
}

/**
 * Publishes a "look again" event at most once per COALESCE_MS per channel and type from this
 * instance: the first change at once, the changes during the window together at its end. A thousand
 * votes a second thus cost a handful of notifications, not a thousand (a NOTIFY serialises commits).
 */
export async function publishChangeThrottled(db: Db, channel: string, type: string): Promise<void> {
	let windows = throttled.get(db);
	if (!windows) throttled.set(db, (windows = new Map()));
	const key = `${type}\u0000${channel}`;
	const open = windows.get(key);
	if (open) {
		open.again = true;
		return;
	}
	const window: { again: boolean; timer?: ReturnType<typeof setTimeout> } = { again: false };
	windows.set(key, window);
	const close = () => {
		if (!window.again) {
			windows.delete(key);
			return;
		}
		window.again = false;
		publishChange(db, channel, type).catch((e: unknown) =>
			logger.warn({ err: String(e), type }, 'live: publishing a change failed')
		);
		window.timer = setTimeout(close, COALESCE_MS).unref();
	};
	window.timer = setTimeout(close, COALESCE_MS).unref();
	await publishChange(db, channel, type);
}

export class LiveHub {
	private readonly listeners = new Map<string, Set<Listener>>();
	private readonly recent = new Map<string, LiveEvent[]>();
	private readonly refreshers = new Map<string, Refresher>();
	private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
	private stop: (() => Promise<void>) | null = null;
	private starting: Promise<void> | null = null;

	constructor(private readonly database: Database) {}

	/** Starts listening (once); called lazily by the first subscriber. */
	start(): Promise<void> {
		this.starting ??= this.database
			.listen(PG_CHANNEL, (payload) => this.receive(payload))
			.then((unlisten) => {
				this.stop = unlisten;
			});
		return this.starting;
	}

	async close(): Promise<void> {
		for (const timer of this.pending.values()) clearTimeout(timer);
		this.pending.clear();
		stopThrottledChanges(this.database.db);
		await this.stop?.();
	}

	/** For coalesced event types: how an instance loads the current data once per window. */
	setRefresher(type: string, refresher: Refresher): void {
		this.refreshers.set(type, refresher);
	}

	/**
	 * Subscribes to a channel. When `lastEventId` is one of the recent events, `replay` holds what came
	 * after it; otherwise it is null and the caller sends the current state instead.
	 */
	subscribe(
		channel: string,
		lastEventId: string | null,
		listener: Listener
	): { replay: LiveEvent[] | null; unsubscribe: () => void } {
		let set = this.listeners.get(channel);
		if (!set) this.listeners.set(channel, (set = new Set()));
		set.add(listener);
		const recent = this.recent.get(channel) ?? [];
		let replay: LiveEvent[] | null = null;
		if (lastEventId) {
			const at = recent.findIndex((e) => e.id === lastEventId);
			if (at >= 0) replay = recent.slice(at + 1);
		}
		return {
			replay,
			unsubscribe: () => {
				set.delete(listener);
				if (set.size === 0) this.listeners.delete(channel);
			}
		};
	}

	/** The id of the newest event seen on a channel, to label a snapshot with. */
	lastId(channel: string): string | undefined {
		return this.recent.get(channel)?.at(-1)?.id;
	}

	connections(): number {
		let n = 0;
		for (const set of this.listeners.values()) n += set.size;
		return n;
	}

	private receive(payload: string): void {
		let parsed: { i?: string; c: string; t: string; d?: unknown };
		try {
			parsed = JSON.parse(payload);
		} catch {
			logger.warn('live: unreadable notification');
			return;
		}
		const event: LiveEvent = { id: parsed.i, channel: parsed.c, type: parsed.t, data: parsed.d ?? null };
		if (!event.id) {
			this.coalesce(event.channel, event.type);
			return;
		}
		let recent = this.recent.get(event.channel);
		if (recent) this.recent.delete(event.channel);
		// Most recently active channels last; the least recently active ones are forgotten.
		this.recent.set(event.channel, (recent ??= []));
		if (this.recent.size > KEEP_CHANNELS) this.recent.delete(this.recent.keys().next().value as string);
		recent.push(event);
		if (recent.length > KEEP_PER_CHANNEL) recent.splice(0, recent.length - KEEP_PER_CHANNEL);
		this.dispatch(event);
	}

	private coalesce(channel: string, type: string): void {
		const key = `${type}\u0000${channel}`;
		if (this.pending.has(key) || !this.listeners.has(channel)) return;
		const refresher = this.refreshers.get(type);
		if (!refresher) return;
		this.pending.set(
			key,
			setTimeout(() => {
				this.pending.delete(key);
				if (!this.listeners.has(channel)) return;
				refresher(channel).then(
					(data) => this.dispatch({ channel, type, data }),
					(e: unknown) => logger.error({ err: String(e), type }, 'live: refresh failed')
				);
			}, COALESCE_MS)
		);
	}

	private dispatch(event: LiveEvent): void {
		for (const listener of this.listeners.get(event.channel) ?? []) {
			try {
				listener(event);
			} catch (e) {
				logger.error({ err: String(e) }, 'live: listener failed');
			}
		}
	}
}

/**
 * A short fingerprint of what a page shows, for pages whose state has too many parts to compare one
 * by one: the page's load and the stream's first "state" compute it from the same data, and a page
 * whose fingerprint differs from its stream's missed a change (lib/live/stream-state.ts).
 */
export function stateVersion(shown: unknown): string {
	return createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 22);
}

export interface StreamOptions {
	hub: LiveHub;
	channel: string;
	/** The browser's Last-Event-ID header (set by EventSource on reconnect). */
	lastEventId: string | null;
	/** The current state, sent as event "state" to a new or unresumable connection. */
	snapshot: () => Promise<unknown>;
	/**
	 * Who this connection is, as far as what it may see: connections with the same audience get the
	 * same bytes, so each event is projected and encoded once per audience, not once per connection.
	 */
	audience: () => string;
	/**
	 * What `audience` may see of an event: null drops it. Depends on nothing else; one function for
	 * all connections of a route (not a new one per request), or nothing is shared.
	 */
	project: (event: LiveEvent, audience: string) => LiveEvent | null;
	/** Sees every event before it is projected, e.g. to change the audience after a phase change. */
	observe?: (event: LiveEvent) => void;
	/** Aborted when the browser goes away. */
	signal: AbortSignal;
	/**
	 * For the few connections that show events as they happen (the wall, the facilitator's board):
	 * written every FLUSH_MS however many phones are connected. Others wait longer as their number
	 * grows (`flushDelay`).
	 */
	prompt?: boolean;
}

const HEARTBEAT_MS = 20_000;
/**
 * Frames wait at least this long and go out together: one write per connection per window instead
 * of one per event.
 */
const FLUSH_MS = 50;
/**
 * With many connections the window grows so that an instance makes about this many writes a second
 * at most (each write is a system call on its own socket, however little it carries, and costs about
 * as much as a small request): 1,000 phones get a write every 100 ms, 5,000 every 500 ms. A phone
 * shows a count of tips and a phase, which can wait that long; the wall (`prompt`) does not wait. With
 * a fixed 50 ms, 5,000 phones at fifty tips a second cost more CPU than the instance had, and every
 * delay grew, the wall's too.
 */
const WRITES_PER_SECOND = 10_000;
const MAX_FLUSH_MS = 1000;
/** Connections written in one turn of the event loop; then notifications and requests get a turn. */
const FLUSH_SLICE = 500;
const encoder = new TextEncoder();

/** How long frames wait, with `connections` streams of this kind open on this instance. */
export function flushDelay(connections: number): number {
	return Math.min(MAX_FLUSH_MS, Math.max(FLUSH_MS, Math.ceil((connections * 1000) / WRITES_PER_SECOND)));
}

function frame(event: { id?: string; type: string; data: unknown }): string {
	return `${event.id ? `id: ${event.id}\n` : ''}event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/**
 * Encoded frames per event, projection and audience ('' = not for this audience); gone with the
 * event. Keyed by the projection function too, so two routes cannot mix up audiences of one name.
 */
const framesByEvent = new WeakMap<LiveEvent, Map<StreamOptions['project'], Map<string, string>>>();

function frameFor(event: LiveEvent, audience: string, project: StreamOptions['project']): string {
	let byProjection = framesByEvent.get(event);
	if (!byProjection) framesByEvent.set(event, (byProjection = new Map()));
	let byAudience = byProjection.get(project);
	if (!byAudience) byProjection.set(project, (byAudience = new Map()));
	let text = byAudience.get(audience);
	if (text === undefined) {
		const projected = project(event, audience);
		text = projected ? frame(projected) : '';
		byAudience.set(audience, text);
	}
	return text;
}

/**
 * The bytes of one window, shared: connections that wait for the same frames (one audience, the same
 * events; the frames are the same strings from `frameFor`) get the same bytes, encoded once per window
 * and not once per connection.
 */
class WindowBytes {
	readonly #byFirst = new Map<string, { frames: string[]; bytes: Uint8Array }[]>();

	of(frames: string[]): Uint8Array {
		let known = this.#byFirst.get(frames[0]);
		if (!known) this.#byFirst.set(frames[0], (known = []));
		const same = known.find((k) => k.frames.length === frames.length && k.frames.every((f, i) => f === frames[i]));
		if (same) return same.bytes;
		const bytes = encoder.encode(frames.join(''));
		known.push({ frames, bytes });
		return bytes;
	}
}

interface Waiting {
	flush: (bytes: WindowBytes) => void;
}

/** Connections of one kind whose frames wait, written together once per window. */
class FlushLane {
	/** Open streams of this kind on this instance. */
	open = 0;
	readonly #waiting = new Set<Waiting>();
	#timer: ReturnType<typeof setTimeout> | null = null;

	constructor(private readonly delay: (open: number) => number) {}

	add(connection: Waiting): void {
		this.#waiting.add(connection);
		if (this.#timer === null) this.#timer = setTimeout(() => this.#flush(), this.delay(this.open));
	}

	delete(connection: Waiting): void {
		this.#waiting.delete(connection);
	}

	#flush(): void {
		this.#timer = null;
		const batch = [...this.#waiting];
		this.#waiting.clear();
		const bytes = new WindowBytes();
		let at = 0;
		const slice = () => {
			const end = Math.min(batch.length, at + FLUSH_SLICE);
			for (; at < end; at++) batch[at].flush(bytes);
			if (at < batch.length) setImmediate(slice);
		};
		slice();
	}
}

const promptLane = new FlushLane(() => FLUSH_MS);
const bulkLane = new FlushLane(flushDelay);

/** A Server-Sent Events response for one channel: state or replay first, then live events. */
export async function eventStream(options: StreamOptions): Promise<Response> {
	const { hub, channel, signal } = options;
	await hub.start();
	let controller!: ReadableStreamDefaultController<Uint8Array>;
	let ready = false;
	let closed = false;
	let pending: string[] = [];
	const early: LiveEvent[] = [];
	const lane = options.prompt ? promptLane : bulkLane;
	const connection: Waiting = {
		flush: (bytes) => {
			if (pending.length === 0 || closed) return;
			const frames = pending;
			pending = [];
			try {
				controller.enqueue(bytes.of(frames));
			} catch {
				end();
			}
		}
	};
	const write = (text: string) => {
		if (!text || closed) return;
		// Already waiting when it has frames: its flush takes them all.
		if (pending.push(text) === 1) lane.add(connection);
	};
	const send = (event: LiveEvent) => {
		options.observe?.(event);
		write(frameFor(event, options.audience(), options.project));
	};
	const { replay, unsubscribe } = hub.subscribe(channel, options.lastEventId, (event) =>
		ready ? send(event) : early.push(event)
	);
	let heartbeat: ReturnType<typeof setInterval> | undefined;
	lane.open += 1;
	const end = () => {
		if (closed) return;
		lane.open -= 1;
		closed = true;
		lane.delete(connection);
		clearInterval(heartbeat);
		unsubscribe();
	};
	const stream = new ReadableStream<Uint8Array>({
		start: async (c) => {
			controller = c;
			let first = 'retry: 3000\n\n';
			try {
				if (replay) {
					for (const event of replay) {
						options.observe?.(event);
						first += frameFor(event, options.audience(), options.project);
					}
				} else {
					const state = await options.snapshot();
					first += frame({ id: hub.lastId(channel), type: 'state', data: state });
				}
			} catch (e) {
				logger.error({ err: String(e) }, 'live: snapshot failed');
				end();
				controller.close();
				return;
			}
			controller.enqueue(encoder.encode(first));
			ready = true;
			for (const event of early.splice(0)) send(event);
			heartbeat = setInterval(() => write(': \n\n'), HEARTBEAT_MS);
		},
		cancel: end
	});
	signal.addEventListener('abort', () => {
		end();
		try {
			controller.close();
		} catch {
			// Already closed.
		}
	});
	return new Response(stream, {
		headers: {
			'Content-Type': 'text/event-stream; charset=utf-8',
			'Cache-Control': 'no-cache, no-store',
			'X-Accel-Buffering': 'no'
		}
	});
}
