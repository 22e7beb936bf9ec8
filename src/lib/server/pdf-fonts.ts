import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

// DejaVu Sans covers every script a name may be written in (Latin with Turkish and Polish letters,
// Arabic, Cyrillic, Greek), so the PDFs embed it instead of a WinAnsi standard font.
const require = createRequire(import.meta.url);
const FILES = {
	sans: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
	bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'
} as const;

export type PdfFontName = keyof typeof FILES;

const parsed = new Map<PdfFontName, Font>();

/**
 * The parsed font, once per process. Handing pdfkit a file path made every document read the
 * 1.4 MB of TTF again and let fontkit parse its tables (cmap, GSUB, GPOS, glyphs) from scratch:
 * most of the time a PDF took. A fontkit font is safe to share: pdfkit builds each document's
 * subset in a fresh object, and layout keeps no state between calls.
 */
export function pdfFont(name: PdfFontName): Font {
	let font = parsed.get(name);
	if (!font) {
		const result = create(readFileSync(require.resolve(FILES[name])));
		if (!('layout' in result)) throw new Error(`${FILES[name]} is a font collection`);
		font = result;
		parsed.set(name, font);
	}
	return font;
}

/** Registers the shared fonts as `sans` and `bold` on a pdfkit document. */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
	for (const name of Object.keys(FILES) as PdfFontName[]) {
		// pdfkit accepts a fontkit font object (PDFFontFactory.open: "typeof src.layout === 'function'");
		// @types/pdfkit only lists paths and buffers.
		doc.registerFont(name, pdfFont(name) as unknown as PDFKit.Mixins.PDFFontSource);
	}
}
