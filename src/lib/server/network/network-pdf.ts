import PDFDocument from 'pdfkit';
import { RELATIONS, SECTORS, type Relation } from '../db/schema';
import {
	ACTION_STATUS_LABEL,
	clientRolesText,
	ENERGY_LABEL,
	RELATION_LABEL,
	RING_LABEL,
	SECTOR_LABEL,
	SUPPORT_LABEL
} from '../../network/labels';
import { formatDate } from '../../format';
import { m } from '../../paraglide/messages';
import { caseVoice } from '../../network/voice';
import { registerPdfFonts } from '../pdf-fonts';
import { analyseNetwork } from './network-analysis';
import { GEOMETRY, ringWidth, sectorStart, TYPE, type TextBlock } from './network-layout';
import type { NetworkDocument } from './network-document';
import { drawingFor, ecogramLines, SECTOR_COLOURS, withArrows } from './network-drawing';

type Doc = PDFKit.PDFDocument;

function newDocument(title: string): { doc: Doc; done: Promise<Buffer> } {
	// A3 landscape, large type: to lay on the kitchen table and draw on with markers (seed 003, tip 3).
	const doc = new PDFDocument({
		size: 'A3',
		layout: 'landscape',
		margin: 40,
		info: { Title: title, Author: 'Vakspiegel' }
	});
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
	registerPdfFonts(doc);
	return { doc, done };
}

/** A line in Hartman's conventions, between two points in PDF space. */
function pdfRelationLine(doc: Doc, x1: number, y1: number, x2: number, y2: number, relation: Relation): void {
	doc.save().strokeColor('#1a1a1a');
	const dx = x2 - x1;
	const dy = y2 - y1;
	const len = Math.hypot(dx, dy) || 1;
	const nx = -dy / len;
	const ny = dx / len;
	if (relation === 'broken') {
		const mx = x1 + dx / 2;
		const my = y1 + dy / 2;
		const ux = (dx / len) * 7;
		const uy = (dy / len) * 7;
		doc
			.lineWidth(1.8)
			.moveTo(x1, y1)
			.lineTo(mx - ux, my - uy)
			.moveTo(mx + ux, my + uy)
			.lineTo(x2, y2)
			.stroke();
		for (const s of [-1, 1]) {
			doc
				.moveTo(mx + s * ux - nx * 8, my + s * uy - ny * 8)
				.lineTo(mx + s * ux + nx * 8, my + s * uy + ny * 8)
				.stroke();
		}
	} else {
		doc.lineWidth(relation === 'strong' ? 5 : 1.8);
		if (relation === 'weak') doc.dash(8, { space: 6 });
		doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
		doc.undash();
		if (relation === 'stressful') {
			for (let t = 16; t < len - 16; t += 14) {
				const px = x1 + (dx * t) / len;
				const py = y1 + (dy * t) / len;
				doc
					.moveTo(px - nx * 6 - (dx / len) * 3, py - ny * 6 - (dy / len) * 3)
					.lineTo(px + nx * 6 + (dx / len) * 3, py + ny * 6 + (dy / len) * 3)
					.stroke();
			}
		}
	}
	doc.restore();
}

function arrowHead(doc: Doc, fromX: number, fromY: number, toX: number, toY: number): void {
	const a = Math.atan2(toY - fromY, toX - fromX);
	const s = 12;
	doc
		.save()
		.fillColor('#1a1a1a')
		.polygon(
			[toX, toY],
			[toX - s * Math.cos(a - 0.45), toY - s * Math.sin(a - 0.45)],
			[toX - s * Math.cos(a + 0.45), toY - s * Math.sin(a + 0.45)]
		)
		.fill()
		.restore();
}

/** Ascent and descent of DejaVu Sans in ems (pdfkit puts the first baseline an ascent below y). */
const DEJAVU_HEIGHT = 1.164;

/** Writes a block of the layout: each line centred, the same place as in the SVG. */
function textBlock(
	doc: Doc,
	b: TextBlock,
	X: (x: number) => number,
	Y: (y: number) => number,
	k: number,
	colour: string
) {
	let y = b.y;
	const width = (b.box.x1 - b.box.x0) * k + 40;
	for (const line of b.lines) {
		const size = line.style.size * k;
		doc
			.font(line.style.bold ? 'bold' : 'sans')
			.fontSize(size)
			.fillColor(colour)
			.text(line.text, X(b.x) - width / 2, Y(y + (line.style.line - DEJAVU_HEIGHT * line.style.size) / 2), {
				width,
				align: 'center',
				lineBreak: false
			});
		y += line.style.line;
	}
}

/** The scale of the drawing on page 1 of the A3 PDF, and so the size of the names there. */
const PDF_MAP = { x: 20, y: 70, k: 0.885 } as const;
/** Names on the A3 PDF in points: large enough to read at the kitchen table (≥ 14 pt). */
export const PDF_NAME_SIZE = TYPE.name.size * PDF_MAP.k;
/** Left edge of the legend beside the drawing (the drawing's names stay left of its tray column). */
const MAP_SIDE = PDF_MAP.x + (GEOMETRY.trayX - 10) * PDF_MAP.k;

/** Draws the circle (with the ecogram's lines when `withLines`) into a box at (ox, oy) scaled by `k`. */
function drawMap(
	doc: Doc,
	document: NetworkDocument | null,
	ox: number,
	oy: number,
	k: number,
	withLines: boolean
): void {
	const { cx, cy, inner, outer, nodeRadius } = GEOMETRY;
	const X = (x: number) => ox + x * k;
	const Y = (y: number) => oy + y * k;
	const persons = document?.persons ?? [];
	const ties = document?.ties ?? [];
	const layout = drawingFor(persons, ties, {
		kind: withLines ? 'ecogram' : 'circle',
		clientLabel: document?.client ?? ''
	});
	SECTORS.forEach((sector, i) => {
		const a0 = sectorStart(i);
		const a1 = sectorStart(i + 1);
		doc
			.save()
			.moveTo(X(cx + inner * Math.cos(a0)), Y(cy + inner * Math.sin(a0)))
			.lineTo(X(cx + outer * Math.cos(a0)), Y(cy + outer * Math.sin(a0)));
		for (let t = 1; t <= 24; t++) {
			const a = a0 + ((a1 - a0) * t) / 24;
			doc.lineTo(X(cx + outer * Math.cos(a)), Y(cy + outer * Math.sin(a)));
		}
		for (let t = 24; t >= 0; t--) {
			const a = a0 + ((a1 - a0) * t) / 24;
			doc.lineTo(X(cx + inner * Math.cos(a)), Y(cy + inner * Math.sin(a)));
		}
		doc
			.closePath()
			.lineWidth(1)
			.fillAndStroke(withLines ? '#fafafa' : SECTOR_COLOURS[sector].fill, '#6b6b6b')
			.restore();
	});
	for (let ring = 1; ring <= 3; ring++) {
		doc
			.save()
			.lineWidth(1)
			.strokeColor('#6b6b6b')
			.circle(X(cx), Y(cy), (inner + ring * ringWidth) * k)
			.stroke()
			.restore();
	}
	for (const t of layout.titles) textBlock(doc, t.block, X, Y, k, '#1a1a1a');
	for (const r of layout.rings) {
		doc
			.save()
			.rect(X(r.box.x0), Y(r.box.y0), (r.box.x1 - r.box.x0) * k, (r.box.y1 - r.box.y0) * k)
			.fillOpacity(0.85)
			.fill('#ffffff')
			.restore();
		textBlock(doc, r, X, Y, k, '#3d3d3d');
	}
	doc
		.save()
		.fillColor('#15385a')
		.circle(X(cx), Y(cy), inner * k)
		.fill()
		.restore();
	if (document) textBlock(doc, layout.client, X, Y, k, '#ffffff');
	if (!document) return;
	const nodes = layout.nodes;
	if (withLines) {
		for (const line of ecogramLines(persons, ties, nodes)) {
			const { segment: sg, heads } = withArrows(line);
			pdfRelationLine(doc, X(sg.x1), Y(sg.y1), X(sg.x2), Y(sg.y2), line.relation);
			for (const h of heads) {
				doc
					.save()
					.fillColor('#1a1a1a')
					.polygon(...h.map(([x, y]) => [X(x), Y(y)]))
					.fill()
					.restore();
			}
		}
	}
	for (const p of persons) {
		const n = nodes.get(p.id);
		const label = layout.labels.get(p.id);
		if (!n || !n.placed || !label) continue;
		const colour = p.sector ? SECTOR_COLOURS[p.sector].stroke : '#4a4a4a';
		doc
			.save()
			.lineWidth(2.5)
			.circle(X(n.x), Y(n.y), nodeRadius * k)
			.fillAndStroke('#ffffff', colour)
			.restore();
		const initial = (p.name.trim()[0] ?? '?').toLocaleUpperCase('nl');
		doc
			.font('bold')
			.fontSize(15 * k)
			.fillColor(colour)
			.text(initial, X(n.x) - nodeRadius * k, Y(n.y) - 9 * k, {
				width: 2 * nodeRadius * k,
				align: 'center',
				lineBreak: false
			});
		if (label.leader) {
			const l = label.leader;
			doc
				.save()
				.lineWidth(1)
				.strokeColor('#6b6b6b')
				.moveTo(X(l.x1), Y(l.y1))
				.lineTo(X(l.x2), Y(l.y2))
				.stroke()
				.restore();
		}
		const b = label.box;
		doc
			.save()
			.rect(X(b.x0), Y(b.y0), (b.x1 - b.x0) * k, (b.y1 - b.y0) * k)
			.fillOpacity(0.85)
			.fill('#ffffff')
			.restore();
		textBlock(doc, label, X, Y, k, '#1a1a1a');
	}
}

function drawLegend(doc: Doc, x: number, y: number, labels: Partial<Record<Relation, string>> = {}): number {
	doc.font('bold').fontSize(15).fillColor('#15385a').text(m.network_legend(), x, y);
	let ly = doc.y + 8;
	for (const relation of RELATIONS) {
		pdfRelationLine(doc, x, ly + 6, x + 60, ly + 6, relation);
		doc
			.font('sans')
			.fontSize(13)
			.fillColor('#1a1a1a')
			.text(labels[relation] ?? RELATION_LABEL[relation](), x + 70, ly, { width: 200 });
		ly = Math.max(ly + 24, doc.y + 6);
	}
	doc
		.save()
		.lineWidth(1.8)
		.strokeColor('#1a1a1a')
		.moveTo(x, ly + 6)
		.lineTo(x + 56, ly + 6)
		.stroke()
		.restore();
	arrowHead(doc, x, ly + 6, x + 60, ly + 6);
	doc
		.font('sans')
		.fontSize(13)
		.text(m.network_legend_arrow(), x + 70, ly, { width: 200 });
	return doc.y + 10;
}

/**
 * The casus on A3 landscape: page 1 the ecogram with legend and the plain-language analysis; page 2
 * everyone by sector and ring (the text version); page 3 the plan and the familiegroepsplan.
 */
export async function renderNetworkPdf(document: NetworkDocument): Promise<Buffer> {
	const voice = { kind: document.kind, label: document.client };
	const { doc, done } = newDocument(caseVoice.pdfTitle(voice));
	const title = caseVoice.pdfTitle(voice, document.pseudonymised);
	doc.font('bold').fontSize(22).fillColor('#15385a').text(title, 40, 30);
	doc
		.font('sans')
		.fontSize(12)
		.fillColor('#333333')
		.text(m.network_pdf_date({ date: formatDate(document.exportedOn) }));
	drawMap(doc, document, PDF_MAP.x, PDF_MAP.y, PDF_MAP.k, true);
	const side = MAP_SIDE;
	const y = drawLegend(doc, side, 90, document.legend);
	doc
		.font('bold')
		.fontSize(15)
		.fillColor('#15385a')
		.text(m.network_analysis_title(), side, y + 10, { width: doc.page.width - side - 30 });
	doc.font('sans').fontSize(13).fillColor('#1a1a1a');
	const analysis = analyseNetwork(document.persons, document.client, { practice: document.kind === 'practice' });
	for (const sentence of analysis.sentences) {
		doc.text(`• ${sentence}`, side, doc.y + 4, { width: doc.page.width - side - 30 });
	}
	if (analysis.nudge) {
		doc
			.font('bold')
			.text(m.network_practice_nudge_title(), side, doc.y + 10, { width: doc.page.width - side - 30 })
			.font('sans')
			.text(analysis.nudge, side, doc.y + 2, { width: doc.page.width - side - 30 });
	}

	doc.addPage();
	doc.font('bold').fontSize(20).fillColor('#15385a').text(m.network_text_version_title(), 40, 40);
	doc
		.font('sans')
		.fontSize(14)
		.fillColor('#1a1a1a')
		.text(caseVoice.centreLine(voice, clientRolesText(document.clientRoles, document.clientRoleOther)), 40, doc.y + 6);
	const columns = 3;
	const colWidth = (doc.page.width - 80) / columns;
	let col = 0;
	let top = doc.y + 10;
	const groups: { title: string; lines: string[] }[] = SECTORS.map((s) => ({
		title: SECTOR_LABEL[s](),
		lines: document.persons
			.filter((p) => p.sector === s)
			.sort((a, b) => (a.ring ?? 9) - (b.ring ?? 9))
			.map((p) => personLine(p))
	}));
	const unplaced = document.persons.filter((p) => !p.sector);
	if (unplaced.length) groups.push({ title: m.network_not_placed(), lines: unplaced.map((p) => personLine(p)) });
	for (const group of groups) {
		if (col === columns) {
			col = 0;
			top = doc.y + 20;
		}
		const x = 40 + col * colWidth;
		doc
			.font('bold')
			.fontSize(14)
			.fillColor('#15385a')
			.text(group.title, x, top, { width: colWidth - 16 });
		doc.font('sans').fontSize(11).fillColor('#1a1a1a');
		for (const line of group.lines.length ? group.lines : [m.network_nobody()]) {
			doc.text(line, x, doc.y + 3, { width: colWidth - 16 });
		}
		col += 1;
	}

	doc.addPage();
	doc.font('bold').fontSize(20).fillColor('#15385a').text(m.network_fgp_title(), 40, 40);
	const third = (doc.page.width - 80) / 3;
	const planTop = doc.y + 12;
	const column = (x: number, heading: string, lines: string[]) => {
		doc
			.font('bold')
			.fontSize(15)
			.fillColor('#15385a')
			.text(heading, x, planTop, { width: third - 20 });
		doc.font('sans').fontSize(12).fillColor('#1a1a1a');
		for (const line of lines.length ? lines : ['—']) doc.text(`• ${line}`, x, doc.y + 5, { width: third - 20 });
	};
	column(40, m.network_fgp_concerns(), document.concerns);
	column(40 + third, m.network_fgp_strengths(), document.strengths);
	column(
		40 + 2 * third,
		m.network_fgp_actions(),
		document.goals.flatMap((g) =>
			g.actions.map(
				(a) =>
					`${a.whoLabel}: ${a.what}${a.due ? ` (${m.network_due_short({ date: formatDate(a.due) })})` : ''} — ${ACTION_STATUS_LABEL[a.status]()}`
			)
		)
	);
	doc
		.font('bold')
		.fontSize(15)
		.fillColor('#15385a')
		.text(m.network_goals_title(), 40, Math.max(doc.y, planTop) + 30);
	for (const goal of document.goals) {
		doc
			.font('bold')
			.fontSize(13)
			.fillColor('#1a1a1a')
			.text(goal.text, 40, doc.y + 8);
		doc.font('sans').fontSize(12);
		if (goal.evaluation) doc.text(m.network_goal_evaluation_line({ text: goal.evaluation }));
		for (const a of goal.actions) {
			doc.text(
				`• ${m.network_action_line({ who: a.whoLabel, what: a.what, due: a.due ? formatDate(a.due) : '—', status: ACTION_STATUS_LABEL[a.status]() })}`
			);
		}
	}
	doc.end();
	return done;
}

function personLine(p: NetworkDocument['persons'][number]): string {
	const parts = [
		p.ring ? RING_LABEL[p.ring]() : '',
		p.relation ? RELATION_LABEL[p.relation]() : '',
		p.energy ? ENERGY_LABEL[p.energy]() : '',
		p.supports.map((s) => SUPPORT_LABEL[s]()).join(', ')
	].filter(Boolean);
	return `${p.name}${parts.length ? ` — ${parts.join(' · ')}` : ''}${p.remark ? ` (${p.remark})` : ''}`;
}

export type WorksheetKind = 'groslijst' | 'netwerkcirkel' | 'ecogram';

/** Blank A3 worksheets for pen and coloured markers (seed 003, tip 3). No personal data. */
export async function renderWorksheetPdf(kind: WorksheetKind): Promise<Buffer> {
	const titles: Record<WorksheetKind, () => string> = {
		groslijst: m.network_worksheet_groslijst,
		netwerkcirkel: m.network_worksheet_circle,
		ecogram: m.network_worksheet_ecogram
	};
	const { doc, done } = newDocument(titles[kind]());
	doc.font('bold').fontSize(24).fillColor('#15385a').text(titles[kind](), 40, 30);
	doc.font('sans').fontSize(13).fillColor('#333333').text(m.network_worksheet_name_line());
	if (kind === 'groslijst') {
		const half = (doc.page.width - 100) / 2;
		for (const [i, x] of [40, 60 + half].entries()) {
			doc.font('bold').fontSize(13).fillColor('#1a1a1a');
			doc.text(m.network_field_name(), x, 110, { width: half * 0.45 });
			doc.text(m.network_field_remark(), x + half * 0.45, 110, { width: half * 0.55 });
			for (let row = 0; row < 22; row++) {
				const y = 150 + row * 30;
				doc
					.save()
					.lineWidth(0.8)
					.strokeColor('#8a8a8a')
					.moveTo(x, y)
					.lineTo(x + half, y)
					.stroke()
					.restore();
				doc
					.font('sans')
					.fontSize(9)
					.fillColor('#6b6b6b')
					.text(String(i * 22 + row + 1), x - 18, y - 12);
			}
		}
	} else {
		drawMap(doc, null, PDF_MAP.x, PDF_MAP.y, PDF_MAP.k, kind === 'ecogram');
		const side = MAP_SIDE;
		if (kind === 'ecogram') drawLegend(doc, side, 90);
		else {
			doc.font('bold').fontSize(14).fillColor('#15385a').text(m.network_legend(), side, 90);
			doc
				.font('sans')
				.fontSize(12)
				.fillColor('#1a1a1a')
				.text(m.network_legend_rings(), side, doc.y + 6, { width: 300 });
		}
	}
	doc.end();
	return done;
}
