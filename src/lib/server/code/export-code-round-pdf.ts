import PDFDocument from 'pdfkit';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { registerPdfFonts } from '../pdf-fonts';
import { formatDateTime } from '../../format';
import { m } from '../../paraglide/messages';
import { stanceLabel } from '../../code/round';
import { getCodeRoundResults, type RoundComment } from './get-code-round-results';

/** A round's results as an A4 PDF: the counts per article as text, then the comments per article. */
export async function exportCodeRoundPdf(
	actor: Actor,
	db: Db,
	options: { organisationId: string; roundId: string }
): Promise<Buffer> {
	const r = await getCodeRoundResults(actor, db, options);
	const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: r.question, Author: 'Vakspiegel' } });
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
	registerPdfFonts(doc);

	doc.font('bold').fontSize(18).fillColor('#15385a').text(m.code_round_results_title());
	doc.moveDown(0.3).font('sans').fontSize(11).fillColor('#000000').text(r.question);
	doc
		.moveDown(0.3)
		.fontSize(10)
		.fillColor('#333333')
		.text(
			m.code_round_pdf_meta({
				code: r.codeTitle,
				version: r.versionNumber,
				closes: formatDateTime(r.closedAt ?? r.closesAt),
				respondents: r.respondents
			})
		);
	const comment = (c: RoundComment) => {
		const who = c.signedName ?? m.code_round_anonymous();
		doc
			.font('bold')
			.fontSize(10)
			.fillColor('#000000')
			.text(`${stanceLabel(c.stance)} · ${who}`);
		doc.font('sans');
		if (c.comment) doc.text(c.comment);
		if (c.proposal) doc.text(`${m.code_round_proposal_label()}: ${c.proposal}`);
		doc.moveDown(0.3);
	};
	for (const a of r.heatmap) {
		doc
			.moveDown(0.8)
			.font('bold')
			.fontSize(12)
			.fillColor('#15385a')
			.text(
				a.title
					? `${m.code_article_heading({ number: a.number })} ${a.title}`
					: m.code_article_heading({ number: a.number })
			);
		doc
			.font('sans')
			.fontSize(10)
			.fillColor('#000000')
			.text(m.code_round_counts_text({ eens: a.eens, twijfel: a.twijfel, oneens: a.oneens }));
		for (const c of r.comments[a.articleId] ?? []) comment(c);
	}
	if (r.general.length) {
		doc.moveDown(0.8).font('bold').fontSize(12).fillColor('#15385a').text(m.code_round_general_title());
		for (const c of r.general) comment(c);
	}
	doc.end();
	await done;
	return Buffer.concat(chunks);
}
