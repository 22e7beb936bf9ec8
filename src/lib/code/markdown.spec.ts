import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articlesOf, CodeParseError, exportCode, parseCode } from './markdown';

const sample = fs.readFileSync(new URL('../../../docs/voorbeeld-beroepscode.md', import.meta.url), 'utf8');

const small = `# Code

Een inleiding.

## Kernwaarden

### Kernwaarde 1. Respect

Ieder mens telt.

### Hoofdstuk 1. Begin

##### Artikel 1.1

Eerste artikel.

Tweede alinea.

#### § 1. Samen

##### Artikel 1.1.1. Luisteren

Je luistert.

### Hoofdstuk 2.

##### Artikel 2.1

Laatste.

## Begrippenlijst

- **Inwoner**: iemand met wie je werkt.
`;

function errorOf(markdown: string): CodeParseError {
	try {
		parseCode(markdown);
	} catch (e) {
		if (e instanceof CodeParseError) return e;
		throw e;
	}
	throw new Error('parsed without an error');
}

describe('parseCode', () => {
	it('reads chapters, paragraphs, articles, kernwaarden and the begrippenlijst', () => {
		const doc = parseCode(small);
		expect(doc.title).toBe('Code');
		expect(doc.preamble).toBe('Een inleiding.');
		expect(doc.kernwaarden).toEqual([{ number: '1', name: 'Respect', body: 'Ieder mens telt.' }]);
		expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([
			['1', 'Begin'],
			['2', '']
		]);
		expect(doc.chapters[0].articles).toEqual([{ number: '1.1', title: '', body: 'Eerste artikel.\n\nTweede alinea.' }]);
		expect(doc.chapters[0].paragraphs[0]).toMatchObject({ number: '1', title: 'Samen' });
		expect(doc.chapters[0].paragraphs[0].articles).toEqual([
			{ number: '1.1.1', title: 'Luisteren', body: 'Je luistert.' }
		]);
		expect(articlesOf(doc).map((a) => a.article.number)).toEqual(['1.1', '1.1.1', '2.1']);
		expect(doc.begrippen).toEqual([{ term: 'Inwoner', definition: 'iemand met wie je werkt.' }]);
	});

	it('reads the sample code: 5 kernwaarden, 7 chapters, 29 articles, a begrippenlijst', () => {
		const doc = parseCode(sample);
		expect(doc.kernwaarden.map((k) => k.name)).toEqual([
			'Respect voor menselijke waardigheid en autonomie',
			'Betrokkenheid en bereidheid om mensen bij te staan',
			'Sociale rechtvaardigheid en mensenrechten',
			'Deskundigheid en zorgvuldigheid',
			'Betrouwbaarheid en integriteit'
		]);
		expect(doc.chapters).toHaveLength(7);
		expect(articlesOf(doc)).toHaveLength(29);
		expect(doc.begrippen.length).toBeGreaterThan(3);
		expect(doc.preamble).toContain('niet de echte beroepscode');
	});

	it('accepts Windows line ends', () => {
		expect(parseCode(small.replace(/\n/g, '\r\n'))).toEqual(parseCode(small));
	});
});

describe('import → export gives the same Markdown back', () => {
	it('for the sample code', () => {
		expect(exportCode(parseCode(sample))).toBe(sample);
	});
	it('for a code with articles both directly under a chapter and under a §', () => {
		expect(exportCode(parseCode(small))).toBe(small);
	});
	it('and export is stable for a text with extra blank lines and trailing spaces', () => {
		const messy = small.replace('# Code\n', '# Code   \n\n\n').replace('Je luistert.', 'Je luistert.  \n\n');
		const once = exportCode(parseCode(messy));
		expect(once).toBe(small);
		expect(exportCode(parseCode(once))).toBe(once);
	});
});

describe('malformed Markdown: a clear Dutch error with the line number', () => {
	const cases: [string, string, number, RegExp][] = [
		['no title', 'Zomaar tekst\n', 1, /beginnen met een titel/],
		['empty', '\n\n', 1, /leeg/],
		['unknown heading', small.replace('#### § 1. Samen', '#### Paragraaf 1 Samen'), 19, /kop kennen we niet/],
		['article without text', small.replace('Je luistert.', ''), 21, /artikel 1\.1\.1 heeft geen tekst/],
		[
			'duplicate article',
			small.replace('##### Artikel 2.1', '##### Artikel 1.1'),
			27,
			/artikel 1\.1 staat er twee keer in \(ook op regel 13\)/
		],
		['article before any chapter', '# Code\n\n##### Artikel 1\n\nTekst.\n', 3, /artikel hoort onder een hoofdstuk/],
		[
			'bad begrip line',
			small.replace('- **Inwoner**: iemand', 'Inwoner: iemand'),
			33,
			/begrippenlijst hoort elke regel/
		],
		[
			'chapter after the begrippenlijst',
			small + '\n### Hoofdstuk 3. Later\n',
			35,
			/begrippenlijst moet na het laatste hoofdstuk/
		],
		['a second title', small.replace('### Hoofdstuk 2.', '# Nog een titel'), 25, /maar één titel/],
		[
			'kernwaarde outside its section',
			small.replace('### Hoofdstuk 2.', '### Kernwaarde 2. Zorg'),
			25,
			/hoort onder "## Kernwaarden"/
		],
		['no articles', '# Code\n\n### Hoofdstuk 1. Leeg\n', 4, /geen enkel artikel/]
	];
	it.each(cases)('%s', (_name, markdown, line, reason) => {
		const e = errorOf(markdown);
		expect(e.line).toBe(line);
		expect(e.message).toMatch(new RegExp(`^Regel ${line}: `));
		expect(e.message).toMatch(reason);
	});
});
