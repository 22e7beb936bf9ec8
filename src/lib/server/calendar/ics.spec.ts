import { describe, expect, it } from 'vitest';
import { calendarFile } from './ics';

/** Unfolds and splits a file the way a calendar reads it (RFC 5545 3.1). */
const unfold = (file: string) => file.replace(/\r\n /gu, '').split('\r\n').filter(Boolean);

describe('calendarFile', () => {
	const event = {
		uid: 'learning-session-1',
		start: new Date('2026-12-10T13:30:00Z'),
		minutes: 90,
		summary: 'Intervisie; incidentmethode, Team Noord',
		description: 'Regel één\nRegel twee met een \\ teken',
		location: 'Wijkcentrum De Pijp, zaal 2',
		url: 'https://vakspiegel.example/team/sessies/1'
	};

	it('one event with start, end (start + minutes) in UTC, and the texts escaped', () => {
		const lines = unfold(calendarFile(event, new Date('2026-12-01T08:00:00.123Z')));
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines.at(-1)).toBe('END:VCALENDAR');
		expect(lines).toContain('UID:learning-session-1@vakspiegel');
		expect(lines).toContain('DTSTAMP:20261201T080000Z');
		expect(lines).toContain('DTSTART:20261210T133000Z');
		expect(lines).toContain('DTEND:20261210T150000Z');
		expect(lines).toContain('SUMMARY:Intervisie\\; incidentmethode\\, Team Noord');
		expect(lines).toContain('DESCRIPTION:Regel één\\nRegel twee met een \\\\ teken');
		expect(lines).toContain('LOCATION:Wijkcentrum De Pijp\\, zaal 2');
		expect(lines).toContain('URL:https://vakspiegel.example/team/sessies/1');
	});

	it('folds long lines at 75 octets, never inside a character, and ends every line with CRLF', () => {
		const file = calendarFile({ ...event, description: 'é'.repeat(100) + ' ' + 'x'.repeat(200) });
		expect(file.endsWith('\r\n')).toBe(true);
		for (const line of file.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		expect(file).not.toContain('\uFFFD');
		expect(unfold(file)).toContain(`DESCRIPTION:${'é'.repeat(100)} ${'x'.repeat(200)}`);
	});

	it('leaves out an empty place', () => {
		expect(calendarFile({ ...event, location: '' })).not.toContain('LOCATION');
	});
});
