import { describe, expect, it } from 'vitest';
import { clientAddress, RateLimiter, sourceKey } from './rate-limit';

describe('RateLimiter', () => {
	it('allows `limit` hits per window, then says how long to wait; a new window starts afresh', () => {
		let now = 1_000_000;
		const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, now: () => now });
		expect([1, 2, 3].map(() => limiter.hit('a').allowed)).toEqual([true, true, true]);
		expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
		expect(limiter.allows('b').allowed).toBe(true);
		now += 45_000;
		expect(limiter.allows('a')).toEqual({ allowed: false, retryAfterSeconds: 15 });
		now += 15_000;
		expect(limiter.hit('a').allowed).toBe(true);
	});

	it('a lower limit for one check (a budget that shrinks under attack)', () => {
		const limiter = new RateLimiter({ limit: 20, windowMs: 60_000 });
		for (let i = 0; i < 3; i++) limiter.hit('x');
		expect(limiter.allows('x').allowed).toBe(true);
		expect(limiter.allows('x', 3).allowed).toBe(false);
	});

	it('keeps memory bounded however many sources come by', () => {
		const limiter = new RateLimiter({ limit: 5, windowMs: 60_000, maxKeys: 1000 });
		for (let i = 0; i < 10_000; i++) limiter.hit(`k${i}`);
		expect(limiter.size).toBeLessThanOrEqual(1000);
	});
});

describe('sourceKey', () => {
	it('never contains the address, and is the same for the same source', () => {
		const key = sourceKey('192.168.10.20');
		expect(key).not.toContain('192');
		expect(key).toBe(sourceKey(' 192.168.10.20 '));
		expect(key).toBe(sourceKey('::ffff:192.168.10.20'));
		expect(key).not.toBe(sourceKey('192.168.10.21'));
	});

	it('counts an IPv6 client per /64', () => {
		expect(sourceKey('2001:db8:1:2:aaaa::1')).toBe(sourceKey('2001:0db8:0001:0002:ffff:1:2:3'));
		expect(sourceKey('2001:db8:1:2::1')).not.toBe(sourceKey('2001:db8:1:3::1'));
	});
});

describe('clientAddress', () => {
	it("is adapter-node's answer, or the socket's peer when the proxy header is missing", () => {
		expect(clientAddress({ getClientAddress: () => '10.0.0.1' })).toBe('10.0.0.1');
		const missingHeader = () => {
			throw new Error('Address header was specified with ADDRESS_HEADER=x-forwarded-for but is absent');
		};
		const platform = { req: { socket: { remoteAddress: '10.0.0.2' } } } as unknown as App.Platform;
		expect(clientAddress({ getClientAddress: missingHeader, platform })).toBe('10.0.0.2');
		expect(clientAddress({ getClientAddress: missingHeader })).toBe('unknown');
	});
});
