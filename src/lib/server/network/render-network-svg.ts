import { SECTORS, RELATIONS, type NetworkSnapshot, type Relation } from '../db/schema';
import { RELATION_LABEL } from '../../network/labels';
import { m } from '../../paraglide/messages';
import { GEOMETRY, ringWidth, sectorStart, TYPE, wrapText, type TextBlock } from './network-layout';
import { drawingFor, ecogramLines, SECTOR_COLOURS, withArrows, type DrawingKind, type Mark } from './network-drawing';

type Person = NetworkSnapshot['persons'][number];

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

const MARK_COLOUR: Record<Mark, string> = { joined: '#1d6b33', closer: '#0a5a9c', further: '#a14d00', left: '#a4262c' };

const esc = (s: string) =>
	s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const f = (n: number) => (Math.round(n * 10) / 10).toString();

/** Hartman's conventions as SVG: thick = strong, dashed = weak, hatched = stressful, interrupted = broken. */
function relationLine(x1: number, y1: number, x2: number, y2: number, relation: Relation, extra = ''): string {
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

/** Ascent and descent of DejaVu Sans in ems, the tallest of the fonts the drawing may be shown in. */
const ASCENT = 0.928;
const DESCENT = 0.236;

/** A block of text as one <text> with a <tspan> a line; a white halo keeps it readable over lines. */
function textBlock(b: TextBlock, fill = '#1a1a1a', halo = true): string {
	let y = b.y;
	const spans = b.lines.map((line) => {
		const { size, bold } = line.style;
		const baseline = y + (line.style.line - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
		y += line.style.line;
		return `<tspan x="${f(b.x)}" y="${f(baseline)}" font-size="${size}"${bold ? ' font-weight="700"' : ''}>${esc(line.text)}</tspan>`;
	});
	const haloAttrs = halo ? ' stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"' : '';
	return `<text text-anchor="middle" fill="${fill}"${haloAttrs}>${spans.join('')}</text>`;
}

const polygon = (points: [number, number][], fill = '#1a1a1a') =>
	`<polygon points="${points.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}" fill="${fill}"/>`;

/**
 * The netwerkcirkel or the ecogram as an SVG string, rendered on the server so it shows and prints
 * without JavaScript. Only presentation attributes, no style attributes: the CSP forbids inline
 * styles. The text alternative (everyone by sector and ring) is on the page beside it.
 */
export function renderNetworkSvg(persons: Person[], ties: NetworkSnapshot['ties'], options: RenderOptions): string {
	const { width, cx, cy, inner, outer, trayWidth, nodeRadius } = GEOMETRY;
	const p = options.idPrefix;
	const layout = drawingFor(persons, ties, options);
	const nodes = layout.nodes;
	const legendRows = legend(options, layout.legendTop);
	const fullHeight = Math.ceil(Math.max(layout.height, legendRows.bottom + 16));
	const nameOf = (person: Person) => options.names?.get(person.id) ?? person.name;
	const parts: string[] = [];
	const geometry = options.draggable
		? ` data-network-drawing="" data-cx="${cx}" data-cy="${cy}" data-inner="${inner}" data-outer="${outer}" data-sectors="${SECTORS.join(',')}"`
		: '';
	parts.push(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${fullHeight}" role="img" aria-labelledby="${p}-title ${p}-desc" class="network-drawing" data-centre-x="${(cx / width).toFixed(3)}" font-family="Fira Sans, Arial, sans-serif"${geometry}>`,
		`<title id="${p}-title">${esc(options.title)}</title>`,
		`<desc id="${p}-desc">${esc(m.network_drawing_desc({ count: persons.length }))}</desc>`,
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
	});
	for (let ring = 1; ring <= 3; ring++) {
		const r = inner + ring * ringWidth;
		parts.push(`<circle cx="${cx}" cy="${cy}" r="${f(r)}" fill="none" stroke="#6b6b6b" stroke-width="1.5"/>`);
	}
	for (const t of layout.titles) parts.push(textBlock(t.block, '#1a1a1a', false));
	for (const r of layout.rings) parts.push(textBlock(r, '#3d3d3d'));
	parts.push(`<circle cx="${cx}" cy="${cy}" r="${inner}" fill="#15385a"/>`, textBlock(layout.client, '#ffffff', false));

	// Tray for people not placed yet.
	if (layout.tray) {
		const t = layout.tray;
		parts.push(
			`<rect x="${f(t.x0)}" y="${f(t.y0)}" width="${trayWidth}" height="${f(t.y1 - t.y0)}" rx="8" fill="#f4f4f4" stroke="#6b6b6b" stroke-dasharray="6 4"/>`,
			textBlock(t.title, '#1a1a1a', false)
		);
	}

	// Ecogram lines: client ↔ person, then person ↔ person.
	if (options.kind === 'ecogram') {
		for (const line of ecogramLines(persons, ties, nodes)) {
			const { segment: s, heads } = withArrows(line);
			parts.push(relationLine(s.x1, s.y1, s.x2, s.y2, line.relation, line.tie ? ' opacity="0.75"' : ''));
			for (const h of heads) parts.push(polygon(h));
		}
	}

	// People.
	for (const person of persons) {
		const n = nodes.get(person.id);
		const label = layout.labels.get(person.id);
		if (!n || !label) continue;
		const colour = person.sector ? SECTOR_COLOURS[person.sector].stroke : '#4a4a4a';
		const mark = options.marks?.[person.id];
		const drag = options.draggable ? ` data-person-id="${person.id}" class="network-node"` : '';
		parts.push(
			`<g${drag} transform="translate(0 0)">`,
			mark
				? `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${nodeRadius + 6}" fill="none" stroke="${MARK_COLOUR[mark]}" stroke-width="4"${mark === 'left' ? ' stroke-dasharray="4 3"' : ''}/>`
				: '',
			`<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${nodeRadius}" fill="#ffffff" stroke="${colour}" stroke-width="3"/>`,
			`<text x="${f(n.x)}" y="${f(n.y + 1)}" text-anchor="middle" dominant-baseline="middle" font-size="17" font-weight="700" fill="${colour}">${esc(initial(nameOf(person)))}</text>`,
			label.leader
				? `<line x1="${f(label.leader.x1)}" y1="${f(label.leader.y1)}" x2="${f(label.leader.x2)}" y2="${f(label.leader.y2)}" stroke="#6b6b6b" stroke-width="1.5"/>`
				: '',
			textBlock(label),
			`</g>`
		);
	}

	parts.push(legendRows.svg);
	parts.push('</svg>');
	return parts.join('');
}

const initial = (name: string) => (name.trim()[0] ?? '?').toLocaleUpperCase('nl');

/** The legend, drawn in the drawing so it prints with it; wraps long (own) wording in the column. */
function legend(options: RenderOptions, top: number): { svg: string; bottom: number } {
	const { trayX, trayWidth } = GEOMETRY;
	const parts: string[] = [];
	const x = trayX;
	let y = top;
	const row = (text: string, textX: number) => {
		const lines = wrapText(text, TYPE.legend, trayX + trayWidth - textX).map((t) => ({ text: t, style: TYPE.legend }));
		const h = lines.length * TYPE.legend.line;
		let ty = y;
		for (const line of lines) {
			parts.push(
				`<text x="${textX}" y="${f(ty + TYPE.legend.line - 4)}" font-size="${TYPE.legend.size}" fill="#1a1a1a">${esc(line.text)}</text>`
			);
			ty += TYPE.legend.line;
		}
		const mid = y + TYPE.legend.line / 2;
		y += Math.max(h, 22) + 8;
		return mid;
	};
	parts.push(
		`<text x="${x}" y="${f(y + 16)}" font-size="17" font-weight="700" fill="#1a1a1a">${esc(m.network_legend())}</text>`
	);
	y += 30;
	if (options.kind === 'ecogram') {
		for (const relation of RELATIONS) {
			const mid = row(options.legend?.[relation] ?? RELATION_LABEL[relation](), x + 82);
			parts.push(relationLine(x, mid, x + 70, mid, relation));
		}
		const mid = row(m.network_legend_arrow(), x + 82);
		const { segment: s, heads } = withArrows({
			x1: x,
			y1: mid,
			x2: x + 70,
			y2: mid,
			relation: 'normal',
			arrowStart: false,
			arrowEnd: true,
			tie: false
		});
		parts.push(relationLine(s.x1, s.y1, s.x2, s.y2, 'normal'), ...heads.map((h) => polygon(h)));
		row(m.network_legend_supports(), x);
	} else {
		row(m.network_legend_rings(), x);
	}
	if (options.marks) {
		for (const mark of ['joined', 'closer', 'further', 'left'] as const) {
			const mid = row(MARK_LABEL[mark](), x + 32);
			parts.push(
				`<circle cx="${x + 12}" cy="${f(mid)}" r="10" fill="none" stroke="${MARK_COLOUR[mark]}" stroke-width="4"${mark === 'left' ? ' stroke-dasharray="4 3"' : ''}/>`
			);
		}
	}
	return { svg: parts.join(''), bottom: y };
}

const MARK_LABEL: Record<Mark, () => string> = {
	joined: m.network_mark_joined,
	closer: m.network_mark_closer,
	further: m.network_mark_further,
	left: m.network_mark_left
};
