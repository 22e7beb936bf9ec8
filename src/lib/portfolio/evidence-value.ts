// One piece of evidence as one form value, so a plain <select> can offer every kind without
// JavaScript: "<kind>:<id>" (a quote adds which answer, an article or kernwaarde its code first).

export type EvidenceTarget =
	| { kind: 'mirror_theme'; dimension: string }
	| { kind: 'mirror_quote'; responseId: string; field: 'good' | 'better' }
	| { kind: 'reflection'; id: string }
	| { kind: 'dilemma'; id: string }
	| { kind: 'session'; participantId: string }
	| { kind: 'code_round'; roundId: string }
	| { kind: 'code_article'; codeId: string; articleId: string }
	| { kind: 'kernwaarde'; codeId: string; number: string }
	| { kind: 'practice_story'; id: string }
	| { kind: 'activity'; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,40}$/u;
const KERNWAARDE = /^[0-9A-Za-z.]{1,20}$/u;

export function evidenceValue(t: EvidenceTarget): string {
	switch (t.kind) {
		case 'mirror_theme':
			return `theme:${t.dimension}`;
		case 'mirror_quote':
			return `quote:${t.responseId}:${t.field}`;
		case 'reflection':
			return `reflection:${t.id}`;
		case 'dilemma':
			return `dilemma:${t.id}`;
		case 'session':
			return `session:${t.participantId}`;
		case 'code_round':
			return `round:${t.roundId}`;
		case 'code_article':
			return `article:${t.codeId}:${t.articleId}`;
		case 'kernwaarde':
			return `kernwaarde:${t.codeId}:${t.number}`;
		case 'practice_story':
			return `story:${t.id}`;
		case 'activity':
			return `activity:${t.id}`;
	}
}

/** The target of a form value, or null for anything malformed (never trusted further than its shape). */
export function parseEvidenceValue(value: string): EvidenceTarget | null {
	const [prefix, a, b, ...rest] = value.split(':');
	if (rest.length > 0 || !a) return null;
	const one = (kind: 'reflection' | 'dilemma' | 'practice_story' | 'activity') =>
		b === undefined && UUID.test(a) ? { kind, id: a } : null;
	switch (prefix) {
		case 'theme':
			return b === undefined && KEY.test(a) ? { kind: 'mirror_theme', dimension: a } : null;
		case 'quote':
			return UUID.test(a) && (b === 'good' || b === 'better')
				? { kind: 'mirror_quote', responseId: a, field: b }
				: null;
		case 'reflection':
		case 'dilemma':
		case 'activity':
			return one(prefix);
		case 'story':
			return one('practice_story');
		case 'session':
			return b === undefined && UUID.test(a) ? { kind: 'session', participantId: a } : null;
		case 'round':
			return b === undefined && UUID.test(a) ? { kind: 'code_round', roundId: a } : null;
		case 'article':
			return UUID.test(a) && b !== undefined && UUID.test(b) ? { kind: 'code_article', codeId: a, articleId: b } : null;
		case 'kernwaarde':
			return UUID.test(a) && b !== undefined && KERNWAARDE.test(b)
				? { kind: 'kernwaarde', codeId: a, number: b }
				: null;
		default:
			return null;
	}
}
