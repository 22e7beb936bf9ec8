import { describe, expect, it } from 'vitest';
import { paramOfRef, parseMethodRef, refFromParam } from './method-ref';

describe('method refs', () => {
	const id = '0b6f2c1e-8d3a-4f6b-9a51-2f0c7d9e4a10';

	it('read a built-in slug and an own method id, and nothing else', () => {
		expect(parseMethodRef('builtin:troika')).toEqual({ kind: 'builtin', slug: 'troika' });
		expect(parseMethodRef(`custom:${id.toUpperCase()}`)).toEqual({ kind: 'custom', id });
		for (const bad of ['troika', 'builtin:', 'builtin:Troika', 'custom:troika', 'other:x', `custom:${id}x`])
			expect(parseMethodRef(bad), bad).toBeNull();
	});

	it('turn a URL param into a ref and back', () => {
		expect(refFromParam('moreel-beraad')).toBe('builtin:moreel-beraad');
		expect(refFromParam(id)).toBe(`custom:${id}`);
		expect(refFromParam('../beheer')).toBeNull();
		expect(paramOfRef(`custom:${id}`)).toBe(id);
		expect(paramOfRef('builtin:balint')).toBe('balint');
	});
});
