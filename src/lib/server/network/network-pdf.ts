import PDFDocument from 'pdfkit';
import { RELATIONS, SECTORS, type Relation } from '../db/schema';
import {
	ACTION_STATUS_LABEL,
	ENERGY_LABEL,
	RELATION_LABEL,
	RING_LABEL,
	SECTOR_LABEL,
	SUPPORT_LABEL
} from '../../network/labels';
import { formatDate } from '../../format';
import { m } from '../../paraglide/messages';
import { registerPdfFonts } from '../pdf-fonts';
import { analyseNetwork } from './analyse-network';
import { GEOMETRY, layoutNetwork, ringWidth, sectorStart } from './layout-network';
import type { NetworkDocument } from './network-document';
import { SECTOR_COLOURS } from './render-network-svg';

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
	const s = 9;
	doc
		.save()
		.fillColor('#1a1a1a')
		.polygon(
			[toX, toY],
			[toX - s * Math.cos(a - 0.4), toY - s * Math.sin(a - 0.4)],
			[toX - s * Math.cos(a + 0.4), toY - s * Math.sin(a + 0.4)]
		)
		.fill()
		.restore();
}

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
		const mid = (a0 + a1) / 2;
		doc
			.font('bold')
			.fontSize(13)
			.fillColor('#1a1a1a')
			.text(
				SECTOR_LABEL[sector](),
				X(cx + (outer - 18) * Math.cos(mid)) - 80,
				Y(cy + (outer - 18) * Math.sin(mid)) - 7,
				{
					width: 160,
					align: 'center'
				}
			);
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
	doc
		.save()
		.fillColor('#15385a')
		.circle(X(cx), Y(cy), inner * k)
		.fill()
		.restore();
	doc
		.font('bold')
		.fontSize(13)
		.fillColor('#ffffff')
		.text(document?.client ?? '', X(cx) - inner * k, Y(cy) - 8, {
			width: 2 * inner * k,
			align: 'center',
			lineBreak: false
		});
	if (!document) return;
	const nodes = layoutNetwork(document.persons);
	if (withLines) {
		for (const p of document.persons) {
			const n = nodes.get(p.id);
			if (!n || !p.relation) continue;
			const dx = n.x - cx;
			const dy = n.y - cy;
			const len = Math.hypot(dx, dy) || 1;
			const x1 = X(cx + (dx / len) * (inner + 2));
			const y1 = Y(cy + (dy / len) * (inner + 2));
			const x2 = X(n.x - (dx / len) * (nodeRadius + 3));
			const y2 = Y(n.y - (dy / len) * (nodeRadius + 3));
			pdfRelationLine(doc, x1, y1, x2, y2, p.relation);
			if (p.energy === 'gives' || p.energy === 'mutual') arrowHead(doc, x2, y2, x1, y1);
			if (p.energy === 'receives' || p.energy === 'mutual') arrowHead(doc, x1, y1, x2, y2);
		}
		for (const t of document.ties) {
			const a = nodes.get(t.fromPersonId);
			const b = nodes.get(t.toPersonId);
			if (a && b) pdfRelationLine(doc, X(a.x), Y(a.y), X(b.x), Y(b.y), t.relation);
		}
	}
	for (const p of document.persons) {
		const n = nodes.get(p.id);
		if (!n || !n.placed) continue;
		const colour = p.sector ? SECTOR_COLOURS[p.sector].stroke : '#4a4a4a';
		doc
			.save()
			.lineWidth(2.5)
			.circle(X(n.x), Y(n.y), nodeRadius * k)
			.fillAndStroke('#ffffff', colour)
			.restore();
		doc
			.font('sans')
			.fontSize(10)
			.fillColor('#1a1a1a')
			.text(p.name.length > 18 ? `${p.name.slice(0, 17)}…` : p.name, X(n.x) - 50, Y(n.y) + nodeRadius * k + 2, {
				width: 100,
				align: 'center',
				lineBreak: false
			});
	}
}

function drawLegend(doc: Doc, x: number, y: number, labels: Partial<Record<Relation, string>> = {}): number {
	doc.font('bold').fontSize(14).fillColor('#15385a').text(m.network_legend(), x, y);
	let ly = doc.y + 8;
	for (const relation of RELATIONS) {
		pdfRelationLine(doc, x, ly + 6, x + 60, ly + 6, relation);
		doc
			.font('sans')
			.fontSize(11)
			.fillColor('#1a1a1a')
			.text(labels[relation] ?? RELATION_LABEL[relation](), x + 70, ly);
		ly += 22;
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
		.fontSize(11)
		.text(m.network_legend_arrow(), x + 70, ly);
	return doc.y + 10;
}

/**
 * The casus on A3 landscape: page 1 the ecogram with legend and the plain-language analysis; page 2
 * everyone by sector and ring (the text version); page 3 the plan and the familiegroepsplan.
 */
export async function renderNetworkPdf(document: NetworkDocument): Promise<Buffer> {
	const { doc, done } = newDocument(m.network_pdf_title({ client: document.client }));
	const title = document.pseudonymised
		? m.network_pdf_title_pseudonymised({ client: document.client })
		: m.network_pdf_title({ client: document.client });
	doc.font('bold').fontSize(22).fillColor('#15385a').text(title, 40, 30);
	doc
		.font('sans')
		.fontSize(12)
		.fillColor('#333333')
		.text(m.network_pdf_date({ date: formatDate(document.exportedOn) }));
	const k = 0.92;
	drawMap(doc, document, 30, 80, k, true);
	const side = 30 + GEOMETRY.width * 0.72 * k + 10;
	const y = drawLegend(doc, side, 90, document.legend);
	doc
		.font('bold')
		.fontSize(14)
		.fillColor('#15385a')
		.text(m.network_analysis_title(), side, y + 10);
	doc.font('sans').fontSize(12).fillColor('#1a1a1a');
	for (const sentence of analyseNetwork(document.persons, document.client).sentences) {
		doc.text(`• ${sentence}`, side, doc.y + 4, { width: doc.page.width - side - 40 });
	}

	doc.addPage();
	doc.font('bold').fontSize(20).fillColor('#15385a').text(m.network_text_version_title(), 40, 40);
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
		drawMap(doc, null, 30, 80, 0.92, kind === 'ecogram');
		const side = 30 + GEOMETRY.width * 0.72 * 0.92 + 10;
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
