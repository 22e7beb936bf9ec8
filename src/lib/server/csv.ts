/**
 * The one CSV dialect of every Vakspiegel export, so each file opens right in Dutch Excel by a double
 * click (and in LibreOffice and Numbers): UTF-8 with a byte order mark, ";" between cells (Dutch Excel
 * uses the comma for decimals), CRLF line ends, RFC 4180 quoting, dates as dd-mm-jjjj and decimals with a
 * comma. Column names and values are Dutch words, never code names.
 */

const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * One cell: a leading apostrophe against formula injection (a cell starting with = + - @, a tab or a
 * carriage return would run as a formula in a spreadsheet), then quotes when the text holds the
 * separator, a comma (for programs that guess the separator), a quote or a line break.
 */
export function csvCell(value: unknown): string {
	let s = value === null || value === undefined ? '' : typeof value === 'number' ? csvNumber(value) : String(value);
	if (/^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
	return /[",;\n\r]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** Whole numbers as they are, others with a decimal comma ("4,5"). */
function csvNumber(value: number): string {
	return Number.isFinite(value) ? String(value).replace('.', ',') : '';
}

/** The whole file: the header row first, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
	const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
	return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * A date as Dutch Excel reads it: "2026-12-17" (a day) or a Date becomes "17-12-2026" (the day in the
 * Netherlands). Empty for nothing; text that is not a date stays as it is.
 */
export function csvDate(value: string | Date | null | undefined): string {
	if (value === null || value === undefined || value === '') return '';
	const day =
		value instanceof Date
			? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(value)
			: value.slice(0, 10);
	const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
	return match ? `${match[3]}-${match[2]}-${match[1]}` : String(value);
}
