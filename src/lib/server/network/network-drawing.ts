import { SECTORS, type NetworkSnapshot, type Relation } from '../db/schema';
import { RING_LABEL, SECTOR_LABEL } from '../../network/labels';
import { m } from '../../paraglide/messages';
import { GEOMETRY, layoutDrawing, type DrawingLayout, type PlacedNode, type Segment } from './network-layout';

/**
 * What the SVG (render-network-svg.ts) and the PDF (network-pdf.ts) draw alike: the layout of one
 * drawing, the sectors' colours and the ecogram's lines with their arrowheads.
 */

type Person = NetworkSnapshot['persons'][number];

export type DrawingKind = 'circle' | 'ecogram';
export type Mark = 'joined' | 'closer' | 'further' | 'left';

/** Fill of each sector's wedge and stroke of its people: light and dark of one hue, colour-blind safe. */
export const SECTOR_COLOURS: Record<(typeof SECTORS)[number], { fill: string; stroke: string }> = {
	family: { fill: '#fde9d4', stroke: '#a14d00' },
	friends: { fill: '#dcecf9', stroke: '#0a5a9c' },
	neighbours: { fill: '#e2f3e4', stroke: '#1d6b33' },
	work: { fill: '#f1e4f5', stroke: '#7a3691' },
	professionals: { fill: '#ececec', stroke: '#4a4a4a' }
};

/** The letter of each kind of support, beside a person in the ecogram. */
const SUPPORT_LETTER = { emotional: 'E', practical: 'P', company: 'G', advice: 'A' } as const;

/** Moves the end points of a line onto the edges of the two circles it connects. */
function trim(x1: number, y1: number, r1: number, x2: number, y2: number, r2: number) {
	const dx = x2 - x1;
	const dy = y2 - y1;
	const len = Math.hypot(dx, dy) || 1;
	return [x1 + (dx / len) * r1, y1 + (dy / len) * r1, x2 - (dx / len) * r2, y2 - (dy / len) * r2] as const;
}

/** Size of an arrowhead (length and half its width), the same for every line type: no blobs on thick lines. */
export const ARROW = { length: 13, half: 6.5 } as const;

export interface EcogramLine extends Segment {
	relation: Relation;
	/** Arrowheads at the start (the client's end) and at the end (the person's end). */
	arrowStart: boolean;
	arrowEnd: boolean;
	tie: boolean;
}

/**
 * The ecogram's lines between the edges of the discs: client ↔ person (with the energy's arrows),
 * then person ↔ person. People not placed yet get no line: it would cross the whole drawing.
 */
export function ecogramLines(
	persons: Pick<Person, 'id' | 'relation' | 'energy'>[],
	ties: NetworkSnapshot['ties'],
	nodes: Map<string, PlacedNode>
): EcogramLine[] {
	const { cx, cy, inner, nodeRadius } = GEOMETRY;
	const out: EcogramLine[] = [];
	for (const person of persons) {
		const n = nodes.get(person.id);
		if (!n?.placed || !person.relation) continue;
		const [x1, y1, x2, y2] = trim(cx, cy, inner + 2, n.x, n.y, nodeRadius + 3);
		// Energy, seen from the person: "geeft" points at the client, "krijgt" at the person.
		out.push({
			x1,
			y1,
			x2,
			y2,
			relation: person.relation,
			arrowStart: person.energy === 'gives' || person.energy === 'mutual',
			arrowEnd: person.energy === 'receives' || person.energy === 'mutual',
			tie: false
		});
	}
	for (const tie of ties) {
		const a = nodes.get(tie.fromPersonId);
		const b = nodes.get(tie.toPersonId);
		if (!a?.placed || !b?.placed) continue;
		const [x1, y1, x2, y2] = trim(a.x, a.y, nodeRadius + 2, b.x, b.y, nodeRadius + 2);
		out.push({ x1, y1, x2, y2, relation: tie.relation, arrowStart: false, arrowEnd: false, tie: true });
	}
	return out;
}

/** The line shortened to the base of its arrowheads, and the arrowheads as triangles (tip, two corners). */
export function withArrows(line: EcogramLine): { segment: Segment; heads: [number, number][][] } {
	const dx = line.x2 - line.x1;
	const dy = line.y2 - line.y1;
	const len = Math.hypot(dx, dy) || 1;
	const ux = dx / len;
	const uy = dy / len;
	const head = (tx: number, ty: number, sx: number, sy: number): [number, number][] => {
		const bx = tx - sx * ARROW.length;
		const by = ty - sy * ARROW.length;
		return [
			[tx, ty],
			[bx - sy * ARROW.half, by + sx * ARROW.half],
			[bx + sy * ARROW.half, by - sx * ARROW.half]
		];
	};
	const heads: [number, number][][] = [];
	const cut = ARROW.length - 2;
	const segment = { x1: line.x1, y1: line.y1, x2: line.x2, y2: line.y2 };
	if (line.arrowStart) {
		heads.push(head(line.x1, line.y1, -ux, -uy));
		segment.x1 += ux * cut;
		segment.y1 += uy * cut;
	}
	if (line.arrowEnd) {
		heads.push(head(line.x2, line.y2, ux, uy));
		segment.x2 -= ux * cut;
		segment.y2 -= uy * cut;
	}
	return { segment, heads };
}

export interface DrawingOptions {
	kind: DrawingKind;
	clientLabel: string;
	names?: Map<string, string>;
	marks?: Record<string, Mark>;
	/** Whether to draw the tray even when everyone has a place (the page where people are dragged). */
	draggable?: boolean;
}

/** The layout of one drawing: shared by the SVG and the PDF, so they look the same. */
export function drawingFor(persons: Person[], ties: NetworkSnapshot['ties'], options: DrawingOptions): DrawingLayout {
	const unplaced = persons.some((x) => !(x.sector && x.ring));
	return layoutDrawing({
		persons: persons.map((person) => ({
			id: person.id,
			name: options.names?.get(person.id) ?? person.name,
			sector: person.sector,
			ring: person.ring,
			extra:
				options.kind === 'ecogram' && person.supports.length
					? person.supports.map((s) => SUPPORT_LETTER[s]).join(' ')
					: undefined,
			markRadius: options.marks?.[person.id] ? GEOMETRY.nodeRadius + 8 : undefined
		})),
		sectorTitle: (s) => SECTOR_LABEL[s](),
		ringTitle: (r) => RING_LABEL[r](),
		clientLabel: options.clientLabel,
		trayTitle: unplaced || options.draggable ? m.network_not_placed() : null,
		segments: options.kind === 'ecogram' ? (nodes) => ecogramLines(persons, ties, nodes) : undefined
	});
}
