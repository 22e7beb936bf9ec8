import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from './db/client';
import { eventStream, flushDelay, LiveHub, type LiveEvent } from './realtime';

/** A hub whose "database" hands notifications straight to it, as LISTEN/NOTIFY would. */
function fakeHub() {
	let deliver: (payload: string) => void = () => {};
	const database = {
		listen: async (_channel: string, onPayload: (payload: string) => void) => {
			deliver = onPayload;
			return async () => {};
		}
	} as unknown as Database;
	const hub = new LiveHub(database);
	let id = 0;
	const notify = (channel: string, type: string, data: unknown) =>
		deliver(JSON.stringify({ i: String(++id), c: channel, t: type, d: data }));
	return { hub, notify };
}

/** Reads what a stream has written so far (until it has been quiet for a moment). */
async function reader(response: Response) {
	const r = response.body!.getReader();
	const decoder = new TextDecoder();
	const chunks: string[] = [];
	const bytes: Uint8Array[] = [];
	(async () => {
		for (;;) {
			const { value, done } = await r.read();
			if (done) return;
			bytes.push(value);
			chunks.push(decoder.decode(value));
		}
	})().catch(() => {});
	return {
		chunks,
		bytes,
		text: () => chunks.join(''),
		events: () =>
			chunks
				.join('')
				.split('\n\n')
				.filter((f) => f.includes('event: '))
				.map((f) => ({
					type: /^event: (.*)$/mu.exec(f)![1],
					id: /^id: (.*)$/mu.exec(f)?.[1],
					data: JSON.parse(/^data: (.*)$/mu.exec(f)![1])
				}))
	};
}

const controllers: AbortController[] = [];
afterEach(() => {
	for (const c of controllers.splice(0)) c.abort();
});

function open(
	hub: LiveHub,
	overrides: Partial<Parameters<typeof eventStream>[0]> & Pick<Parameters<typeof eventStream>[0], 'project'>
) {
	const controller = new AbortController();
	controllers.push(controller);
	return eventStream({
		hub,
		channel: 'c',
		lastEventId: null,
		snapshot: async () => ({ hello: 1 }),
		audience: () => 'all',
		signal: controller.signal,
		...overrides
	});
}

describe('eventStream', () => {
	it('sends the state first, then events in order, several events in one write', async () => {
		const { hub, notify } = fakeHub();
		const stream = await reader(await open(hub, { project: (e) => e }));
		await expect.poll(() => stream.events().map((e) => e.type)).toEqual(['state']);
		const writesBefore = stream.chunks.length;
		notify('c', 'tip', { n: 1 });
		notify('c', 'tip', { n: 2 });
		notify('other', 'tip', { n: 3 });
		notify('c', 'phase', { p: 'x' });
		await expect.poll(() => stream.events().length).toBe(4);
		expect(stream.events().map((e) => [e.type, e.id, e.data])).toEqual([
			['state', undefined, { hello: 1 }],
			['tip', '1', { n: 1 }],
			['tip', '2', { n: 2 }],
			['phase', '4', { p: 'x' }]
		]);
		// The three events that came together left in one write.
		expect(stream.chunks.length - writesBefore).toBe(1);
	});

	it('projects an event once per audience, and an audience can change with what it observes', async () => {
		const { hub, notify } = fakeHub();
		const projected: string[] = [];
		const project = (event: LiveEvent, audience: string) => {
			projected.push(`${audience}:${event.type}`);
			if (event.type === 'secret' && audience !== 'insider') return null;
			return { ...event, data: { for: audience } };
		};
		const phones = await Promise.all(
			Array.from({ length: 20 }, async () => {
				let inside = false;
				return reader(
					await open(hub, {
						project,
						observe: (e) => {
							if (e.type === 'promote') inside = true;
						},
						audience: () => (inside ? 'insider' : 'phone')
					})
				);
			})
		);
		await expect.poll(() => phones.every((p) => p.events().length === 1)).toBe(true);
		notify('c', 'tip', {});
		notify('c', 'secret', {});
		notify('c', 'promote', {});
		notify('c', 'secret', {});
		await expect.poll(() => phones.every((p) => p.events().length === 4)).toBe(true);
		for (const phone of phones) {
			expect(phone.events().map((e) => [e.type, e.data.for ?? null])).toEqual([
				['state', null],
				['tip', 'phone'],
				['promote', 'insider'],
				['secret', 'insider']
			]);
		}
		// Twenty connections, four events: projected once per event and audience.
		expect(projected).toEqual(['phone:tip', 'phone:secret', 'insider:promote', 'insider:secret']);
	});

	it('connections that wait for the same text share its bytes: encoded once per window', async () => {
		const { hub, notify } = fakeHub();
		const project = (e: LiveEvent, audience: string) => ({ ...e, data: { for: audience } });
		const phones = await Promise.all(Array.from({ length: 3 }, async () => reader(await open(hub, { project }))));
		const insider = await reader(await open(hub, { project, audience: () => 'in' }));
		await expect.poll(() => [...phones, insider].every((p) => p.events().length === 1)).toBe(true);
		notify('c', 'tip', { n: 1 });
		notify('c', 'tip', { n: 2 });
		await expect.poll(() => [...phones, insider].every((p) => p.events().length === 3)).toBe(true);
		const [first, ...others] = phones.map((p) => p.bytes.at(-1));
		for (const other of others) expect(other).toBe(first);
		expect(insider.bytes.at(-1)).not.toBe(first);
		expect(insider.events()[2].data).toEqual({ for: 'in' });
		expect(phones[2].events()[2].data).toEqual({ for: 'all' });
	});

	it('waits longer between writes as connections grow, so writes per second stay bounded', () => {
		expect(flushDelay(1)).toBe(50);
		expect(flushDelay(400)).toBe(50);
		expect(flushDelay(1000)).toBe(100);
		expect(flushDelay(5000)).toBe(500);
		expect(flushDelay(50_000)).toBe(1000);
		for (const n of [1000, 2500, 4000, 5000, 7000]) expect((n * 1000) / flushDelay(n)).toBeLessThanOrEqual(10_000);
	});

	it('keeps the projections of two routes apart, even when their audiences share a name', async () => {
		const { hub, notify } = fakeHub();
		const open1 = await reader(await open(hub, { project: (e) => ({ ...e, data: 'all of it' }) }));
		const open2 = await reader(await open(hub, { project: (e) => ({ ...e, data: 'a little' }) }));
		await expect.poll(() => open1.events().length + open2.events().length).toBe(2);
		notify('c', 'tip', {});
		await expect.poll(() => open2.events().length).toBe(2);
		await expect.poll(() => open1.events().length).toBe(2);
		expect(open1.events()[1].data).toBe('all of it');
		expect(open2.events()[1].data).toBe('a little');
	});

	it('resumes after Last-Event-ID without a snapshot; an unknown id gets the state', async () => {
		const { hub, notify } = fakeHub();
		await hub.start();
		notify('c', 'a', 1);
		notify('c', 'b', 2);
		notify('c', 'c', 3);
		const resumed = await reader(await open(hub, { lastEventId: '1', project: (e) => e }));
		await expect.poll(() => resumed.events().map((e) => e.type)).toEqual(['b', 'c']);
		expect(resumed.text()).toMatch(/^retry: 3000\n\n/u);
		const fresh = await reader(await open(hub, { lastEventId: '77', project: (e) => e }));
		await expect.poll(() => fresh.events().map((e) => [e.type, e.id])).toEqual([['state', '3']]);
	});

	it('stops writing and unsubscribes when the browser goes away', async () => {
		const { hub, notify } = fakeHub();
		const controller = new AbortController();
		const stream = await reader(
			await eventStream({
				hub,
				channel: 'c',
				lastEventId: null,
				snapshot: async () => null,
				audience: () => 'all',
				project: (e) => e,
				signal: controller.signal
			})
		);
		await expect.poll(() => hub.connections()).toBe(1);
		notify('c', 'tip', 1);
		controller.abort();
		expect(hub.connections()).toBe(0);
		notify('c', 'tip', 2);
		await new Promise((r) => setTimeout(r, 120));
		expect(stream.events().map((e) => e.type)).toEqual(['state']);
	});

	it('forgets the recent events of channels that have long been quiet', async () => {
		const { hub, notify } = fakeHub();
		await hub.start();
		notify('old', 'a', 1);
		for (let i = 0; i < 600; i++) notify(`busy-${i}`, 'a', i);
		expect(hub.lastId('old')).toBeUndefined();
		expect(hub.lastId('busy-599')).toBe('601');
	});
});
