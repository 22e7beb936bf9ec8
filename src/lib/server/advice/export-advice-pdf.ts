import type { AdviceSessionId } from '../ids';
import PDFDocument from 'pdfkit';
import { registerPdfFonts } from '../pdf-fonts';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { formatDate } from '../../format';
import { m } from '../../paraglide/messages';
import { phaseLabel } from '../../advice/phases';
import { agreementSentence } from '../../advice/agreement';
import { type AdviceReport } from './report';
import { MIN_GROUP_VOTERS } from './results';
import { loadReport, actionStatus } from './report-export';

function writePdf(doc: PDFKit.PDFDocument, r: AdviceReport): void {
	const heading = (text: string) =>
		doc.moveDown().font('bold').fontSize(13).fillColor('#15385a').text(text).moveDown(0.2);
	const body = () => doc.font('sans').fontSize(10).fillColor('#000000');
	doc.font('bold').fontSize(18).fillColor('#15385a').text(r.question);
	doc.moveDown(0.3).font('sans').fontSize(10).fillColor('#333333');
	if (r.explanation) doc.text(r.explanation).moveDown(0.3);
	doc.text(
		`${formatDate(r.date)} · ${phaseLabel(r.phase)} · ${m.advice_count_participants({ count: r.participants })} · ${m.advice_count_tips({ count: r.tipCount })}`
	);

	heading(m.advice_participants_heading());
	body();
	for (const g of r.groups) doc.text(`${g.label}: ${g.participants}`);

	heading(m.advice_nav_top());
	if (r.topIdeas.length === 0) body().text(m.advice_report_no_top());
	r.topIdeas.forEach((idea, i) => {
		doc
			.font('bold')
			.fontSize(11)
			.fillColor('#000000')
			.text(`${m.advice_top_idea_number({ n: i + 1 })}: ${idea.wording}`);
		body();
		if (idea.theme) doc.fillColor('#444444').text(m.advice_top_theme({ theme: idea.theme, count: idea.dots }));
		doc.fillColor('#000000');
		for (const q of idea.quotes) doc.text(`“${q}”`, { indent: 12 });
		doc.font('bold').text(m.advice_response_heading(), { continued: false });
		body().text(idea.response || m.advice_report_no_response());
		for (const a of idea.actions) {
			doc.text(`• ${a.what} — ${a.who}${a.dueOn ? `, ${formatDate(a.dueOn)}` : ''} (${actionStatus(a.status)})`, {
				indent: 12
			});
		}
		doc.moveDown(0.5);
	});

	heading(m.advice_ranking_heading());
	body();
	for (const t of r.results.ranking) doc.text(`${t.name}: ${t.dots}`);
	const label = (key: string) => r.groups.find((g) => g.key === key)?.label ?? key;
	if (r.results.agreements.length) {
		heading(m.advice_groups_heading());
		body();
		for (const a of r.results.agreements) doc.text(agreementSentence(a.level, label(a.a), label(a.b), a.overlap));
		doc.moveDown(0.3).fillColor('#444444').fontSize(9).text(m.advice_agreement_explained());
	}
	if (r.results.groups.some((g) => g.hidden)) {
		doc
			.moveDown(0.3)
			.fillColor('#444444')
			.fontSize(9)
			.text(m.advice_doemee_small_groups_hidden({ min: MIN_GROUP_VOTERS }));
	}

	heading(m.advice_report_all_tips());
	for (const t of [...r.themes, { name: m.advice_no_theme(), dots: null, tips: r.unthemed }]) {
		if (t.tips.length === 0) continue;
		doc
			.font('bold')
			.fontSize(11)
			.fillColor('#000000')
			.text(t.dots === null ? t.name : `${t.name} (${m.advice_count_dots({ count: t.dots })})`);
		body();
		for (const tip of t.tips) doc.text(`• ${tip.text} (${tip.group})`, { indent: 12 });
		doc.moveDown(0.3);
	}
}

export async function exportAdvicePdf(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId
): Promise<Buffer> {
	const r = await loadReport(actor, db, organisationId, sessionId, 'pdf');
	const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: r.question, Author: 'Vakspiegel' } });
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
	// DejaVu (pdf-fonts.ts): every resident language prints, Cyrillic and Arabic included.
	registerPdfFonts(doc);
	writePdf(doc, r);
	doc.end();
	await done;
	return Buffer.concat(chunks);
}
