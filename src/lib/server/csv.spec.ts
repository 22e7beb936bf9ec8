import { describe, expect, it } from 'vitest';
import { csvCell, csvDate, toCsv } from './csv';

describe('csvCell', () => {
	it('leaves plain text, and writes numbers with a decimal comma', () => {
		expect(csvCell('Respect')).toBe('Respect');
		expect(csvCell(3)).toBe('3');
		expect(csvCell(4.5)).toBe('"4,5"');
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(Number.NaN)).toBe('');
	});

	it('quotes text with the separator, a quote or a line break (RFC 4180)', () => {
		expect(csvCell('een; twee')).toBe('"een; twee"');
		expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
		expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
		expect(csvCell('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
		// A comma is quoted too: a program that guesses the separator cannot split the cell.
		expect(csvCell('a, b')).toBe('"a, b"');
	});

	it('puts an apostrophe before a formula start, so a spreadsheet shows the text instead of running it', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r']) {
			expect(csvCell(`${start}SOM(A1)`).replace(/^"/u, '')).toMatch(/^'/u);
		}
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('-')).toBe("'-");
		expect(csvCell('a=b')).toBe('a=b');
	});
});

describe('toCsv', () => {
	it('writes a BOM, ";" between cells and CRLF after every row, the header first', () => {
		const csv = toCsv(
			['Soort', 'Tekst', 'Aantal'],
			[
				['tip', 'Bel terug; ook als het laat is', 2],
				['tip', '=1+1', 0.5]
			]
		);
		expect(csv).toBe('\uFEFFSoort;Tekst;Aantal\r\ntip;"Bel terug; ook als het laat is";2\r\ntip;\'=1+1;"0,5"\r\n');
	});

	it('writes only the header for no rows', () => {
		expect(toCsv(['A', 'B'], [])).toBe('\uFEFFA;B\r\n');
	});
});

describe('csvDate', () => {
	it('writes a day as dd-mm-jjjj', () => {
		expect(csvDate('2026-12-17')).toBe('17-12-2026');
		expect(csvDate('2026-01-05T10:00:00Z')).toBe('05-01-2026');
	});

	it('takes the day in the Netherlands for a moment in time', () => {
		expect(csvDate(new Date('2026-06-30T22:30:00Z'))).toBe('01-07-2026');
		expect(csvDate(new Date('2026-12-31T22:59:00Z'))).toBe('31-12-2026');
	});

	it('is empty for nothing and leaves other text alone', () => {
		expect(csvDate(null)).toBe('');
		expect(csvDate(undefined)).toBe('');
		expect(csvDate('')).toBe('');
		expect(csvDate('morgen')).toBe('morgen');
	});
});
