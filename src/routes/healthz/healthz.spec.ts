import { describe, expect, it } from 'vitest';
import { GET } from './+server';

const call = (ping: () => Promise<void>, engine = 'pglite') =>
	GET({ locals: { app: { database: { engine, ping } } } } as never) as Promise<Response>;

describe('GET /healthz', () => {
	it('answers 200 with the engine when the database answers', async () => {
		const res = await call(async () => {}, 'postgres');
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ status: 'ok', database: 'postgres' });
	});

	it('answers 503 when the database fails', async () => {
		const res = await call(async () => {
			throw new Error('connection refused');
		});
		expect(res.status).toBe(503);
		expect((await res.json()).status).toBe('unavailable');
	});
});
