import { describe, expect, it } from 'vitest';
import { parsePlainMultipart, readForm } from './read-form';

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

describe('parsePlainMultipart', () => {
	const type = 'multipart/form-data; boundary=----WebKitFormBoundaryNC0dYl2DEaA8tJsq';
	const b = '------WebKitFormBoundaryNC0dYl2DEaA8tJsq';
	const part = (headers: string, value: string) => `${b}\r\n${headers}\r\n\r\n${value}\r\n`;
	// As Chromium sends the resident's form with no recording chosen (captured from a real submit).
	const chromium = [
		part('Content-Disposition: form-data; name="formToken"', 'a.b~c'),
		part('Content-Disposition: form-data; name="good"', 'Zij luisterde "goed" — ük ✓ شكرا <b>'),
		part('Content-Disposition: form-data; name="rater"', 'resident'),
		part('Content-Disposition: form-data; name="media"; filename=""\r\nContent-Type: application/octet-stream', ''),
		part('Content-Disposition: form-data; name="better"', 'twee\r\n\r\nregels'),
		part('Content-Disposition: form-data; name="dots"', '1'),
		part('Content-Disposition: form-data; name="dots"', '2'),
		`${b}--\r\n`
	].join('');

	it('reads the text fields as formData() does, and leaves out an empty file field', async () => {
		const fields = parsePlainMultipart(chromium, type);
		const reference = await new Request('http://x/', {
			method: 'POST',
			headers: { 'content-type': type },
			body: chromium
		}).formData();
		expect(fields).not.toBeNull();
		for (const name of ['formToken', 'good', 'rater', 'better', 'missing']) {
			expect(fields!.get(name)).toEqual(reference.get(name));
		}
		expect(fields!.getAll('dots')).toEqual(['1', '2']);
		expect(fields!.has('media')).toBe(false);
		expect((reference.get('media') as File).size).toBe(0);
	});

	it('gives up (null) on a file with content and on anything it does not expect', () => {
		const withFile = chromium.replace(
			'filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n',
			'filename="a.ogg"\r\nContent-Type: audio/ogg\r\n\r\nOggS\r\n'
		);
		expect(parsePlainMultipart(withFile, type)).toBeNull();
		expect(parsePlainMultipart(chromium, 'multipart/form-data')).toBeNull();
		expect(parsePlainMultipart(chromium, 'multipart/form-data; boundary=anders')).toBeNull();
		expect(parsePlainMultipart(chromium.slice(0, -4), type)).toBeNull(); // cut off
		expect(parsePlainMultipart(`preamble\r\n${chromium}`, type)).toBeNull();
		expect(
			parsePlainMultipart(chromium.replace('form-data; name="rater"', 'form-data; name="rater%22"'), type)
		).toBeNull();
		expect(
			parsePlainMultipart(chromium.replace('name="rater"', 'name="rater"\r\nContent-Transfer-Encoding: base64'), type)
		).toBeNull();
		expect(parsePlainMultipart(chromium.replace(`"rater"\r\n\r\n`, `"rater"\r\n`), type)).toBeNull();
	});

	it('takes a quoted boundary', () => {
		const quoted = 'multipart/form-data; boundary="----WebKitFormBoundaryNC0dYl2DEaA8tJsq"';
		expect(parsePlainMultipart(chromium, quoted)?.get('rater')).toBe('resident');
	});
});
