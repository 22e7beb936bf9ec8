import { SECTORS, RELATIONS, type NetworkSnapshot, type Relation } from '../db/schema';
import { RELATION_LABEL, RING_LABEL, SECTOR_LABEL } from '../../network/labels';
import { m } from '../../paraglide/messages';
import { GEOMETRY, layoutNetwork, ringWidth, sectorStart } from './layout-network';

type Person = NetworkSnapshot['persons'][number];

export type DrawingKind = 'circle' | 'ecogram';
export type Mark = 'joined' | 'closer' | 'further' | 'left';

export interface RenderOptions {
	kind: DrawingKind;
	clientLabel: string;
	/** Unique per page: ids of the title, description and markers. */
	idPrefix: string;
	/** Names to show instead of the real ones (pseudonymised print). */
	names?: Map<string, string>;
	/** Comparison marks per person id. */
	marks?: Record<string, Mark>;
	/** The organisation's own wording of the line types (Hartman by default). */
	legend?: Partial<Record<Relation, string>>;
	/** Adds the data attributes the drag script needs. */
	draggable?: boolean;
	title: string;
}

/** Fill of each sector's wedge and stroke of its people: light and dark of one hue, colour-blind safe. */
export const SECTOR_COLOURS: Record<(typeof SECTORS)[number], { fill: string; stroke: string }> = {
	family: { fill: '#fde9d4', stroke: '#a14d00' },
	friends: { fill: '#dcecf9', stroke: '#0a5a9c' },
	neighbours: { fill: '#e2f3e4', stroke: '#1d6b33' },
	work: { fill: '#f1e4f5', stroke: '#7a3691' },
	professionals: { fill: '#ececec', stroke: '#4a4a4a' }
};
const MARK_COLOUR: Record<Mark, string> = { joined: '#1d6b33', closer: '#0a5a9c', further: '#a14d00', left: '#a4262c' };

const esc = (s: string) =>
	s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const short = (s: string, max = 16) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const f = (n: number) => (Math.round(n * 10) / 10).toString();

/** Hartman's conventions as SVG: thick = strong, dashed = weak, hatched = stressful, interrupted = broken. */
export function relationLine(x1: number, y1: number, x2: number, y2: number, relation: Relation, extra = ''): string {
	const base = `x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="#1a1a1a" fill="none"${extra}`;
	const dx = x2 - x1;
	const dy = y2 - y1;
	const len = Math.hypot(dx, dy) || 1;
	const nx = -dy / len;
	const ny = dx / len;
	switch (relation) {
		case 'strong':
			return `<line ${base} stroke-width="6"/>`;
		case 'normal':
			return `<line ${base} stroke-width="2"/>`;
		case 'weak':
			return `<line ${base} stroke-width="2" stroke-dasharray="9 7"/>`;
		case 'stressful': {
			const ticks: string[] = [];
			for (let t = 18; t < len - 18; t += 16) {
				const px = x1 + (dx * t) / len;
				const py = y1 + (dy * t) / len;
				ticks.push(
					`<line x1="${f(px - nx * 7 - (dx / len) * 4)}" y1="${f(py - ny * 7 - (dy / len) * 4)}" x2="${f(px + nx * 7 + (dx / len) * 4)}" y2="${f(py + ny * 7 + (dy / len) * 4)}" stroke="#1a1a1a" stroke-width="2"/>`
				);
			}
			return `<g><line ${base} stroke-width="2"/>${ticks.join('')}</g>`;
		}
		case 'broken': {
			const mx = x1 + dx / 2;
			const my = y1 + dy / 2;
			const gap = 8;
			const ax = mx - (dx / len) * gap;
			const ay = my - (dy / len) * gap;
			const bx = mx + (dx / len) * gap;
			const by = my + (dy / len) * gap;
			const bar = (x: number, y: number) =>
				`<line x1="${f(x - nx * 9)}" y1="${f(y - ny * 9)}" x2="${f(x + nx * 9)}" y2="${f(y + ny * 9)}" stroke="#1a1a1a" stroke-width="2.5"/>`;
			return `<g><line x1="${f(x1)}" y1="${f(y1)}" x2="${f(ax)}" y2="${f(ay)}" stroke="#1a1a1a" stroke-width="2"${extra}/><line x1="${f(bx)}" y1="${f(by)}" x2="${f(x2)}" y2="${f(y2)}" stroke="#1a1a1a" stroke-width="2"/>${bar(ax, ay)}${bar(bx, by)}</g>`;
		}
	}
}

/** Moves the end points of a line onto the edges of the two circles it connects. */
function trim(x1: number, y1: number, r1: number, x2: number, y2: number, r2: number) {
	const dx = x2 - x1;
	const dy = y2 - y1;
	const len = Math.hypot(dx, dy) || 1;
	return [x1 + (dx / len) * r1, y1 + (dy / len) * r1, x2 - (dx / len) * r2, y2 - (dy / len) * r2] as const;
}

/**
 * The netwerkcirkel or the ecogram as an SVG string, rendered on the server so it shows and prints
 * without JavaScript. Only presentation attributes, no style attributes: the CSP forbids inline
 * styles. The text alternative (everyone by sector and ring) is on the page beside it.
 */
export function renderNetworkSvg(persons: Person[], ties: NetworkSnapshot['ties'], options: RenderOptions): string {
	const { width, height, cx, cy, inner, outer, trayX, trayY, trayWidth, nodeRadius } = GEOMETRY;
	const p = options.idPrefix;
	const nodes = layoutNetwork(persons);
	const trayRows = Math.ceil(persons.filter((x) => !(x.sector && x.ring)).length / 3);
	const legendTop = Math.max(trayY + 80 + trayRows * 52, height - 330);
	const fullHeight = Math.max(height, legendTop + 300);
	const nameOf = (person: Person) => options.names?.get(person.id) ?? person.name;
	const parts: string[] = [];
	const geometry = options.draggable
		? ` data-network-drawing="" data-cx="${cx}" data-cy="${cy}" data-inner="${inner}" data-outer="${outer}" data-sectors="${SECTORS.join(',')}"`
		: '';
	parts.push(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${fullHeight}" role="img" aria-labelledby="${p}-title ${p}-desc" class="network-drawing" font-family="Fira Sans, Arial, sans-serif"${geometry}>`,
		`<title id="${p}-title">${esc(options.title)}</title>`,
		`<desc id="${p}-desc">${esc(m.network_drawing_desc({ count: persons.length }))}</desc>`,
		`<defs><marker id="${p}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1a1a1a"/></marker></defs>`,
		`<rect x="0" y="0" width="${width}" height="${fullHeight}" fill="#ffffff"/>`
	);

	// Sectors and rings.
	SECTORS.forEach((sector, i) => {
		const a0 = sectorStart(i);
		const a1 = sectorStart(i + 1);
		const large = a1 - a0 > Math.PI ? 1 : 0;
		const pt = (r: number, a: number) => `${f(cx + r * Math.cos(a))},${f(cy + r * Math.sin(a))}`;
		parts.push(
			`<path d="M${pt(inner, a0)} L${pt(outer, a0)} A${outer},${outer} 0 ${large} 1 ${pt(outer, a1)} L${pt(inner, a1)} A${inner},${inner} 0 ${large} 0 ${pt(inner, a0)} Z" fill="${options.kind === 'circle' ? SECTOR_COLOURS[sector].fill : '#fafafa'}" stroke="#6b6b6b" stroke-width="1.5"/>`
		);
		const mid = (a0 + a1) / 2;
		const lx = cx + (outer - 16) * Math.cos(mid);
		const ly = cy + (outer - 16) * Math.sin(mid);
		parts.push(
			`<text x="${f(lx)}" y="${f(ly)}" text-anchor="middle" dominant-baseline="middle" font-size="15" font-weight="700" fill="#1a1a1a">${esc(SECTOR_LABEL[sector]())}</text>`
		);
	});
	for (let ring = 1; ring <= 3; ring++) {
		const r = inner + ring * ringWidth;
		parts.push(`<circle cx="${cx}" cy="${cy}" r="${f(r)}" fill="none" stroke="#6b6b6b" stroke-width="1.5"/>`);
		parts.push(
			`<text x="${f(cx + 4)}" y="${f(cy - r + 14)}" font-size="11" fill="#3d3d3d">${esc(RING_LABEL[ring]())}</text>`
		);
	}
	parts.push(
		`<circle cx="${cx}" cy="${cy}" r="${inner}" fill="#15385a"/>`,
		`<text x="${cx}" y="${cy}" text-anchor="middle" dominant-baseline="middle" font-size="15" font-weight="700" fill="#ffffff">${esc(short(options.clientLabel, 12))}</text>`
	);

	// Tray for people not placed yet.
	const unplaced = persons.filter((x) => !(x.sector && x.ring));
	if (unplaced.length > 0 || options.draggable) {
		parts.push(
			`<rect x="${trayX}" y="${trayY}" width="${trayWidth}" height="${Math.max(90, 40 + trayRows * 52)}" rx="8" fill="#f4f4f4" stroke="#6b6b6b" stroke-dasharray="6 4"/>`,
			`<text x="${trayX + 12}" y="${trayY + 22}" font-size="14" font-weight="700" fill="#1a1a1a">${esc(m.network_not_placed())}</text>`
		);
	}

	// Ecogram lines: client ↔ person, then person ↔ person.
	if (options.kind === 'ecogram') {
		for (const person of persons) {
			const n = nodes.get(person.id);
			if (!n || !person.relation) continue;
			const [x1, y1, x2, y2] = trim(cx, cy, inner + 2, n.x, n.y, nodeRadius + 3);
			// Energy, seen from the person: "geeft" points at the client, "krijgt" at the person.
			const markers =
				person.energy === 'gives'
					? ` marker-start="url(#${p}-arrow)"`
					: person.energy === 'receives'
						? ` marker-end="url(#${p}-arrow)"`
						: person.energy === 'mutual'
							? ` marker-start="url(#${p}-arrow)" marker-end="url(#${p}-arrow)"`
							: '';
			parts.push(relationLine(x1, y1, x2, y2, person.relation, markers));
		}
		for (const tie of ties) {
			const a = nodes.get(tie.fromPersonId);
			const b = nodes.get(tie.toPersonId);
			if (!a || !b) continue;
			const [x1, y1, x2, y2] = trim(a.x, a.y, nodeRadius + 2, b.x, b.y, nodeRadius + 2);
			parts.push(relationLine(x1, y1, x2, y2, tie.relation, ' opacity="0.75"'));
		}
	}

	// People.
	for (const person of persons) {
		const n = nodes.get(person.id);
		if (!n) continue;
		const colour = person.sector ? SECTOR_COLOURS[person.sector].stroke : '#4a4a4a';
		const mark = options.marks?.[person.id];
		const drag = options.draggable ? ` data-person-id="${person.id}" class="network-node"` : '';
		const supports = person.supports.length
			? `<text x="${f(n.x)}" y="${f(n.y + nodeRadius + 28)}" text-anchor="middle" font-size="11" fill="#3d3d3d">${esc(person.supports.map((s) => SUPPORT_LETTER[s]).join(' '))}</text>`
			: '';
		parts.push(
			`<g${drag} transform="translate(0 0)">`,
			mark
				? `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${nodeRadius + 6}" fill="none" stroke="${MARK_COLOUR[mark]}" stroke-width="4"${mark === 'left' ? ' stroke-dasharray="4 3"' : ''}/>`
				: '',
			`<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${nodeRadius}" fill="#ffffff" stroke="${colour}" stroke-width="3"/>`,
			`<text x="${f(n.x)}" y="${f(n.y + 1)}" text-anchor="middle" dominant-baseline="middle" font-size="13" font-weight="700" fill="${colour}">${esc(initial(nameOf(person)))}</text>`,
			`<text x="${f(n.x)}" y="${f(n.y + nodeRadius + 14)}" text-anchor="middle" font-size="13" fill="#1a1a1a">${esc(short(nameOf(person)))}</text>`,
			supports,
			`</g>`
		);
	}

	parts.push(legend(options, legendTop));
	parts.push('</svg>');
	return parts.join('');
}

const SUPPORT_LETTER = { emotional: 'E', practical: 'P', company: 'G', advice: 'A' } as const;
const initial = (name: string) => (name.trim()[0] ?? '?').toLocaleUpperCase('nl');

/** The legend, drawn in the drawing so it prints with it. */
function legend(options: RenderOptions, top: number): string {
	const { trayX } = GEOMETRY;
	const parts: string[] = [];
	const rows: string[] = [];
	let y = top;
	const x = trayX;
	parts.push(
		`<text x="${x}" y="${y}" font-size="15" font-weight="700" fill="#1a1a1a">${esc(m.network_legend())}</text>`
	);
	y += 24;
	if (options.kind === 'ecogram') {
		for (const relation of RELATIONS) {
			rows.push(relationLine(x, y - 4, x + 70, y - 4, relation));
			rows.push(
				`<text x="${x + 82}" y="${y}" font-size="13" fill="#1a1a1a">${esc(options.legend?.[relation] ?? RELATION_LABEL[relation]())}</text>`
			);
			y += 26;
		}
		rows.push(
			`<line x1="${x}" y1="${y - 4}" x2="${x + 70}" y2="${y - 4}" stroke="#1a1a1a" stroke-width="2" marker-end="url(#${options.idPrefix}-arrow)"/>`,
			`<text x="${x + 82}" y="${y}" font-size="13" fill="#1a1a1a">${esc(m.network_legend_arrow())}</text>`
		);
		y += 26;
		rows.push(`<text x="${x}" y="${y}" font-size="13" fill="#1a1a1a">${esc(m.network_legend_supports())}</text>`);
		y += 26;
	} else {
		rows.push(`<text x="${x}" y="${y}" font-size="13" fill="#1a1a1a">${esc(m.network_legend_rings())}</text>`);
		y += 26;
	}
	if (options.marks) {
		for (const mark of ['joined', 'closer', 'further', 'left'] as const) {
			rows.push(
				`<circle cx="${x + 12}" cy="${y - 5}" r="10" fill="none" stroke="${MARK_COLOUR[mark]}" stroke-width="4"${mark === 'left' ? ' stroke-dasharray="4 3"' : ''}/>`,
				`<text x="${x + 32}" y="${y}" font-size="13" fill="#1a1a1a">${esc(MARK_LABEL[mark]())}</text>`
			);
			y += 26;
		}
	}
	return parts.join('') + rows.join('');
}

const MARK_LABEL: Record<Mark, () => string> = {
	joined: m.network_mark_joined,
	closer: m.network_mark_closer,
	further: m.network_mark_further,
	left: m.network_mark_left
};
