import { SECTORS, type NetworkSnapshot, type Sector } from '../db/schema';

type Person = NetworkSnapshot['persons'][number];

/**
 * Geometry of the netwerkcirkel, shared by the SVG, the PDF and the drag script (which reads it back
 * from data attributes): the client in the centre, five sectors clockwise from the top, three rings,
 * and a tray on the right for people not placed yet.
 */
export const GEOMETRY = {
	width: 1120,
	height: 780,
	cx: 390,
	cy: 390,
	/** Radius of the client's disc in the centre. */
	inner: 60,
	/** Outer radius of the circle. */
	outer: 370,
	trayX: 800,
	trayY: 70,
	trayWidth: 300,
	nodeRadius: 14
} as const;

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

/**
 * Where each person is drawn: spread over the angle of their sector at the middle of their ring,
 * alternating inwards and outwards when a cell is crowded; unplaced people in rows in the tray.
 */
export function layoutNetwork(persons: Pick<Person, 'id' | 'sector' | 'ring'>[]): Map<string, PlacedNode> {
	const { cx, cy, inner, trayX, trayY, trayWidth } = GEOMETRY;
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
		// A crowded cell gets two staggered arcs so labels overlap less.
		const rows = ids.length > 4 + ring * 2 ? 2 : 1;
		ids.forEach((id, i) => {
			const t = (i + 0.5) / ids.length;
			const angle = sectorStart(si) + margin + t * span;
			const offset = rows === 2 ? (i % 2 === 0 ? -0.22 : 0.22) * ringWidth : 0;
			const r = inner + (ring - 0.5) * ringWidth + offset;
			out.set(id, { id, x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), placed: true });
		});
	}
	const perRow = 3;
	const colWidth = trayWidth / perRow;
	tray.forEach((id, i) => {
		const col = i % perRow;
		const row = Math.floor(i / perRow);
		out.set(id, { id, x: trayX + colWidth * (col + 0.5), y: trayY + 40 + row * 52, placed: false });
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
