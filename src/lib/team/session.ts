// Learning sessions: the model shared by pages and server (no server imports).

export type SessionStatus = 'planned' | 'running' | 'paused' | 'ended';

/** What the voorzitter can do to move the group along. */
export const SESSION_MOVES = ['start', 'next', 'back', 'pause', 'resume', 'extend', 'end'] as const;
export type SessionMove = (typeof SESSION_MOVES)[number];

/** "+5 min": how much one tap on "more time" adds to the phase. */
export const EXTEND_MINUTES = 5;

/** The method reference of a built-in method ('builtin:incidentmethode'). */
export const builtInRef = (slug: string) => `builtin:${slug}`;

/**
 * Net minutes of a session: from start to end, breaks excluded, rounded to whole minutes (what a
 * register asks for). A session still running counts up to `now`.
 */
export function netMinutes(
	s: { startedAt: Date | null; endedAt: Date | null; pausedAt: Date | null; breakSeconds: number },
	now = new Date()
): number {
	if (!s.startedAt) return 0;
	const end = s.endedAt ?? s.pausedAt ?? now;
	const seconds = (end.getTime() - s.startedAt.getTime()) / 1000 - s.breakSeconds;
	return Math.max(0, Math.round(seconds / 60));
}

/** A clock time as people in the Netherlands read it: "14:35" (always in Dutch time). */
export function formatClock(value: Date | string, locale = 'nl'): string {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Europe/Amsterdam'
	}).format(new Date(value));
}

const amsterdam = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Amsterdam',
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit'
});
/** The parts of a moment in Dutch time ("2026", "12", "04", "14", "35"). */
function amsterdamPart(at: Date): (type: Intl.DateTimeFormatPartTypes) => string {
	const parts = amsterdam.formatToParts(at);
	return (type) => parts.find((p) => p.type === type)?.value ?? '';
}

/** Offset of Dutch time from UTC at a moment, in minutes (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(at: Date): number {
	const part = amsterdamPart(at);
	const get = (type: Intl.DateTimeFormatPartTypes) => Number(part(type));
	const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
	return Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** A day and a clock time typed in a form ("2026-12-10", "14:30"), read as Dutch time. */
export function dutchDateTime(day: string, time: string): Date {
	const [y, mo, d] = day.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	const guess = Date.UTC(y, mo - 1, d, h, mi);
	const offset = amsterdamOffsetMinutes(new Date(guess - amsterdamOffsetMinutes(new Date(guess)) * 60_000));
	return new Date(guess - offset * 60_000);
}

/** The form fields for a moment: its day and clock time in Dutch time. */
export function dutchDayAndTime(at: Date): { day: string; time: string } {
	const get = amsterdamPart(at);
	return { day: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}
