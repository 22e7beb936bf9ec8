import PDFDocument from 'pdfkit';
import { registerPdfFonts } from '../pdf-fonts';

// The look the portfolio PDFs share (A4, DejaVu, the feedback export's colours). Not a use case.

export const NAVY = '#15385a';
export const MARGIN = 50;

export interface PortfolioPdf {
	doc: PDFKit.PDFDocument;
	done: () => Promise<Buffer>;
	heading: (text: string) => void;
	/** A label in bold with its value beside it, wrapping under the value's column. */
	field: (label: string, value: string) => void;
	paragraph: (text: string) => void;
}

export function portfolioPdf(title: string, author: string): PortfolioPdf {
	const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: title, Author: author } });
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
	registerPdfFonts(doc);
	const width = () => doc.page.width - 2 * MARGIN;
	const labelWidth = 170;
	return {
		doc,
		done: async () => {
			doc.end();
			await ended;
			return Buffer.concat(chunks);
		},
		heading: (text) => {
			doc.moveDown(0.8).font('bold').fontSize(13).fillColor(NAVY).text(text, MARGIN, doc.y, { width: width() });
			doc.moveDown(0.2);
		},
		field: (label, value) => {
			doc.font('sans').fontSize(10);
			const needed = Math.max(
				doc.heightOfString(label, { width: labelWidth - 10 }),
				doc.heightOfString(value || '—', { width: width() - labelWidth })
			);
			if (doc.y + needed > doc.page.height - MARGIN) doc.addPage();
			const y = doc.y;
			doc
				.font('bold')
				.fillColor('#333333')
				.text(label, MARGIN, y, { width: labelWidth - 10 });
			const afterLabel = doc.y;
			doc
				.font('sans')
				.fillColor('#000000')
				.text(value || '—', MARGIN + labelWidth, y, { width: width() - labelWidth });
			doc.x = MARGIN;
			doc.y = Math.max(afterLabel, doc.y) + 4;
		},
		paragraph: (text) => {
			doc.font('sans').fontSize(10).fillColor('#000000').text(text, MARGIN, doc.y, { width: width() });
		}
	};
}

/** "09:30" in Dutch time, or ''. */
export function timeOfDay(value: Date | null): string {
	if (!value) return '';
	return new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(value);
}
