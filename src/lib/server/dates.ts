/** Today's date in the Netherlands as YYYY-MM-DD: responses keep the day only, never the time. */
const NL_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

export function todayInNL(now = new Date()): string {
	return NL_DAY.format(now);
}

/** "2026-Q4" for a YYYY-MM-DD date. */
export function quarterOf(day: string): string {
	const [y, m] = day.split('-').map(Number);
	return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

export function previousQuarter(quarter: string): string {
	const [y, q] = quarter.split('-Q').map(Number);
	return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

/** The day after a YYYY-MM-DD date. */
export function nextDay(day: string): string {
	const d = new Date(`${day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}
