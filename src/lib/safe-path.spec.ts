import { describe, expect, it } from 'vitest';
import { safePath } from './safe-path';

describe('safePath', () => {
	it('keeps paths on this site', () => {
		expect(safePath('/beheer/leden?x=1')).toBe('/beheer/leden?x=1');
	});
	it('refuses other origins and odd input', () => {
		for (const bad of [
			'//evil.example',
			'/\\evil.example',
			'https://evil.example',
			'javascript:alert(1)',
			'',
			null,
			42
		]) {
			expect(safePath(bad)).toBe('/');
		}
	});
});
