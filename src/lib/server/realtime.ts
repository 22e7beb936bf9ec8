import { sql } from 'drizzle-orm';
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

export const PG_CHANNEL = 'vakspiegel_live';
/** Recent events kept per channel for resuming; a longer gap gets a fresh snapshot instead. */
const KEEP_PER_CHANNEL = 2000;
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

/** Publishes an event to every instance. Call it after the change is committed. */
export async function publish(db: Db, channel: string, type: string, data: unknown = null): Promise<void> {
	let json = JSON.stringify(data ?? null);
	if (json.length > MAX_DATA_CHARS) json = 'null';
	await db.execute(
		sql`select pg_notify(${PG_CHANNEL}, json_build_object('i', nextval('live_event_seq')::text, 'c', ${channel}::text, 't', ${type}::text, 'd', ${json}::jsonb)::text)`
	);
}

/** Publishes a "look again" event that instances coalesce (no id, no replay). */
export async function publishChange(db: Db, channel: string, type: string): Promise<void> {
	await db.execute(
		sql`select pg_notify(${PG_CHANNEL}, json_build_object('c', ${channel}::text, 't', ${type}::text)::text)`
	);
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
		if (!recent) this.recent.set(event.channel, (recent = []));
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

export interface StreamOptions {
	hub: LiveHub;
	channel: string;
	/** The browser's Last-Event-ID header (set by EventSource on reconnect). */
	lastEventId: string | null;
	/** The current state, sent as event "state" to a new or unresumable connection. */
	snapshot: () => Promise<unknown>;
	/** What this audience may see of an event: null drops it. */
	project: (event: LiveEvent) => LiveEvent | null;
	/** Aborted when the browser goes away. */
	signal: AbortSignal;
}

const HEARTBEAT_MS = 20_000;
const encoder = new TextEncoder();

function frame(event: { id?: string; type: string; data: unknown }): string {
	return `${event.id ? `id: ${event.id}\n` : ''}event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/** A Server-Sent Events response for one channel: state or replay first, then live events. */
export async function eventStream(options: StreamOptions): Promise<Response> {
	const { hub, channel, signal } = options;
	await hub.start();
	let controller!: ReadableStreamDefaultController<Uint8Array>;
	let ready = false;
	const early: LiveEvent[] = [];
	const send = (event: LiveEvent) => {
		const projected = options.project(event);
		if (!projected) return;
		try {
			controller.enqueue(encoder.encode(frame(projected)));
		} catch {
			// The stream closed between the event and now.
		}
	};
	const { replay, unsubscribe } = hub.subscribe(channel, options.lastEventId, (event) =>
		ready ? send(event) : early.push(event)
	);
	let heartbeat: ReturnType<typeof setInterval> | undefined;
	const end = () => {
		clearInterval(heartbeat);
		unsubscribe();
	};
	const stream = new ReadableStream<Uint8Array>({
		start: async (c) => {
			controller = c;
			controller.enqueue(encoder.encode('retry: 3000\n\n'));
			try {
				if (replay) {
					for (const event of replay) send(event);
				} else {
					const state = await options.snapshot();
					controller.enqueue(encoder.encode(frame({ id: hub.lastId(channel), type: 'state', data: state })));
				}
			} catch (e) {
				logger.error({ err: String(e) }, 'live: snapshot failed');
				end();
				controller.close();
				return;
			}
			ready = true;
			for (const event of early.splice(0)) send(event);
			heartbeat = setInterval(() => {
				try {
					controller.enqueue(encoder.encode(': \n\n'));
				} catch {
					end();
				}
			}, HEARTBEAT_MS);
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
