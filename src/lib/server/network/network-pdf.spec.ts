import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SECTORS } from '../db/schema';
import { pdfFont } from '../pdf-fonts';
import type { NetworkDocument } from './network-document';
import { TYPE, wrapText } from './network-layout';
import { PDF_NAME_SIZE, renderNetworkPdf, renderWorksheetPdf } from './network-pdf';

const NAMES = ['Ayşe Yılmaz', 'Łucja Wójcik', 'محمد', 'Ольга', 'Zoë'];

function documentWith(names: string[]): NetworkDocument {
	return {
		format: 'vakspiegel-netwerk/1',
		pseudonymised: false,
		kind: 'client',
		client: 'B.',
		clientRoles: ['parent'],
		clientRoleOther: '',
		exportedOn: '2026-11-23',
		persons: names.map((name, i) => ({
			id: `p${i}`,
			name,
			remark: '',
			sector: SECTORS[i % 5],
			ring: ((i % 3) + 1) as 1 | 2 | 3,
			relation: 'strong',
			energy: 'mutual',
			supports: []
		})),
		ties: [],
		versions: [],
		goals: [],
		concerns: [],
		strengths: [],
		legend: {}
	};
}

/** The text of every compressed stream in the PDF (content, fonts, ToUnicode maps). */
function streams(pdf: Buffer): string[] {
	const out: string[] = [];
	let at = 0;
	for (;;) {
		const start = pdf.indexOf('stream\n', at);
		if (start < 0) return out;
		const end = pdf.indexOf('\nendstream', start);
		try {
			out.push(inflateSync(pdf.subarray(start + 7, end)).toString('latin1'));
		} catch {
			/* not deflated */
		}
		at = end + 10;
	}
}

/** The creation date and file id differ per run; everything else must not. */
const stable = (pdf: Buffer) =>
	pdf
		.toString('latin1')
		.replace(/\/CreationDate \([^)]*\)/, '')
		// pdfkit may write the date as an object of its own; documents a second apart differ there.
		.replace(/\(D:\d{14}Z\)/gu, '')
		.replace(/\/ID \[[^\]]*\]/, '');

describe('network PDF', () => {
	it('embeds a real glyph for every letter of Turkish, Polish, Arabic and Cyrillic names', async () => {
		const pdf = await renderNetworkPdf(documentWith(NAMES));
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const toUnicode = streams(pdf)
			.filter((s) => s.includes('beginbfrange'))
			.join('\n');
		const font = pdfFont('sans');
		for (const letter of ['ş', 'ı', 'Ł', 'ó', 'م', 'ح', 'О', 'ë']) {
			const code = letter.codePointAt(0)!;
			expect(font.glyphForCodePoint(code).id, letter).not.toBe(0);
			expect(toUnicode, letter).toContain(`<${code.toString(16).padStart(4, '0')}>`);
		}
	});

	it('on the practice map the title speaks of your own network, and a nudge does not break the page', async () => {
		const doc = { ...documentWith(['huisarts', 'fysiotherapeut', 'zus']), kind: 'practice' as const, client: 'Ik' };
		doc.persons = doc.persons.map((p, i) => ({ ...p, sector: i < 2 ? 'professionals' : 'family' }));
		const pdf = await renderNetworkPdf(doc);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const info = pdf.toString('latin1');
		expect(info).toContain('(Mijn eigen netwerk)');
		expect(info).not.toContain('Netwerk van Ik');
	});

	it('gives the same file when documents are made at the same time (the fonts are shared)', async () => {
		const a = documentWith(NAMES);
		const b = documentWith(['Persoon 1', 'Persoon 2']);
		const [soloA, soloB] = [await renderNetworkPdf(a), await renderNetworkPdf(b)];
		const [bothA, bothB, blank] = await Promise.all([
			renderNetworkPdf(a),
			renderNetworkPdf(b),
			renderWorksheetPdf('ecogram')
		]);
		expect(stable(bothA)).toBe(stable(soloA));
		expect(stable(bothB)).toBe(stable(soloB));
		expect(stable(blank)).toBe(stable(await renderWorksheetPdf('ecogram')));
	});

	it('writes the names on the A3 drawing in large letters (at least 14 pt), whole', async () => {
		expect(PDF_NAME_SIZE).toBeGreaterThanOrEqual(14);
		const names = ['tante Fatima', 'schuldhulpverlener', 'Wim (taalmaatje)', 'maatschappelijk werker van het wijkteam'];
		const pdf = await renderNetworkPdf(documentWith(names));
		expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 1190\.55\d* 841\.89\]/u);
		// Page 1's content: every text run with its font size ("/F2 15.0 Tf … TJ").
		const page = streams(pdf).find((s) => s.includes(' Tf'))!;
		const runs = [...page.matchAll(/ ([\d.]+) Tf[^]*?\[([^\]]*)\] TJ/gu)].map((r) => ({
			size: Number(r[1]),
			text: r[2]
		}));
		const nameRuns = runs.filter((r) => Math.abs(r.size - PDF_NAME_SIZE) < 0.01);
		// One run a line: the long name wraps over three lines instead of being cut.
		expect(wrapText(names[3], TYPE.name, 150)).toHaveLength(3);
		expect(nameRuns.length).toBe(names.reduce((n, name) => n + wrapText(name, TYPE.name, 150).length, 0));
		const smallest = Math.min(...runs.filter((r) => r.size >= 12).map((r) => r.size));
		expect(smallest).toBeGreaterThanOrEqual(12);
	});
});
