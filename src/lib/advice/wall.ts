/**
 * The projector wall's pages: the tips (or the themes with their tips) cut into pages that fit one
 * 16:9 screen, each page with the largest type that still fits. The server uses it for the first
 * paint and the pages without JavaScript; in the browser the wall measures and corrects the type
 * size (another screen shape, another font), so this estimate only has to be safe, not exact.
 *
 * All sizes are in vw on a 16:9 screen (the wall's CSS uses vw for everything, see `.wall` in
 * app.css): 1920×1080 and 1280×720 look the same. Keep the constants here and the CSS in step.
 */

/** Type sizes of the tips in vw, largest first; the wall's CSS has a rule per step (`data-step`). */
export const WALL_STEPS = [2.6, 2.2, 1.9, 1.65, 1.45, 1.3] as const;

/** The viewport height in vw on a 16:9 screen. */
const SCREEN_HEIGHT = 56.25;
const PADDING_BLOCK = 1.5;
const PADDING_INLINE = 2;
const SIDEBAR = 16 + 2;
const QUESTION_SIZE = 2.6;
const QUESTION_LINE = 1.15;
/** The phase line, the pager and the gaps between the rows, together. */
const ROWS_OTHER = 3.2 + 3 + 1;
/** Column width and gap in em of the tip text. */
const COLUMN = 13;
const GAP = 1;
/** Average width of a character in em (generous: bold headings, capitals, wide fonts). */
const CHAR = 0.55;
const LINE = 1.25;
/** A card's padding, border and margin, in em, on top of its lines. */
const CARD = 0.8 + 0.3 + 0.5;
/** A theme's heading above its tips (one line of 1.15 em, margins). */
const HEADING = 1.15 * LINE + 0.6;
/** What the estimate may use of each column: the browser balances columns less tightly than we pack. */
const SAFETY = 0.9;

export interface WallTip {
	id: string;
	text: string;
}

export interface WallGroup<T extends WallTip> {
	/** The theme (clustering), or null (one plain list of tips). */
	theme: { id: string; name: string } | null;
	/** This theme's tips started on an earlier page. */
	continued: boolean;
	tips: T[];
}

export interface WallPage<T extends WallTip> {
	groups: WallGroup<T>[];
	/** Index into WALL_STEPS. */
	step: number;
}

export interface WallLayout {
	/** Characters of the question (the heading above the board). */
	questionChars: number;
	/** The join QR code takes a column on the right. */
	sidebar: boolean;
}

/** Lines a text takes when wrapped at `perLine` characters (word by word; long words are broken). */
export function wrappedLines(text: string, perLine: number): number {
	let lines = 1;
	let used = 0;
	for (const word of text.trim().split(/\s+/u)) {
		let length = word.length;
		if (used > 0 && used + 1 + length <= perLine) {
			used += 1 + length;
			continue;
		}
		if (used > 0) lines += 1;
		while (length > perLine) {
			lines += 1;
			length -= perLine;
		}
		used = length;
	}
	return lines;
}

function board(layout: WallLayout) {
	const width = 100 - 2 * PADDING_INLINE - (layout.sidebar ? SIDEBAR : 0);
	const questionLines = wrappedLines(
		'x'.repeat(Math.max(1, layout.questionChars)),
		Math.floor(width / (QUESTION_SIZE * CHAR))
	);
	const height = SCREEN_HEIGHT - 2 * PADDING_BLOCK - questionLines * QUESTION_SIZE * QUESTION_LINE - ROWS_OTHER;
	return { width, height };
}

type Block = { kind: 'heading' } | { kind: 'tip'; text: string };

/** Whether these blocks fit the board at this type size, packed column by column. */
function fits(blocks: Block[], step: number, layout: WallLayout): boolean {
	const size = WALL_STEPS[step];
	const { width, height } = board(layout);
	const columns = Math.max(1, Math.floor((width / size + GAP) / (COLUMN + GAP)));
	const columnWidth = (width / size - (columns - 1) * GAP) / columns;
	const perLine = Math.max(8, Math.floor((columnWidth - 1.2) / CHAR));
	const columnHeight = (height / size) * SAFETY;
	let column = 1;
	let used = 0;
	for (const [i, block] of blocks.entries()) {
		let cost = block.kind === 'heading' ? HEADING : wrappedLines(block.text, perLine) * LINE + CARD;
		// A heading stays with the tip below it.
		const next = blocks[i + 1];
		if (block.kind === 'heading' && next?.kind === 'tip') cost += wrappedLines(next.text, perLine) * LINE + CARD;
		if (used + cost > columnHeight && used > 0) {
			column += 1;
			used = 0;
		}
		if (column > columns || cost > columnHeight) return false;
		used += block.kind === 'heading' && next?.kind === 'tip' ? HEADING : cost;
	}
	return true;
}

function blocksOf<T extends WallTip>(groups: WallGroup<T>[]): Block[] {
	return groups.flatMap((g) => [
		...(g.theme ? [{ kind: 'heading' as const }] : []),
		...g.tips.map((t) => ({ kind: 'tip' as const, text: t.text }))
	]);
}

/**
 * Cuts the groups into pages: as many tips per page as fit in the smallest type, then each page in
 * the largest type it fits. A tip too long for any page gets a page of its own (it is at most 300
 * characters: that fits).
 */
export function wallPages<T extends WallTip>(groups: WallGroup<T>[], layout: WallLayout): WallPage<T>[] {
	const smallest = WALL_STEPS.length - 1;
	const pages: WallGroup<T>[][] = [];
	let current: WallGroup<T>[] = [];
	const add = (group: WallGroup<T>, tip: T) => {
		const last = current.at(-1);
		if (last && last.theme?.id === group.theme?.id) last.tips.push(tip);
		else
			current.push({
				theme: group.theme,
				continued: pages.some((p) => p.some((g) => g.theme?.id === group.theme?.id && g.theme)),
				tips: [tip]
			});
	};
	for (const group of groups) {
		if (!group.tips.length && group.theme) {
			current.push({ ...group, tips: [] });
			if (!fits(blocksOf(current), smallest, layout) && current.length > 1) {
				current.pop();
				pages.push(current);
				current = [{ ...group, tips: [] }];
			}
			continue;
		}
		for (const tip of group.tips) {
			const before = current.map((g) => ({ ...g, tips: [...g.tips] }));
			add(group, tip);
			if (!fits(blocksOf(current), smallest, layout) && before.some((g) => g.tips.length)) {
				pages.push(before);
				current = [];
				add(group, tip);
			}
		}
	}
	if (current.length || !pages.length) pages.push(current);
	return pages.map((page) => {
		const blocks = blocksOf(page);
		const step = WALL_STEPS.findIndex((_, i) => fits(blocks, i, layout));
		return { groups: page, step: step < 0 ? smallest : step };
	});
}
