import fs from 'node:fs';
import { suggestThemes, type TipInput } from '../lib/server/advice/suggest-themes';

export interface CliOutput {
	out: (text: string) => void;
	err: (text: string) => void;
}

/** One tip per line (typed-in paper notes); empty lines are skipped, the id is the line number. */
export function readTips(text: string): TipInput[] {
	return text
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/)
		.map((line, index) => ({ id: String(index + 1), text: line.trim() }))
		.filter((tip) => tip.text !== '');
}

const count = (n: number) => `${n} ${n === 1 ? 'tip' : 'tips'}`;

/** `vakspiegel suggest-themes FILE [--json]`: needs no database. FILE `-` reads standard input. */
export function suggestThemesCommand(file: string | undefined, json: boolean, io: CliOutput): number {
	if (!file) {
		io.err('Gebruik: vakspiegel suggest-themes BESTAND [--json]  (BESTAND - leest van standaardinvoer)\n');
		return 2;
	}
	let input: string;
	try {
		input = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
	} catch {
		io.err(`Kan ${file} niet lezen.\n`);
		return 2;
	}
	const tips = readTips(input);
	const textOf = new Map(tips.map((tip) => [tip.id, tip.text]));
	const texts = (ids: string[]) => ids.map((id) => textOf.get(id)!);
	const suggestion = suggestThemes(tips);

	if (json) {
		const themes = suggestion.themes.map((t) => ({ name: t.name, keywords: t.keywords, tips: texts(t.tipIds) }));
		io.out(JSON.stringify({ themes, unassigned: texts(suggestion.unassigned) }, null, 2) + '\n');
		return 0;
	}
	const lines: string[] = [];
	for (const theme of suggestion.themes) {
		lines.push(`Thema '${theme.name}' (${count(theme.tipIds.length)}):`);
		if (theme.keywords.length > 0) lines.push(`  trefwoorden: ${theme.keywords.join(', ')}`);
		lines.push(...texts(theme.tipIds).map((text) => `  - ${text}`), '');
	}
	if (suggestion.unassigned.length > 0) {
		lines.push(`Past bij geen thema (${count(suggestion.unassigned.length)}):`);
		lines.push(...texts(suggestion.unassigned).map((text) => `  - ${text}`), '');
	}
	if (tips.length === 0) lines.push('Geen tips gevonden: zet één tip per regel.');
	io.out(lines.join('\n') + '\n');
	return 0;
}
