import { SECTORS, type NetworkSnapshot, type Sector } from '../db/schema';
import { pdfFont } from '../pdf-fonts';

type Person = NetworkSnapshot['persons'][number];

/**
 * Geometry of the netwerkcirkel, shared by the SVG, the PDF and the drag script (which reads it back
 * from data attributes): the client in the centre, five sectors clockwise from the top, three rings,
 * the sector titles outside the circle, and a column on the right for people not placed yet and the
 * legend. Units are those of the SVG's viewBox; the PDF scales them.
 *
 * Sized for a tablet at the kitchen table: the drawing fits 1024×768 (app.css caps its height) at
 * about 0.8 px a unit, so a person is a disc of ≥ 36 px and a name is about 14 px.
 */
export const GEOMETRY = {
	width: 1280,
	/** Height of the circle's part; the drawing grows below it when the column needs more room. */
	height: 860,
	cx: 500,
	cy: 430,
	/** Radius of the client's disc in the centre. */
	inner: 56,
	/** Outer radius of the circle. */
	outer: 345,
	/** The column for the tray and the legend: the circle's labels stay left of it. */
	trayX: 960,
	trayY: 24,
	trayWidth: 300,
	nodeRadius: 24
} as const;

/** Type sizes in viewBox units, with the line height of each (≥ the font's ascent + descent). */
export const TYPE = {
	name: { size: 17, line: 20, bold: false },
	supports: { size: 13, line: 16, bold: false },
	title: { size: 16, line: 19, bold: true },
	ring: { size: 14, line: 17, bold: false },
	client: { size: 15, line: 18, bold: true },
	legend: { size: 15, line: 18, bold: false }
} as const;
export type TypeStyle = (typeof TYPE)[keyof typeof TYPE];

export const ringWidth = (GEOMETRY.outer - GEOMETRY.inner) / 3;
const SECTOR_ANGLE = (2 * Math.PI) / SECTORS.length;
/** Sector 0 starts at the top (−90°) and runs clockwise. */
export const sectorStart = (i: number) => -Math.PI / 2 + i * SECTOR_ANGLE;

export interface PlacedNode {
	id: string;
	x: number;
	y: number;
	placed: boolean;
}

const TRAY_COLUMNS = 2;
const TRAY_ROW = 2 * GEOMETRY.nodeRadius + 12 + 3 * TYPE.name.line + TYPE.supports.line + 12;
/** Height of the tray for `count` people (at least one empty row, so there is a place to drop). */
const trayHeight = (count: number) => 44 + Math.max(1, Math.ceil(count / TRAY_COLUMNS)) * TRAY_ROW;

/**
 * Where each person is drawn: spread over the angle of their sector at the middle of their ring,
 * alternating inwards and outwards when a cell is crowded; unplaced people in rows in the tray.
 */
export function layoutNetwork(persons: Pick<Person, 'id' | 'sector' | 'ring'>[]): Map<string, PlacedNode> {
	const { cx, cy, inner, trayX, trayY, trayWidth, nodeRadius } = GEOMETRY;
	const cells = new Map<string, string[]>();
	const tray: string[] = [];
	for (const p of persons) {
		if (p.sector && p.ring) {
			const k = `${p.sector}:${p.ring}`;
			cells.set(k, [...(cells.get(k) ?? []), p.id]);
		} else tray.push(p.id);
	}
	const out = new Map<string, PlacedNode>();
	for (const [k, ids] of cells) {
		const [sector, ringText] = k.split(':') as [Sector, string];
		const ring = Number(ringText);
		const si = SECTORS.indexOf(sector);
		const margin = 0.08 * SECTOR_ANGLE;
		const span = SECTOR_ANGLE - 2 * margin;
		// A crowded cell gets two staggered arcs, each as far apart as the ring allows.
		const start = inner + (ring - 1) * ringWidth;
		const mid = start + ringWidth / 2;
		const rows = ids.length * (2 * nodeRadius + 12) > span * mid ? 2 : 1;
		ids.forEach((id, i) => {
			const t = (i + 0.5) / ids.length;
			const angle = sectorStart(si) + margin + t * span;
			// In the inner ring a little outwards: room for the ecogram's line from the client.
			const single = ring === 1 ? start + ringWidth - nodeRadius - 8 : mid;
			const r = rows === 1 ? single : i % 2 === 0 ? start + nodeRadius + 5 : start + ringWidth - nodeRadius - 5;
			out.set(id, { id, x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), placed: true });
		});
	}
	const colWidth = trayWidth / TRAY_COLUMNS;
	tray.forEach((id, i) => {
		const col = i % TRAY_COLUMNS;
		const row = Math.floor(i / TRAY_COLUMNS);
		out.set(id, {
			id,
			x: trayX + colWidth * (col + 0.5),
			y: trayY + 44 + nodeRadius + 4 + row * TRAY_ROW,
			placed: false
		});
	});
	return out;
}

/** The sector and ring at a point of the drawing, or null outside the circle (the drag script does the same). */
export function placeAt(x: number, y: number): { sector: Sector; ring: 1 | 2 | 3 } | null {
	const { cx, cy, inner, outer } = GEOMETRY;
	const dx = x - cx;
	const dy = y - cy;
	const r = Math.hypot(dx, dy);
	if (r > outer) return null;
	const ring = Math.min(3, Math.max(1, Math.ceil((r - inner) / ringWidth))) as 1 | 2 | 3;
	let a = Math.atan2(dy, dx) + Math.PI / 2;
	if (a < 0) a += 2 * Math.PI;
	const si = Math.min(SECTORS.length - 1, Math.floor(a / SECTOR_ANGLE));
	return { sector: SECTORS[si], ring };
}

// ---- Text: measuring and wrapping ----------------------------------------------------------------

const advance = new Map<string, number>();

/**
 * Width of a text in ems, measured with DejaVu Sans (the PDF's font). It is wider than Fira Sans,
 * Arial and Liberation Sans, which a browser picks first, so a box measured here holds the text in
 * any of them. Kerning is left out: that only makes the estimate wider.
 */
function ems(text: string, bold: boolean): number {
	let w = 0;
	for (const ch of text) {
		const key = (bold ? 'b' : 's') + ch;
		let a = advance.get(key);
		if (a === undefined) {
			const font = pdfFont(bold ? 'bold' : 'sans');
			const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
			a = glyph.id === 0 ? 1 : glyph.advanceWidth / font.unitsPerEm;
			advance.set(key, a);
		}
		w += a;
	}
	return w;
}

const textWidth = (text: string, style: Pick<TypeStyle, 'size' | 'bold'>) => ems(text, style.bold) * style.size;

/**
 * Breaks a text into at most `maxLines` lines of at most `maxWidth`, at spaces. A single word a bit
 * wider than that stays whole ("schuldhulpverlener"); a much longer one is split with a hyphen. Only
 * what still does not fit in the last line is cut, with an ellipsis.
 */
export function wrapText(text: string, style: TypeStyle, maxWidth: number, maxLines = 3): string[] {
	const fits = (s: string, slack = 1) => textWidth(s, style) <= maxWidth * slack;
	// Pieces of a split word end in "-" and join the next piece without a space.
	const pieces: string[] = [];
	for (const word of text.trim().split(/\s+/u)) {
		let rest = word;
		if (!fits(rest, 1.3)) {
			while (!fits(rest)) {
				let n = 1;
				while (n < rest.length - 1 && fits(`${rest.slice(0, n + 1)}-`)) n++;
				pieces.push(`${rest.slice(0, n)}-`);
				rest = rest.slice(n);
			}
		}
		pieces.push(rest);
	}
	const lines: string[] = [];
	for (const piece of pieces) {
		const last = lines.at(-1);
		const joined = last === undefined ? piece : last.endsWith('-') ? last + piece : `${last} ${piece}`;
		if (last !== undefined && fits(joined)) lines[lines.length - 1] = joined;
		else lines.push(piece);
	}
	if (lines.length <= maxLines) return lines.length ? lines : [''];
	const kept = lines.slice(0, maxLines);
	let tail = `${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`;
	while (tail.length > 1 && !fits(`${tail}…`)) tail = tail.slice(0, -1).trimEnd();
	kept[maxLines - 1] = `${tail}…`;
	return kept;
}

// ---- Boxes and the label placement ------------------------------------------------------------

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** A block of text: lines centred on `x`, the first line's box starting at `y`. */
export interface TextBlock {
	lines: { text: string; style: TypeStyle }[];
	x: number;
	y: number;
	box: Box;
	/** A thin line from a disc to its name when the name had to go further away. */
	leader?: Segment;
}

export interface Segment {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

const overlaps = (a: Box, b: Box, pad = 0) =>
	a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

/** Whether a box comes within `r` of a point (a disc). */
export function boxHitsDisc(b: Box, x: number, y: number, r: number): boolean {
	const nx = Math.max(b.x0, Math.min(x, b.x1));
	const ny = Math.max(b.y0, Math.min(y, b.y1));
	return Math.hypot(nx - x, ny - y) < r;
}

const inside = (b: Box, frame: Box) => b.x0 >= frame.x0 && b.y0 >= frame.y0 && b.x1 <= frame.x1 && b.y1 <= frame.y1;

/** Whether a segment crosses a box (Liang–Barsky clipping). */
function segmentHitsBox(s: Segment, b: Box): boolean {
	let t0 = 0;
	let t1 = 1;
	const dx = s.x2 - s.x1;
	const dy = s.y2 - s.y1;
	const edges: [number, number][] = [
		[-dx, s.x1 - b.x0],
		[dx, b.x1 - s.x1],
		[-dy, s.y1 - b.y0],
		[dy, b.y1 - s.y1]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return false;
		} else {
			const t = q / p;
			if (p < 0) t0 = Math.max(t0, t);
			else t1 = Math.min(t1, t);
			if (t0 > t1) return false;
		}
	}
	return true;
}

function block(lines: { text: string; style: TypeStyle }[]): { w: number; h: number } {
	return {
		w: Math.max(...lines.map((l) => textWidth(l.text, l.style))) + 2,
		h: lines.reduce((n, l) => n + l.style.line, 0)
	};
}

function blockAt(lines: TextBlock['lines'], x: number, y: number): TextBlock {
	const { w, h } = block(lines);
	return { lines, x, y, box: { x0: x - w / 2, y0: y, x1: x + w / 2, y1: y + h } };
}

interface Disc {
	x: number;
	y: number;
	r: number;
}

interface Obstacles {
	frame: Box;
	discs: Disc[];
	boxes: Box[];
	/** Lines a label should rather not cover (the ecogram's). */
	segments: Segment[];
	/** Fewer places to try in a very large network (100 people), to stay fast. */
	quick: boolean;
}

/** Distances tried between a disc and its name; from the fourth on a thin line joins them. */
const GAPS = [5, 19, 33, 50, 70, 95, 125, 160, 200, 250];
const LEADER_FROM = 40;

/**
 * Puts a block of text beside a disc: tries twelve directions (outwards from the centre first) at
 * three distances and keeps the first place that stays inside the frame and clear of every disc and
 * every box already taken, preferring places that cover fewer lines. When nothing is free (a
 * very crowded cell) the name goes just outside its disc.
 */
function placeBeside(
	lines: TextBlock['lines'],
	node: Disc,
	preferred: number,
	obstacles: Obstacles
): { block: TextBlock; clear: boolean } {
	const { w, h } = block(lines);
	const levels = obstacles.quick ? 5 : GAPS.length;
	const reach = node.r + 2 * (w + h) + GAPS[levels - 1];
	const discs = obstacles.discs.filter((d) => Math.hypot(d.x - node.x, d.y - node.y) < d.r + reach);
	const boxes = obstacles.boxes.filter((b) => boxHitsDisc(b, node.x, node.y, reach));
	const at = (x: number, y: number): TextBlock => ({
		lines,
		x,
		y: y - h / 2,
		box: { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 }
	});
	/** The place at `gap` from the disc in the direction `step` (steps of 15° from the preferred one). */
	const candidate = (gap: number, step: number): TextBlock => {
		const a = preferred + (step * Math.PI) / 12;
		const ux = Math.cos(a);
		const uy = Math.sin(a);
		// The nearest place in this direction where the box clears the disc by `gap` (bisection).
		let lo = 0;
		let hi = node.r + gap + w + h;
		for (let k = 0; k < 12; k++) {
			const t = (lo + hi) / 2;
			if (Math.hypot(Math.max(0, Math.abs(t * ux) - w / 2), Math.max(0, Math.abs(t * uy) - h / 2)) >= node.r + gap)
				hi = t;
			else lo = t;
		}
		return at(node.x + ux * hi, node.y + uy * hi);
	};
	const steps = Array.from({ length: obstacles.quick ? 16 : 24 }, (_, d) =>
		d === 0 ? 0 : (d % 2 === 1 ? 1 : -1) * Math.ceil(d / 2)
	);
	let best: { block: TextBlock; cost: number } | null = null;
	for (let level = 0; level < levels; level++) {
		for (const step of steps) {
			const c = candidate(GAPS[level], step);
			const b = c.box;
			if (!inside(b, obstacles.frame)) continue;
			if (discs.some((d) => boxHitsDisc(b, d.x, d.y, d.r + 3))) continue;
			if (boxes.some((o) => overlaps(b, o, 2))) continue;
			let crossings = 0;
			for (const s of obstacles.segments) if (segmentHitsBox(s, b)) crossings++;
			const cost = crossings * 30 + level * 12 + Math.abs(step) * 2;
			if (!best || cost < best.cost) best = { block: c, cost };
		}
		// A free place without lines this close: nothing further out can be better.
		// A free place without lines this close, or any free place two steps out: take it.
		if (best && (best.cost < (level + 1) * 12 + 16 || level >= 2)) break;
	}
	const found = best as { block: TextBlock; cost: number } | null;
	if (found) return { block: found.block, clear: true };
	// Nowhere free (a very crowded cell): beside the disc, outwards, like before.
	const fallback = steps.map((step) => candidate(GAPS[0], step)).find((c) => inside(c.box, obstacles.frame));
	return { block: fallback ?? at(node.x, node.y + node.r + 4 + h / 2), clear: false };
}

// ---- The whole drawing -------------------------------------------------------------------------

interface DrawingPerson {
	id: string;
	name: string;
	sector: Sector | null;
	ring: Person['ring'];
	/** The short line under the name (the ecogram's support letters), if any. */
	extra?: string;
	/** Radius of the ring around the person (the comparison's marks), if any. */
	markRadius?: number;
}

export interface DrawingLayout {
	width: number;
	height: number;
	nodes: Map<string, PlacedNode>;
	labels: Map<string, TextBlock>;
	/** Whether every label found a free place (false only for a very crowded drawing). */
	allClear: boolean;
	titles: { sector: Sector; block: TextBlock }[];
	rings: TextBlock[];
	client: TextBlock;
	tray: (Box & { title: TextBlock }) | null;
	legendTop: number;
}

export interface DrawingInput {
	persons: DrawingPerson[];
	/** Sector titles and ring names, in the page's language. */
	sectorTitle: (s: Sector) => string;
	ringTitle: (ring: number) => string;
	clientLabel: string;
	trayTitle: string | null;
	/** Lines the labels should rather not cover (the ecogram's), in viewBox units. */
	segments?: (nodes: Map<string, PlacedNode>) => Segment[];
}

const NAME_WIDTH = 150;

/**
 * The positions of everything in the drawing. Names never overlap each other, a person's disc, a
 * sector title or a ring name, never leave the drawing, and wrap in up to three lines instead of
 * being cut; the ecogram's lines are avoided where there is a choice (and names get a white halo
 * where there is none).
 */
export function layoutDrawing(input: DrawingInput): DrawingLayout {
	const { width, height, cx, cy, inner, outer, trayX, trayY, trayWidth, nodeRadius } = GEOMETRY;
	const nodes = layoutNetwork(input.persons);
	const unplaced = input.persons.filter((p) => !nodes.get(p.id)?.placed);
	const showTray = input.trayTitle !== null;
	const mapFrame: Box = { x0: 4, y0: 4, x1: trayX - 16, y1: height - 4 };

	// Sector titles: outside the circle, near the middle of their sector, inside the frame.
	const titles = SECTORS.map((sector, i) => {
		const lines = wrapText(input.sectorTitle(sector), TYPE.title, 140, 2).map((text) => ({ text, style: TYPE.title }));
		const { w, h } = block(lines);
		const mid = (sectorStart(i) + sectorStart(i + 1)) / 2;
		for (const delta of [0, 1, -1, 2, -2, 3, -3, 4, -4]) {
			const a = mid + (delta * Math.PI) / 36;
			for (let d = outer; d < outer + 200; d += 3) {
				const x = cx + d * Math.cos(a);
				const y = cy + d * Math.sin(a);
				const b = blockAt(lines, x, y - h / 2);
				if (boxHitsDisc(b.box, cx, cy, outer + 8)) continue;
				if (inside(b.box, mapFrame)) return { sector, block: b };
				break;
			}
		}
		// Not reached with the geometry above; keeps the title inside the frame whatever happens.
		const x = Math.min(Math.max(cx + (outer + 20) * Math.cos(mid), mapFrame.x0 + w / 2), mapFrame.x1 - w / 2);
		const y = Math.min(Math.max(cy + (outer + 20) * Math.sin(mid) - h / 2, mapFrame.y0), mapFrame.y1 - h);
		return { sector, block: blockAt(lines, x, y) };
	});

	const discs: Disc[] = [{ x: cx, y: cy, r: inner }];
	for (const p of input.persons) {
		const n = nodes.get(p.id)!;
		discs.push({ x: n.x, y: n.y, r: p.markRadius ?? nodeRadius });
	}

	// Ring names: just inside each ring's outer edge, where no person is, looking from the top first.
	const taken: Box[] = titles.map((t) => t.block.box);
	const rings: TextBlock[] = [];
	for (let ring = 1; ring <= 3; ring++) {
		const lines = [{ text: input.ringTitle(ring), style: TYPE.ring }];
		const r = inner + ring * ringWidth - TYPE.ring.line / 2 - 3;
		let chosen: TextBlock | null = null;
		for (let j = 0; j < 90 && !chosen; j++) {
			const step = j === 0 ? 0 : (j % 2 === 1 ? 1 : -1) * Math.ceil(j / 2);
			const a = -Math.PI / 2 + (step * Math.PI) / 45;
			const b = blockAt(lines, cx + r * Math.cos(a), cy + r * Math.sin(a) - TYPE.ring.line / 2);
			if (discs.some((d) => boxHitsDisc(b.box, d.x, d.y, d.r + 3))) continue;
			if (taken.some((t) => overlaps(b.box, t, 2))) continue;
			chosen = b;
		}
		chosen ??= blockAt(lines, cx, cy - r - TYPE.ring.line / 2);
		taken.push(chosen.box);
		rings.push(chosen);
	}

	// The client's name in the disc.
	const clientLines = wrapText(input.clientLabel, TYPE.client, 2 * inner - 14, 2).map((text) => ({
		text,
		style: TYPE.client
	}));
	const client = blockAt(clientLines, cx, cy - block(clientLines).h / 2);

	// The tray and its title.
	let tray: DrawingLayout['tray'] = null;
	if (showTray) {
		const title = blockAt(
			wrapText(input.trayTitle ?? '', TYPE.title, trayWidth - 24, 1).map((text) => ({ text, style: TYPE.title })),
			trayX + trayWidth / 2,
			trayY + 12
		);
		tray = { x0: trayX, y0: trayY, x1: trayX + trayWidth, y1: trayY + trayHeight(unplaced.length), title };
	}

	// Names: the people in the tightest places (inner ring) first, then outwards, then the tray. When
	// some name found no free place, once more with those first.
	const segments = input.segments?.(nodes) ?? [];
	const columnBox: Box = { x0: trayX - 8, y0: 0, x1: width, y1: Number.MAX_SAFE_INTEGER };
	const fixed = [...taken];
	const place = (order: DrawingPerson[]) => {
		const labels = new Map<string, TextBlock>();
		const failed: DrawingPerson[] = [];
		const boxes = [...fixed, ...(tray ? [columnBox] : [])];
		for (const p of order) {
			const n = nodes.get(p.id)!;
			const disc = { x: n.x, y: n.y, r: p.markRadius ?? nodeRadius };
			const lines: TextBlock['lines'] = wrapText(
				p.name,
				TYPE.name,
				n.placed ? NAME_WIDTH : trayWidth / TRAY_COLUMNS - 8
			).map((text) => ({ text, style: TYPE.name }));
			if (p.extra) lines.push({ text: p.extra, style: TYPE.supports });
			if (!n.placed) {
				// In the tray: under the disc, in the disc's column.
				const b = blockAt(lines, n.x, n.y + disc.r + 5);
				labels.set(p.id, b);
				continue;
			}
			const preferred = Math.atan2(n.y - cy, n.x - cx);
			const { block: b, clear } = placeBeside(lines, disc, preferred, {
				frame: mapFrame,
				discs,
				boxes,
				segments,
				quick: input.persons.length > 60
			});
			if (!clear) failed.push(p);
			const nx = Math.max(b.box.x0, Math.min(n.x, b.box.x1));
			const ny = Math.max(b.box.y0, Math.min(n.y, b.box.y1));
			const far = Math.hypot(nx - n.x, ny - n.y) - disc.r;
			if (far >= LEADER_FROM) {
				const k = disc.r / (far + disc.r);
				b.leader = { x1: n.x + (nx - n.x) * k, y1: n.y + (ny - n.y) * k, x2: nx, y2: ny };
			}
			labels.set(p.id, b);
			boxes.push(b.box);
		}
		return { labels, failed };
	};
	const first = [...input.persons].sort((a, b) => (a.ring ?? 9) - (b.ring ?? 9));
	let result = place(first);
	for (let pass = 0; pass < 2 && result.failed.length && input.persons.length <= 60; pass++) {
		const again = place([...result.failed, ...first.filter((p) => !result.failed.includes(p))]);
		if (again.failed.length < result.failed.length) result = again;
		else break;
	}
	const labels = result.labels;
	const allClear = result.failed.length === 0;
	if (!allClear && process.env.DEBUG_LAYOUT)
		console.log(
			'not clear',
			result.failed.map((p) => p.name)
		);
	for (const b of labels.values()) taken.push(b.box);

	const legendTop = tray ? tray.y1 + 36 : trayY + 16;
	return { width, height, nodes, labels, allClear, titles, rings, client, tray, legendTop };
}
