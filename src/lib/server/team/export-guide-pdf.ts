import PDFDocument from 'pdfkit';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { registerPdfFonts } from '../pdf-fonts';
import { formatDate } from '../../format';
import { m } from '../../paraglide/messages';
import { guideBlocks } from '../../team/guide-text';
import { provenanceText } from '../../team/guide-labels';
import { getGuide } from './get-guide';

/** The current version of a guide as an A4 PDF: to print, hand out or keep in a binder. */
export async function exportGuidePdf(actor: Actor, db: Db, guideId: string): Promise<Buffer> {
	const view = await getGuide(actor, db, guideId);
	const current = view.current;
	if (!current) throw new AppError('NOT_FOUND', m.tguide_error_no_version());
	const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: current.title, Author: 'Vakspiegel' } });
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
	// DejaVu (pdf-fonts.ts): names and words in any script print.
	registerPdfFonts(doc);

	doc.font('bold').fontSize(20).fillColor('#15385a').text(current.title);
	doc
		.moveDown(0.3)
		.font('sans')
		.fontSize(10)
		.fillColor('#333333')
		.text(
			m.tguide_version_line({
				team: view.teamName,
				number: current.number,
				date: formatDate(current.publishedAt)
			})
		);
	for (const section of current.sections) {
		doc.moveDown(1).font('bold').fontSize(14).fillColor('#15385a').text(section.heading).moveDown(0.3);
		doc.font('sans').fontSize(11).fillColor('#000000');
		for (const block of guideBlocks(section.body)) {
			if (block.kind === 'list') {
				doc.list(block.items, { bulletRadius: 2, textIndent: 12, indent: 12 });
			} else {
				doc.text(block.lines.join('\n'));
			}
			doc.moveDown(0.5);
		}
		doc
			.font('sans')
			.fontSize(9)
			.fillColor('#444444')
			.text(`${m.tguide_provenance_label()}: ${provenanceText(section.provenance)}`);
	}
	doc.end();
	await done;
	return Buffer.concat(chunks);
}
