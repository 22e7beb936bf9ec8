/**
 * A calendar invitation (iCalendar, RFC 5545) for one meeting: the file Outlook, Google Agenda and
 * the phone's own calendar open with "Zet in je agenda". METHOD:PUBLISH: an event to add, not a
 * meeting request with attendees (Vakspiegel sends no e-mail on anyone's behalf). The same UID on a
 * later download updates the event that was added before. Times in UTC, so no time zone table is
 * needed; the calendar shows them in its own zone.
 */
export interface CalendarEvent {
	/** Stable per meeting, e.g. `learning-session-<id>`: a new download replaces the event. */
	uid: string;
	start: Date;
	minutes: number;
	summary: string;
	description: string;
	location?: string;
	/** Where the meeting lives in Vakspiegel. */
	url?: string;
}

const utc = (at: Date) =>
	at
		.toISOString()
		.replace(/[-:]/gu, '')
		.replace(/\.\d{3}/u, '');

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
const text = (value: string) =>
	value.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r?\n/gu, '\\n');

/** Lines of at most 75 octets; a longer one continues on the next line after a space, never inside a character. */
function fold(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = Buffer.byteLength(char);
		// The first line may hold 75 octets, a continuation 74 after its leading space.
		if (octets + size > (parts.length ? 74 : 75)) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

export function calendarFile(event: CalendarEvent, now = new Date()): string {
	const end = new Date(event.start.getTime() + event.minutes * 60_000);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Vakspiegel//Vakspiegel//NL',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'BEGIN:VEVENT',
		`UID:${event.uid}@vakspiegel`,
		`DTSTAMP:${utc(now)}`,
		`DTSTART:${utc(event.start)}`,
		`DTEND:${utc(end)}`,
		`SUMMARY:${text(event.summary)}`,
		`DESCRIPTION:${text(event.description)}`,
		...(event.location ? [`LOCATION:${text(event.location)}`] : []),
		...(event.url ? [`URL:${event.url}`] : []),
		'END:VEVENT',
		'END:VCALENDAR'
	];
	return lines.map(fold).join('\r\n') + '\r\n';
}

/** The response for a calendar file: a download with a readable name, never cached. */
export function calendarResponse(body: string, fileName: string): Response {
	return new Response(body, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `attachment; filename="${fileName}"`,
			'Cache-Control': 'private, no-store'
		}
	});
}
