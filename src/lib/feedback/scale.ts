/**
 * The answer scale of a questionnaire's questions, shared by the admin form (validation), the
 * server and the worker's labels. Every scale has five points (1 = low … 5 = high) plus the answer
 * "weet ik niet / zeg ik liever niet", so means, the mirror's charts and alerts and the self-view
 * stay comparable across questionnaires.
 */
export const SCALE_KINDS = ['face', 'agree', 'frequency', 'own'] as const;
type ScaleKind = (typeof SCALE_KINDS)[number];
/** Scales whose words per resident language ship with Vakspiegel (texts/ and the message catalogue). */
export type ReadyScaleKind = Exclude<ScaleKind, 'own'>;

const SCALE_POINTS = 5;
export const MAX_SCALE_WORD = 40;

/** Five words, from point 1 (low) to point 5 (high). */
export type ScaleWords = [string, string, string, string, string];

/**
 * Stored with each template question (jsonb). Absent on questions made before scales existed: those
 * use the face scale. An own scale has Dutch words and, optionally, the same resident languages as the
 * questions ("eenvoudig", "kind", "en", "ar", "tr", "pl", "uk").
 */
export type TemplateScale = { kind: ReadyScaleKind } | { kind: 'own'; words: Record<string, ScaleWords> };

export const FACE_SCALE: TemplateScale = { kind: 'face' };

function isScaleKind(value: unknown): value is ScaleKind {
	return typeof value === 'string' && (SCALE_KINDS as readonly string[]).includes(value);
}

/** The words' key for comparing: case, spaces and accents do not make two points different. */
const wordKey = (word: string) =>
	word
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\s.!,;:]+/gu, ' ')
		.trim();

/** What is wrong with one language's five words, or null. Codes, so each caller words the message. */
export type ScaleWordsProblem =
	| { code: 'count' }
	| { code: 'tooLong'; word: string }
	| { code: 'duplicate'; word: string }
	| { code: 'dontKnow'; word: string };

/** "Weet ik niet / zeg ik liever niet" is always offered apart; it is not a point on the scale. */
const DONT_KNOW = /^(weet ik niet|zeg ik liever niet|don'?t know|prefer not to say)\b/u;

export function checkScaleWords(words: readonly string[]): ScaleWordsProblem | null {
	if (words.length !== SCALE_POINTS || words.some((w) => w.trim().length === 0)) return { code: 'count' };
	const long = words.find((w) => w.length > MAX_SCALE_WORD);
	if (long) return { code: 'tooLong', word: long };
	const seen = new Set<string>();
	for (const w of words) {
		const k = wordKey(w);
		if (seen.has(k)) return { code: 'duplicate', word: w };
		seen.add(k);
	}
	const dontKnow = words.find((w) => DONT_KNOW.test(wordKey(w)));
	if (dontKnow) return { code: 'dontKnow', word: dontKnow };
	return null;
}

/**
 * A stored or submitted scale, checked and trimmed; null when it is not a valid scale. Used by the use
 * case (whatever the route sent) and when reading jsonb written by an older version.
 */
export function normaliseScale(value: unknown, languages: readonly string[]): TemplateScale | null {
	if (!value || typeof value !== 'object') return null;
	const kind = (value as { kind?: unknown }).kind;
	if (!isScaleKind(kind)) return null;
	if (kind !== 'own') return { kind };
	const raw = (value as { words?: unknown }).words;
	if (!raw || typeof raw !== 'object') return null;
	const words: Record<string, ScaleWords> = {};
	for (const [language, list] of Object.entries(raw as Record<string, unknown>)) {
		if (!languages.includes(language) || !Array.isArray(list)) return null;
		const trimmed = list.map((w) => (typeof w === 'string' ? w.trim() : ''));
		if (checkScaleWords(trimmed)) return null;
		words[language] = trimmed as ScaleWords;
	}
	if (!words.nl) return null;
	return { kind: 'own', words };
}
