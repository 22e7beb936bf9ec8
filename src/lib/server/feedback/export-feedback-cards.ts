import PDFDocument from 'pdfkit';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { requireOwnRequest } from './access';
import { createFeedbackCards, CARDS_PER_SHEET } from './create-feedback-cards';
import { feedbackUrl, qrMatrix } from './qr';
import { m } from '../../paraglide/messages';
import { printedCardTexts } from './texts/nl';

const MM = 72 / 25.4;
// Cards are for residents: Dutch, whatever language the worker's screen is in.
const nl = { locale: 'nl' } as const;

/**
 * A new A4 sheet of cards (8 by default, 2 × 4, cut along the lines): each with a QR code to the
 * card's own link, the short address /f and the code to type. Every download makes fresh codes and
 * codes are shown nowhere else: a reprint of "the cards not used yet" would tell the worker who
 * answered.
 */
export async function exportFeedbackCards(
	actor: Actor,
	db: Db,
	organisationId: string,
	requestId: string,
	ctx: { origin: string; count?: number }
): Promise<{ pdf: Buffer; codes: string[] }> {
	const request = await requireOwnRequest(actor, db, organisationId, requestId);
	const codes = await createFeedbackCards(actor, db, organisationId, requestId, ctx.count ?? CARDS_PER_SHEET);

	const doc = new PDFDocument({
		size: 'A4',
		margin: 0,
		info: { Title: m.cards_pdf_title({ name: request.firstName }, nl), Author: 'Vakspiegel' }
	});
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));

	const cardW = 105 * MM;
	const cardH = 74.25 * MM;
	const shortUrl = `${ctx.origin.replace(/^https?:\/\//u, '')}/f`;
	const card = printedCardTexts(request.address === 'u' ? 'u' : 'je');
	codes.forEach((code, i) => {
		if (i > 0 && i % CARDS_PER_SHEET === 0) doc.addPage();
		const slot = i % CARDS_PER_SHEET;
		const x = (slot % 2) * cardW;
		const y = Math.floor(slot / 2) * cardH;
		doc.save().lineWidth(0.5).dash(3, { space: 3 }).strokeColor('#999999').rect(x, y, cardW, cardH).stroke().restore();

		const qr = qrMatrix(feedbackUrl(ctx.origin, code));
		const qrSize = 40 * MM;
		const cell = qrSize / qr.size;
		const qx = x + 6 * MM;
		const qy = y + (cardH - qrSize) / 2;
		doc.fillColor('#000000');
		for (let r = 0; r < qr.size; r++)
			for (let c = 0; c < qr.size; c++)
				if (qr.dark(r, c)) doc.rect(qx + c * cell, qy + r * cell, cell + 0.2, cell + 0.2);
		doc.fill();

		const tx = qx + qrSize + 5 * MM;
		const tw = x + cardW - tx - 5 * MM;
		doc
			.fillColor('#1f4e79')
			.font('Helvetica-Bold')
			.fontSize(13)
			.text(card.heading(request.firstName), tx, y + 10 * MM, { width: tw });
		doc
			.fillColor('#000000')
			.font('Helvetica')
			.fontSize(10)
			.text(card.scan, tx, doc.y + 2 * MM, { width: tw });
		doc
			.font('Helvetica-Bold')
			.fontSize(11)
			.text(shortUrl, tx, doc.y + 1 * MM, { width: tw });
		doc
			.font('Helvetica')
			.fontSize(10)
			.text(card.code, tx, doc.y + 2 * MM, { width: tw });
		doc
			.font('Courier-Bold')
			.fontSize(18)
			.text(code, tx, doc.y + 1 * MM, { width: tw });
		doc
			.font('Helvetica')
			.fontSize(8)
			.fillColor('#333333')
			.text(card.anonymous(request.firstName), tx, doc.y + 2 * MM, { width: tw });
	});
	doc.end();
	await done;
	return { pdf: Buffer.concat(chunks), codes };
}
