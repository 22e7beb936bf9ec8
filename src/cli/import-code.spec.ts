import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { systemActor } from '../lib/server/actor';
import { formatImport, importCodeCommand } from './import-code';
import { idFrom, type CodeId, type CodeVersionId } from '../lib/server/ids';

const sample = fs.readFileSync(new URL('../../docs/voorbeeld-beroepscode.md', import.meta.url), 'utf8');

function io() {
	const out: string[] = [];
	const err: string[] = [];
	return { out, err, io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) } };
}

describe('vakspiegel import-code', () => {
	it('refuses malformed Markdown with the line number, before it opens the database', async () => {
		const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'code-')), 'code.md');
		fs.writeFileSync(file, sample.replace('##### Artikel 2.1.3. Luisteren', '###### Artikel 2.1.3. Luisteren'));
		const withDb = vi.fn();
		const t = io();
		expect(await importCodeCommand({ file, org: 'Org', title: undefined }, t.io, withDb, systemActor('test'))).toBe(1);
		expect(t.err.join('')).toMatch(/Regel 53: deze kop kennen we niet/);
		expect(t.err.join('')).toContain('Niets ingelezen.');
		expect(withDb).not.toHaveBeenCalled();
	});

	it('asks for the file and the organisation', async () => {
		const t = io();
		expect(
			await importCodeCommand({ file: undefined, org: 'Org', title: undefined }, t.io, vi.fn(), systemActor('test'))
		).toBe(2);
		expect(
			await importCodeCommand({ file: 'x.md', org: undefined, title: undefined }, t.io, vi.fn(), systemActor('test'))
		).toBe(2);
		expect(t.err.join('')).toContain('Gebruik: vakspiegel import-code BESTAND --org NAAM');
	});

	it('prints what it found and which articles were matched by text', () => {
		const text = formatImport(
			{
				codeId: idFrom<CodeId>('c'),
				versionId: idFrom<CodeVersionId>('v'),
				versionNumber: 2,
				title: 'Code',
				chapters: [
					{ number: '1', title: 'Begin', articles: 1 },
					{ number: '2', title: '', articles: 2 }
				],
				articles: 3,
				kernwaarden: 5,
				begrippen: 1,
				matchReport: {
					matches: [
						{ number: '1.1', kind: 'number', previousNumber: '1.1', similarity: 1 },
						{ number: '2.2', kind: 'similarity', previousNumber: '2.1', similarity: 0.8 },
						{ number: '2.3', kind: 'new', previousNumber: null, similarity: 0 }
					],
					removed: ['2.5']
				}
			},
			'Org'
		);
		expect(text).toBe(
			[
				'Beroepscode "Code" ingelezen als versie 2 voor "Org".',
				'Gevonden: 2 hoofdstukken, 3 artikelen, 5 kernwaarden, 1 begrip.',
				'  Hoofdstuk 1. Begin: 1 artikel',
				'  Hoofdstuk 2.: 2 artikelen',
				'Gekoppeld aan de vorige versie: 1 op nummer, 1 op tekst, 1 nieuw.',
				'  Artikel 2.2 = vorig artikel 2.1 (80% gelijk): controleer dit.',
				'  Nieuw: 2.3',
				'  Niet meer in deze versie: 2.5',
				''
			].join('\n')
		);
	});
});
