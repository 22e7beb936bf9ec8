import PDFDocument from 'pdfkit';
import { registerPdfFonts } from '../pdf-fonts';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { requireUser } from '../organisation/access';
import { getMirror } from './get-mirror';
import { DIMENSIONS } from './questionnaire';
import { dimensionLabel } from './dimension-label';
import { formatDate } from '../../format';
import { m } from '../../paraglide/messages';
import { scaleId, scaleLabels } from '../../scale-labels';

const builtIn = (key: string) => dimensionLabel({ key, builtIn: true });
/** "2026-Q4" → "4e kwartaal 2026". */
const quarterName = (quarter: string) => {
	const [y, q] = quarter.split('-Q');
	return m.quarter_name({ q, y });
};
const isRtl = (text: string) => /[\u0590-\u08FF]/u.test(text);
const score = (v: number | null) => (v === null ? '—' : v.toFixed(1).replace('.', ','));

/**
 * The worker's own feedback as a PDF, in the mirror's order: what stands out, their own view beside the
 * residents', scores per quarter, every quote and their reflections. Dates as Dutch readers write them.
 */
export async function exportFeedbackPdf(actor: Actor, db: Db, organisationId: string): Promise<Buffer> {
	requireUser(actor);
	const mirror = await getMirror(actor, db, organisationId, { allQuotes: true });
	const doc = new PDFDocument({
		size: 'A4',
		margin: 50,
		info: { Title: m.pdf_feedback_title({ name: actor.name }), Author: 'Vakspiegel' }
	});
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
	// DejaVu (pdf-fonts.ts): every resident language prints, Cyrillic and Arabic included.
	registerPdfFonts(doc);

	doc
		.font('bold')
		.fontSize(18)
		.fillColor('#15385a')
		.text(m.pdf_feedback_title({ name: actor.name }));
	doc
		.moveDown(0.3)
		.font('sans')
		.fontSize(10)
		.fillColor('#333333')
		.text(m.pdf_feedback_intro({ k: mirror.batchSize, date: formatDate(new Date()) }));
	const heading = (text: string) => doc.moveDown().font('bold').fontSize(13).fillColor('#15385a').text(text);
	const label = (key: string) => {
		const dim = mirror.dimensions.find((x) => x.key === key);
		return dim ? dimensionLabel(dim) : builtIn(key);
	};

	// What stands out, as the mirror says it.
	if (mirror.alerts.length) {
		heading(m.mirror_alerts_title());
		doc.font('sans').fontSize(10).fillColor('#000000');
		for (const a of mirror.alerts) {
			const values = { dimension: label(a.dimension), from: score(a.from), to: score(a.to) };
			doc.text(`• ${a.direction === 'down' ? m.mirror_alert_down(values) : m.mirror_alert_up(values)}`);
		}
	}

	// The worker's own view beside the residents' (the self-rating of this quarter).
	heading(m.mirror_self_title());
	doc.font('sans').fontSize(10).fillColor('#000000');
	const { self } = mirror;
	if (self.largest) {
		const dimension = builtIn(self.largest.dimension);
		doc.text(
			self.largest.self > self.largest.residents
				? m.mirror_self_higher({ dimension })
				: m.mirror_self_lower({ dimension })
		);
	} else if (Object.keys(self.self).length === 0) {
		doc.text(m.mirror_self_none());
	} else {
		doc.text(m.mirror_self_close());
	}
	if (Object.keys(self.self).length > 0) {
		doc
			.moveDown(0.3)
			.font('bold')
			.fontSize(9)
			.text(m.mirror_self_caption({ quarter: quarterName(self.quarter) }));
		const cols = [50, 250, 350];
		let row = doc.y + 2;
		const cells = (texts: string[], font: 'bold' | 'sans') => {
			doc.font(font).fontSize(9);
			texts.forEach((text, i) => doc.text(text, cols[i], row, { width: i === 0 ? 195 : 95 }));
			row = doc.y + 2;
		};
		cells([m.mirror_col_dimension(), m.mirror_col_self(), m.mirror_col_residents()], 'bold');
		for (const d of DIMENSIONS)
			cells([builtIn(d), score(self.self[d] ?? null), score(self.residents[d] ?? null)], 'sans');
		doc.x = 50;
		doc.y = row;
	}

	heading(m.pdf_feedback_scores());
	doc.font('sans').fontSize(9).fillColor('#000000');
	const quarters = mirror.quarters.slice(-6);
	const col = 110;
	const width = (doc.page.width - 100 - col) / Math.max(quarters.length, 1);
	let y = doc.y + 4;
	doc.font('bold').text(m.mirror_col_dimension(), 50, y, { width: col });
	quarters.forEach((q, i) => doc.text(quarterName(q.quarter), 50 + col + i * width, y, { width, align: 'center' }));
	y = doc.y + 4;
	doc.font('sans');
	for (const dim of mirror.dimensions) {
		const d = dim.key;
		doc.text(dimensionLabel(dim), 50, y, { width: col - 6 });
		const labelBottom = doc.y;
		quarters.forEach((q, i) =>
			doc.text(
				q.dimensions[d]?.tooFew
					? m.mirror_too_few_short()
					: `${score(q.dimensions[d]?.mean ?? null)} (${q.dimensions[d]?.n ?? 0})`,
				50 + col + i * width,
				y,
				{
					width,
					align: 'center'
				}
			)
		);
		y = Math.max(labelBottom, doc.y) + 4;
	}
	doc.x = 50;
	doc.y = y;
	doc.fontSize(8).fillColor('#555555').text(m.pdf_feedback_scores_note());
	// One line per scale in use: which words 1 and 5 stand for, and for which questions.
	const legend = new Map<string, { words: string[]; labels: string[] }>();
	for (const dim of mirror.dimensions) {
		const id = scaleId(dim.scale);
		const entry = legend.get(id) ?? { words: scaleLabels(dim.scale), labels: [] };
		entry.labels.push(dimensionLabel(dim));
		legend.set(id, entry);
	}
	for (const { words, labels } of legend.values()) {
		doc.text(m.pdf_feedback_scale_line({ dimensions: labels.join(', '), low: words[0], high: words[4] }));
	}

	heading(m.mirror_quotes_title());
	for (const b of mirror.batches) {
		doc
			.moveDown(0.5)
			.font('bold')
			.fontSize(11)
			.fillColor('#000000')
			.text(m.mirror_batch_title({ count: b.size, date: formatDate(b.releasedOn) }));
		b.quotes.forEach((q, i) => {
			doc
				.moveDown(0.3)
				.font('bold')
				.fontSize(9)
				.fillColor('#555555')
				.text(m.mirror_quote_number({ n: i + 1 }));
			doc.font('sans').fillColor('#000000').fontSize(10);
			for (const [label, text] of [
				[m.mirror_quote_good(), q.good],
				[m.mirror_quote_better(), q.better]
			] as const) {
				if (!text) continue;
				doc.font('bold').text(label);
				doc.font('sans').text(text, { align: isRtl(text) ? 'right' : 'left' });
			}
			for (const r of mirror.reflections.filter((x) => x.responseId === q.responseId)) {
				doc.fillColor('#1f4e79').text(`${m.pdf_feedback_reflection()} ${r.text}`).fillColor('#000000');
			}
		});
		if (b.followUps.length) {
			doc.moveDown(0.3).font('bold').fontSize(9).fillColor('#555555').text(m.mirror_follow_ups_title());
			doc.font('sans').fillColor('#000000').fontSize(10);
			for (const text of b.followUps) doc.text(text, { align: isRtl(text) ? 'right' : 'left' });
		}
		for (const r of mirror.reflections.filter((x) => x.batchId === b.id && !x.responseId)) {
			doc.moveDown(0.3).fillColor('#1f4e79').text(`${m.pdf_feedback_reflection()} ${r.text}`).fillColor('#000000');
		}
	}
	doc.end();
	await done;
	await writeAudit(db, actor, {
		organisationId,
		action: 'feedback.export',
		subjectType: 'feedback_response',
		details: { format: 'pdf', batches: mirror.batches.length }
	});
	return Buffer.concat(chunks);
}
