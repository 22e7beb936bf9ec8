import { describe, expect, it } from 'vitest';
import { checkMyDataLink, DOWNLOAD_LINK_MINUTES, myDataLink } from './download-link';

const token = (link: string) => decodeURIComponent(new URL(link, 'http://x').searchParams.get('t')!);
const now = new Date('2026-12-04T12:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('the link to my data', () => {
	const link = myDataLink('geheim', { userId: 'u1', organisationId: 'o1', now });

	it('opens for the same account within its minutes', () => {
		expect(checkMyDataLink('geheim', token(link), { userId: 'u1', now })).toBe('o1');
		expect(checkMyDataLink('geheim', token(link), { userId: 'u1', now: later(DOWNLOAD_LINK_MINUTES - 1) })).toBe('o1');
	});

	it('does not open for another account, after its minutes, with another secret or when changed', () => {
		expect(checkMyDataLink('geheim', token(link), { userId: 'u2', now })).toBeNull();
		expect(checkMyDataLink('geheim', token(link), { userId: 'u1', now: later(DOWNLOAD_LINK_MINUTES) })).toBeNull();
		expect(checkMyDataLink('ander', token(link), { userId: 'u1', now })).toBeNull();
		expect(checkMyDataLink('geheim', token(link).replace('u1', 'u2'), { userId: 'u2', now })).toBeNull();
		expect(checkMyDataLink('geheim', token(link).replace('o1', 'o2'), { userId: 'u1', now })).toBeNull();
		expect(checkMyDataLink('geheim', null, { userId: 'u1', now })).toBeNull();
		expect(checkMyDataLink('geheim', 'rommel', { userId: 'u1', now })).toBeNull();
	});
});
