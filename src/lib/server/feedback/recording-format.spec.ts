import { describe, expect, it } from 'vitest';
import { checkRecording, detectContainer, normaliseRecordingType, recordingHeaders } from './recording-format';

const bytes = (...parts: (string | number[])[]) =>
	Buffer.concat([
		...parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
		Buffer.alloc(32)
	]);

const OGG = bytes('OggS', [0, 2]);
const WEBM = bytes([0x1a, 0x45, 0xdf, 0xa3]);
const MP4 = bytes([0, 0, 0, 0x20], 'ftypisom');
const M4A = bytes([0, 0, 0, 0x1c], 'ftypM4A ');
const GPP = bytes([0, 0, 0, 0x18], 'ftyp3gp4');
const MOV = bytes([0, 0, 0, 0x14], 'ftypqt  ');
const MP3_ID3 = bytes('ID3', [4, 0]);
const MP3_FRAME = bytes([0xff, 0xfb, 0x90, 0x64]);
const WAV = bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ');
const AAC = bytes([0xff, 0xf1, 0x50, 0x80]);
const HTML = bytes('<html><script>alert(1)</script></html>');

describe('normaliseRecordingType', () => {
	it('keeps one allowed type in lower case, with only its codecs', () => {
		expect(normaliseRecordingType('Audio/OGG')).toBe('audio/ogg');
		expect(normaliseRecordingType('audio/webm;codecs=opus')).toBe('audio/webm;codecs=opus');
		expect(normaliseRecordingType('audio/webm; charset=utf-8; codecs="opus"')).toBe('audio/webm;codecs=opus');
		expect(normaliseRecordingType('video/mp4; codecs="avc1.42E01E, mp4a.40.2"')).toBe(
			'video/mp4;codecs="avc1.42e01e, mp4a.40.2"'
		);
		expect(normaliseRecordingType('audio/x-m4a')).toBe('audio/mp4');
		expect(normaliseRecordingType('audio/x-wav')).toBe('audio/wav');
	});

	it('refuses a list of types, pages, images and odd codecs', () => {
		for (const type of [
			'audio/ogg, text/html',
			'audio/ogg,text/html',
			'text/html',
			'text/html; x=audio/ogg',
			'image/svg+xml',
			'application/xhtml+xml',
			'audio/',
			'audio/ogg\r\nContent-Type: text/html',
			''
		]) {
			expect(normaliseRecordingType(type), type).toBeNull();
		}
		expect(normaliseRecordingType('audio/ogg; codecs="opus<script>"')).toBe('audio/ogg');
	});
});

describe('detectContainer', () => {
	it('knows what phones record by its first bytes', () => {
		expect(detectContainer(OGG)).toBe('ogg');
		expect(detectContainer(WEBM)).toBe('webm');
		for (const mp4 of [MP4, M4A, GPP, MOV]) expect(detectContainer(mp4)).toBe('mp4');
		expect(detectContainer(MP3_ID3)).toBe('mp3');
		expect(detectContainer(MP3_FRAME)).toBe('mp3');
		expect(detectContainer(WAV)).toBe('wav');
		expect(detectContainer(AAC)).toBe('aac');
	});

	it('knows no page, picture or empty file', () => {
		expect(detectContainer(HTML)).toBeNull();
		expect(detectContainer(bytes([0x89], 'PNG'))).toBeNull();
		expect(detectContainer(Buffer.from('OggS'))).toBeNull();
		expect(detectContainer(Buffer.alloc(0))).toBeNull();
	});
});

describe('checkRecording', () => {
	it('stores the normalised type when the bytes are what the type says', () => {
		expect(checkRecording('audio/ogg', OGG)).toBe('audio/ogg');
		expect(checkRecording('audio/webm;codecs=opus', WEBM)).toBe('audio/webm;codecs=opus');
		expect(checkRecording('audio/x-m4a', M4A)).toBe('audio/mp4');
		expect(checkRecording('video/3gpp', GPP)).toBe('video/3gpp');
		expect(checkRecording('video/quicktime', MOV)).toBe('video/quicktime');
		expect(checkRecording('audio/mpeg', MP3_FRAME)).toBe('audio/mpeg');
		expect(checkRecording('audio/wav', WAV)).toBe('audio/wav');
		expect(checkRecording('audio/aac', AAC)).toBe('audio/aac');
		expect(checkRecording('audio/aac', bytes('ID3', [4, 0]))).toBe('audio/aac');
	});

	it('takes an untyped file for what its bytes are', () => {
		expect(checkRecording('', OGG)).toBe('audio/ogg');
		expect(checkRecording('application/octet-stream', MP4)).toBe('video/mp4');
		expect(checkRecording('', HTML)).toBeNull();
	});

	it('refuses the crafted part of the review, and bytes that are not the declared type', () => {
		expect(checkRecording('audio/ogg, text/html', HTML)).toBeNull();
		expect(checkRecording('audio/ogg, text/html', OGG)).toBeNull();
		expect(checkRecording('audio/ogg', HTML)).toBeNull();
		expect(checkRecording('audio/ogg', WEBM)).toBeNull();
		expect(checkRecording('video/mp4', WAV)).toBeNull();
		expect(checkRecording('text/html', OGG)).toBeNull();
	});
});

describe('recordingHeaders', () => {
	it('plays an allowed type inline, with a safe name, and never as a page', () => {
		expect(recordingHeaders('audio/webm;codecs=opus')).toEqual({
			'Content-Type': 'audio/webm;codecs=opus',
			'Content-Disposition': 'inline; filename="antwoord.webm"',
			'Content-Security-Policy': "default-src 'none'; sandbox; frame-ancestors 'none'",
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private, no-store'
		});
		expect(recordingHeaders('audio/x-m4a')['Content-Disposition']).toBe('inline; filename="antwoord.m4a"');
	});

	it('serves a type stored before the check only as a download of opaque bytes', () => {
		const headers = recordingHeaders('audio/ogg, text/html');
		expect(headers['Content-Type']).toBe('application/octet-stream');
		expect(headers['Content-Disposition']).toBe('attachment; filename="antwoord.bin"');
		expect(headers['Content-Security-Policy']).toContain('sandbox');
		expect(recordingHeaders('text/html')['Content-Type']).toBe('application/octet-stream');
	});
});
