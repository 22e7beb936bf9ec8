import { describe, expect, it } from 'vitest';
import { readForm } from './read-form';

describe('readForm', () => {
	it('reads a plain form, with repeated fields, Unicode and escapes, as formData() would', async () => {
		const body = new URLSearchParams([
			['good', 'Zij luisterde — goed & rustig <b>'],
			['dots_a', '2'],
			['dots_a', '1'],
			['taal', 'ar'],
			['better', 'شكرا']
		]).toString();
		const post = () =>
			new Request('http://x/f/t?/verstuur', {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
				body
			});
		const fields = await readForm(post());
		const reference = await post().formData();
		for (const name of ['good', 'taal', 'better', 'missing']) expect(fields.get(name)).toEqual(reference.get(name));
		expect(fields.getAll('dots_a')).toEqual(['2', '1']);
		expect([...fields]).toEqual([...reference]);
	});

	it('reads a form with a file through formData()', async () => {
		const form = new FormData();
		form.set('rater', 'resident');
		form.set('media', new Blob(['abc'], { type: 'audio/ogg' }), 'a.ogg');
		const fields = await readForm(new Request('http://x/f/t?/verstuur', { method: 'POST', body: form }));
		expect(fields.get('rater')).toBe('resident');
		const file = fields.get('media') as File;
		expect(file.type).toBe('audio/ogg');
		expect(await file.text()).toBe('abc');
	});

	it('rejects a body that cannot be read, as formData() does', async () => {
		const body = new ReadableStream({
			start: (c) => c.error(new Error('verbinding weg'))
		});
		const request = new Request('http://x/f/t', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body,
			duplex: 'half'
		} as RequestInit);
		await expect(readForm(request)).rejects.toThrow();
	});
});
