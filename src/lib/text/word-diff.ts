/** One run of text in a word diff: the same in both, only in the new text, or only in the old. */
export interface DiffPart {
	op: 'same' | 'ins' | 'del';
	text: string;
}

/**
 * Above this many cells (old words × new words, after the common start and end are cut off) the
 * longest-common-subsequence table would cost too much time and memory: the middle is then shown as
 * removed and added whole. 250,000 cells is two texts of 500 different words each, far past a section.
 */
export const DIFF_MAX_CELLS = 250_000;

/** Words and the white space between them, as separate tokens: joined, they give the text back unchanged. */
export function tokenize(text: string): string[] {
	return text.match(/\s+|[^\s]+/g) ?? [];
}

const isSpace = (token: string) => /^\s+$/u.test(token);

function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
	if (!text) return;
	const last = parts.at(-1);
	if (last && last.op === op) last.text += text;
	else parts.push({ op, text });
}

/**
 * Word-level diff of two plain texts (LCS over words, bounded by DIFF_MAX_CELLS). Joining the 'same'
 * and 'del' parts gives the old text, the 'same' and 'ins' parts the new one.
 */
export function diffWords(before: string, after: string): DiffPart[] {
	const a = tokenize(before);
	const b = tokenize(after);
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA--;
		endB--;
	}
	const parts: DiffPart[] = [];
	push(parts, 'same', a.slice(0, start).join(''));
	const midA = a.slice(start, endA);
	const midB = b.slice(start, endB);
	if (midA.length * midB.length > DIFF_MAX_CELLS) {
		push(parts, 'del', midA.join(''));
		push(parts, 'ins', midB.join(''));
	} else {
		for (const p of tidy(lcsDiff(midA, midB))) push(parts, p.op, p.text);
	}
	push(parts, 'same', a.slice(endA).join(''));
	return parts;
}

function lcsDiff(a: string[], b: string[]): DiffPart[] {
	const n = a.length;
	const m = b.length;
	// lengths[i][j]: the LCS of a[i..] and b[j..], in one flat array.
	const lengths = new Uint32Array((n + 1) * (m + 1));
	const at = (i: number, j: number) => i * (m + 1) + j;
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			lengths[at(i, j)] =
				a[i] === b[j] ? lengths[at(i + 1, j + 1)] + 1 : Math.max(lengths[at(i + 1, j)], lengths[at(i, j + 1)]);
		}
	}
	const out: DiffPart[] = [];
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (a[i] === b[j]) {
			out.push({ op: 'same', text: b[j] });
			i++;
			j++;
		} else if (lengths[at(i + 1, j)] >= lengths[at(i, j + 1)]) {
			out.push({ op: 'del', text: a[i++] });
		} else {
			out.push({ op: 'ins', text: b[j++] });
		}
	}
	while (i < n) out.push({ op: 'del', text: a[i++] });
	while (j < m) out.push({ op: 'ins', text: b[j++] });
	return out;
}

/**
 * Makes the diff read as people write: a single space kept between two changed words joins the change
 * ("antwoorden te" → "vragen om" is one removal and one addition, not four pieces), and within each
 * change the removed words come before the added ones.
 */
function tidy(tokens: DiffPart[]): DiffPart[] {
	const marked = tokens.map((t, i) => {
		if (t.op !== 'same' || !isSpace(t.text)) return t;
		const before = tokens[i - 1];
		const after = tokens[i + 1];
		return before && after && before.op !== 'same' && after.op !== 'same' ? { op: 'change' as const, text: t.text } : t;
	});
	const out: DiffPart[] = [];
	let del = '';
	let ins = '';
	const flush = () => {
		push(out, 'del', del);
		push(out, 'ins', ins);
		del = '';
		ins = '';
	};
	for (const t of marked) {
		if (t.op === 'same') {
			flush();
			push(out, 'same', t.text);
		} else if (t.op === 'change') {
			del += t.text;
			ins += t.text;
		} else if (t.op === 'del') del += t.text;
		else ins += t.text;
	}
	flush();
	return out;
}
