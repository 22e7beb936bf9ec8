import fs from 'node:fs';
import type { Actor } from '../lib/server/actor';
import type { Db } from '../lib/server/db/client';
import { CodeParseError, parseCode } from '../lib/code/markdown';
import type { MatchReport } from '../lib/code/match';
import { importCodeVersion, type ImportCodeResult } from '../lib/server/code/import-code-version';
import { findOrganisationByName } from '../lib/server/organisation/find-organisation-by-name';
import type { CliOutput } from './suggest-themes';

const USAGE = 'Gebruik: vakspiegel import-code BESTAND --org NAAM [--title TITEL]\n';

const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

/** What the import found, for the terminal. */
export function formatImport(result: ImportCodeResult, organisationName: string): string {
	const lines = [
		`Beroepscode "${result.title}" ingelezen als versie ${result.versionNumber} voor "${organisationName}".`,
		`Gevonden: ${plural(result.chapters.length, 'hoofdstuk', 'hoofdstukken')}, ${plural(result.articles, 'artikel', 'artikelen')}, ${plural(result.kernwaarden, 'kernwaarde', 'kernwaarden')}, ${plural(result.begrippen, 'begrip', 'begrippen')}.`,
		...result.chapters.map(
			(c) => `  Hoofdstuk ${c.number}.${c.title ? ` ${c.title}` : ''}: ${plural(c.articles, 'artikel', 'artikelen')}`
		)
	];
	if (result.matchReport) lines.push(...formatMatches(result.matchReport));
	return lines.join('\n') + '\n';
}

function formatMatches(report: MatchReport): string[] {
	const byNumber = report.matches.filter((m) => m.kind === 'number');
	const byText = report.matches.filter((m) => m.kind === 'similarity');
	const added = report.matches.filter((m) => m.kind === 'new');
	return [
		`Gekoppeld aan de vorige versie: ${byNumber.length} op nummer, ${byText.length} op tekst, ${added.length} nieuw.`,
		...byText.map(
			(m) =>
				`  Artikel ${m.number} = vorig artikel ${m.previousNumber} (${Math.round(m.similarity * 100)}% gelijk): controleer dit.`
		),
		...(added.length ? [`  Nieuw: ${added.map((m) => m.number).join(', ')}`] : []),
		...(report.removed.length ? [`  Niet meer in deze versie: ${report.removed.join(', ')}`] : [])
	];
}

/** `vakspiegel import-code FILE --org NAME [--title T]`: checks the file before it opens the database. */
export async function importCodeCommand(
	options: { file: string | undefined; org: string | undefined; title: string | undefined },
	io: CliOutput,
	withDb: <T>(work: (db: Db) => Promise<T>) => Promise<T>,
	actor: Actor
): Promise<number> {
	if (!options.file || !options.org) {
		io.err(USAGE);
		return 2;
	}
	let markdown: string;
	try {
		markdown = fs.readFileSync(options.file, 'utf8');
	} catch {
		io.err(`Kan ${options.file} niet lezen.\n`);
		return 2;
	}
	try {
		parseCode(markdown);
	} catch (e) {
		if (e instanceof CodeParseError) {
			io.err(`${options.file}, ${e.message}\nNiets ingelezen.\n`);
			return 1;
		}
		throw e;
	}
	const org = options.org;
	const result = await withDb(async (db) => {
		const organisationId = await findOrganisationByName(actor, db, org);
		return importCodeVersion(actor, db, { organisationId, markdown, title: options.title });
	});
	io.out(formatImport(result, org));
	return 0;
}
