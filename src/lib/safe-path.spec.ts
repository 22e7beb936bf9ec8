import { describe, expect, it } from 'vitest';
import { safePath } from './safe-path';

/** Where a browser would go when given this Location on https://vakspiegel.example. */
const resolved = (location: string) => new URL(location, 'https://vakspiegel.example/inloggen').origin;

describe('safePath', () => {
	it('keeps paths on this site', () => {
		for (const good of ['/', '/beheer/leden?x=1', '/feedback#kwartaal', '/netwerk/a%20b']) {
			expect(safePath(good)).toBe(good);
		}
	});

	it('refuses other origins and odd input', () => {
		for (const bad of [
			'//evil.example',
			'/\\evil.example',
			'\\\\evil.example',
			'\\/evil.example',
			'/\t/evil.example',
			'/\n/evil.example',
			'/\r\n/evil.example',
			'/%2F/evil.example',
			'/%2f%2fevil.example',
			'%2F%2Fevil.example',
			'/%5Cevil.example',
			'/%5cevil.example',
			'/%09/evil.example',
			'/%0d%0aSet-Cookie:%20x=1',
			'/\r\nSet-Cookie: x=1',
			'/ok\u0000',
			'/%E0%A4%A',
			'https://evil.example',
			'http:/evil.example',
			'javascript:alert(1)',
			' /evil',
			'',
			null,
			42,
			`/${'a'.repeat(3000)}`
		]) {
			expect(safePath(bad), JSON.stringify(bad)).toBe('/');
		}
	});

	it('never yields a target that a browser resolves to another origin', () => {
		const prefixes = ['/', '//', '/\\', '\\', '/%2F', '/%5C', '/\t', '/%09', '/ /', '/./', '/../'];
		for (const p of prefixes) {
			for (const tail of ['evil.example', '/evil.example', '\\evil.example', '\t/evil.example']) {
				const out = safePath(p + tail);
				expect(resolved(out), JSON.stringify(p + tail)).toBe('https://vakspiegel.example');
				expect(out).not.toMatch(/[\r\n\t\\]/);
			}
		}
	});
});
