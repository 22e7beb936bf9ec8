// The resident-data guard (issue 19, "Export"): nothing about a resident leaves in a portfolio. Pure:
// the server gives it the names on the worker's network maps and the contact details residents left
// for them; this module says where a text holds one of those, a BSN-shaped number, an e-mail address
// or a Dutch phone number. It refuses too much rather than too little, but not so much that a worker
// stops reading its refusals: see the notes on short and common names below.

export type ResidentDataKind = 'name' | 'bsn' | 'email' | 'phone' | 'contact';

export interface ResidentDataMatch {
	kind: ResidentDataKind;
	/** Where in the text, in UTF-16 code units (String.prototype.slice). */
	start: number;
	end: number;
}

export interface ResidentDataSources {
	/** Names as stored on network maps and in call-back requests ("tante Fatima", "Jan de Vries"). */
	names: readonly string[];
	/** What residents typed to be reached (a phone number, an e-mail address). */
	contacts: readonly string[];
}

/**
 * Words that sit in a stored name without being one: kinship and role words ("tante Fatima",
 * "buurman Henk") and Dutch tussenvoegsels. Alone they identify nobody and are everyday words.
 */
const NOT_A_NAME = new Set(
	(
		'tante oom oma opa moeder vader mama papa mam pap zus zusje zuster broer broertje neef nicht zoon dochter ' +
		'kind kinderen baby kleinkind kleinzoon kleindochter schoonmoeder schoonvader schoonzus zwager man vrouw ' +
		'partner vriend vriendin vrienden ex buurman buurvrouw buren buurmeisje buurjongen juf meester leraar ' +
		'lerares mentor dokter huisarts arts wijkagent collega baas mevrouw meneer mevr dhr mw hr mr dr ' +
		'de van der den het ter ten te op in la le da di du del von vd v.d. ' +
		// Professionals and roles on a map ("schuldhulpverlener", "juf van Sara"): a role, not a person.
		'schuldhulpverlener bewindvoerder wijkverpleegkundige verpleegkundige thuiszorg jongerenwerker ' +
		'maatschappelijk werker begeleider consulent casemanager psycholoog therapeut fysiotherapeut ' +
		'logopedist tandarts apotheek specialist advocaat voogd gezinsvoogd jeugdzorg ggz politie agent ' +
		'coach trainer oppas gastouder pleegouder pleegmoeder pleegvader stiefmoeder stiefvader school ' +
		'werk kerk moskee sport club vereniging kennis maatje taalmaatje buurt'
	).split(' ')
);

/**
 * Names that are also common Dutch words ("Ben" in "ik ben", "Roos", "Bakker", "de Jong"). Such a name
 * counts only where it is written with a capital and does not open a sentence, or where the whole
 * stored name appears ("Ben Bakker"). A name at the start of a sentence is then missed: the price of
 * a guard that does not refuse every "Ben je er morgen?".
 */
const COMMON_WORDS = new Set(
	(
		'ben wil hoop roos lot door bloem zon maan ster storm rust lief vrede fleur floor iris lelie mees vink ' +
		'vos wolf haas leeuw valk mol kok boer bakker visser smit koning graaf ridder meester groot klein jong ' +
		'oud wit zwart rood bos berg dijk meer beek hoek post haan baas winter zomer lente veld akker brink laan ' +
		'kerk molen zee heuvel wijk sterk job mark bas kees dirk'
	).split(' ')
);

/** Letters that carry no combining mark to strip: Turkish dotless i, Polish ł, Scandinavian ø. */
const LETTERS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd' };

/** Letters without accents, lower case: "Zoë" and "zoe" are the same name. One entry per UTF-16 unit. */
function fold(text: string): { folded: string; index: number[] } {
	let folded = '';
	const index: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const unit = text[i];
		const plain = unit
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[ıłøđ]/gu, (c) => LETTERS[c]);
		// A combining mark typed on its own (decomposed input) folds to nothing: it belongs to the letter before.
		for (const ch of plain) {
			folded += ch;
			index.push(i);
		}
	}
	index.push(text.length);
	return { folded, index };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const WORD = String.raw`[\p{L}\p{N}]`;
/** Whole words: no letter or digit right before or after (an apostrophe or hyphen ends a word: "Fatima's"). */
const whole = (body: string) => new RegExp(String.raw`(?<!${WORD})(?:${body})(?!${WORD})`, 'gu');

/**
 * The words of a stored name. A part in brackets is a remark, not the name ("Mo (vriend)", "Wim
 * (taalmaatje)"); it only counts when nothing stands outside the brackets.
 */
function nameTokens(stored: string): string[] {
	const outside = stored.replace(/\([^)]*\)/gu, ' ').trim();
	const name = outside || stored;
	return fold(name)
		.folded.split(/[\s,;:()/]+/u)
		.map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
		.filter(Boolean);
}

interface NamePattern {
	re: RegExp;
	/** Only with a capital, not opening a sentence (COMMON_WORDS). */
	strict: boolean;
	/** Two letters ("Bo", "Ed"): only as written with a capital. */
	short: boolean;
}

function namePatterns(names: readonly string[]): NamePattern[] {
	const phrases = new Set<string>();
	const tokens = new Set<string>();
	for (const name of names) {
		const all = nameTokens(name);
		const own = all.filter((t) => !NOT_A_NAME.has(t));
		// A one-letter token is an initial ("M.", "K"): alone it identifies nobody.
		const usable = own.filter((t) => [...t].length >= 2);
		for (const t of usable) tokens.add(t);
		// The whole name as stored, when it has more than one word: "Ben Bakker", "Jan de Vries".
		if (all.length > 1 && usable.length > 0) phrases.add(all.map(escape).join(String.raw`[\s.'-]+`));
	}
	const patterns: NamePattern[] = [...phrases].map((p) => ({ re: whole(p), strict: false, short: false }));
	for (const t of tokens) {
		patterns.push({ re: whole(escape(t)), strict: COMMON_WORDS.has(t), short: [...t].length === 2 });
	}
	return patterns;
}

/** The first letter is a capital (in the original text) and it does not open a sentence. */
function capitalMidSentence(text: string, start: number): boolean {
	const first = text[start];
	if (first === first.toLowerCase()) return false;
	const before = text.slice(0, start).trimEnd();
	return before !== '' && !/[.!?:\n]$/u.test(before);
}

function findNames(text: string, patterns: NamePattern[]): ResidentDataMatch[] {
	const { folded, index } = fold(text);
	const found: ResidentDataMatch[] = [];
	for (const p of patterns) {
		for (const m of folded.matchAll(p.re)) {
			const start = index[m.index];
			const end = index[m.index + m[0].length];
			if (p.strict && !capitalMidSentence(text, start)) continue;
			if (p.short && text[start] === text[start].toLowerCase()) continue;
			found.push({ kind: 'name', start, end });
		}
	}
	return found;
}

/** The elfproef of a BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros). */
export function passesElfproef(digits: string): boolean {
	if (!/^\d{9}$/u.test(digits) || /^0+$/u.test(digits)) return false;
	let sum = 0;
	for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
	sum -= Number(digits[8]);
	return sum % 11 === 0;
}

// Nine digits, or written in groups with dots or spaces (123.456.782, 1234 56 782). Not part of a
// longer number: no digit, and no digit after a dot or comma, on either side.
const BSN =
	/(?<!\d[.,]?)(\d{9}|\d{3}[. ]\d{3}[. ]\d{3}|\d{4}[. ]\d{2}[. ]\d{3}|\d{2}[. ]\d{3}[. ]\d{2}[. ]\d{2})(?![.,]?\d)/gu;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// A Dutch number: 0 and nine more digits, or +31/0031 and nine; single separators (space, dash, dot,
// brackets) between digits: 06-12345678, 020 123 45 67, (010) 123 4567, +31 6 1234 5678, +31 (0)20 …
const SEP = String.raw`[\s.\-()]{0,3}`;
const PHONE = new RegExp(
	String.raw`(?<![\p{L}\p{N}+])(?:(?:\+|00)31${SEP}(?:\(0\)${SEP})?[1-9](?:${SEP}\d){8}|0${SEP}[1-9](?:${SEP}\d){8})(?!\d)`,
	'gu'
);
/** A date or a time span inside a phone-shaped match ("01-02-2026 10", "09.00-10.30"): not a phone. */
const DATE_OR_TIME = /\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}/u;

function findNumbers(text: string): ResidentDataMatch[] {
	const found: ResidentDataMatch[] = [];
	for (const m of text.matchAll(BSN)) {
		if (passesElfproef(m[0].replace(/\D/gu, '')))
			found.push({ kind: 'bsn', start: m.index, end: m.index + m[0].length });
	}
	for (const m of text.matchAll(EMAIL)) found.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
	for (const m of text.matchAll(PHONE)) {
		if (DATE_OR_TIME.test(m[0])) continue;
		found.push({ kind: 'phone', start: m.index, end: m.index + m[0].length });
	}
	return found;
}

/** A contact a resident left: its digits with any separators, or the text itself, whole words. */
function contactPatterns(contacts: readonly string[]): RegExp[] {
	const out: RegExp[] = [];
	for (const raw of contacts) {
		const contact = raw.trim();
		const digits = contact.replace(/\D/gu, '');
		if (digits.length >= 6 && digits.length >= contact.replace(/[\s.\-()+]/gu, '').length - 1) {
			// A phone number: the same digits however they are grouped; +31 and 0 are the same start.
			const local = digits.replace(/^(?:0031|31)(?=[1-9]\d{8}$)/u, '');
			const body = local
				.replace(/^0/u, '')
				.split('')
				.join(String.raw`[\s.\-()]{0,3}`);
			out.push(new RegExp(String.raw`(?<!\d)(?:(?:\+|00)31${SEP}(?:\(0\)${SEP})?|0${SEP})?${body}(?!\d)`, 'gu'));
		} else if ([...contact].length >= 4) {
			out.push(whole(escape(fold(contact).folded)));
		}
	}
	return out;
}

export interface ResidentDataGuard {
	/** Every place in the text that holds resident data, in order, overlapping places merged. */
	find(text: string): ResidentDataMatch[];
}

/** Which kind an overlap is called: the most specific (a phone number can hold a BSN-shaped part). */
const PRIORITY: Record<ResidentDataKind, number> = { contact: 0, phone: 1, bsn: 2, email: 3, name: 4 };

/** Compiles the guard once per export: the worker's names and contacts become patterns. */
export function residentDataGuard(sources: ResidentDataSources): ResidentDataGuard {
	const names = namePatterns(sources.names);
	const contacts = contactPatterns(sources.contacts);
	return {
		find(text) {
			if (!text) return [];
			const found = [...findNumbers(text), ...findNames(text, names)];
			if (contacts.length) {
				const { folded, index } = fold(text);
				for (const re of contacts) {
					for (const m of folded.matchAll(re))
						found.push({ kind: 'contact', start: index[m.index], end: index[m.index + m[0].length] });
				}
			}
			found.sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[a.kind] - PRIORITY[b.kind]);
			const merged: ResidentDataMatch[] = [];
			for (const f of found) {
				const last = merged.at(-1);
				if (last && f.start < last.end) {
					if (f.end > last.end) last.end = f.end;
					if (PRIORITY[f.kind] < PRIORITY[last.kind]) last.kind = f.kind;
				} else merged.push({ ...f });
			}
			return merged;
		}
	};
}

/**
 * A short excerpt around a match for the refusal page, every match in it masked: the first character
 * of each word or group of digits stays, the rest becomes "•", so the worker recognises what to change while nobody
 * looking over their shoulder reads it.
 */
export function maskedExcerpt(text: string, matches: readonly ResidentDataMatch[], at: number, context = 30): string {
	const target = matches[at];
	const from = Math.max(0, target.start - context);
	const to = Math.min(text.length, target.end + context);
	let out = '';
	let i = from;
	for (const m of matches) {
		if (m.end <= from || m.start >= to) continue;
		const s = Math.max(m.start, from);
		out += text.slice(i, s);
		const part = text.slice(s, Math.min(m.end, to));
		out += part.replace(/(?<=[\p{L}\p{N}])[\p{L}\p{N}]/gu, '•');
		i = Math.min(m.end, to);
	}
	out += text.slice(i, to);
	return `${from > 0 ? '…' : ''}${out.replace(/\s+/gu, ' ').trim()}${to < text.length ? '…' : ''}`;
}
