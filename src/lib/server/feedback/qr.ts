import QRCode from 'qrcode';

/** The URL a resident opens: the personal link, or a card's own link (/f/CODE). */
export const feedbackUrl = (origin: string, tokenOrCode: string) => `${origin}/f/${tokenOrCode}`;

export function qrSvg(url: string): Promise<string> {
	return QRCode.toString(url, {
		type: 'svg',
		margin: 2,
		errorCorrectionLevel: 'M',
		color: { dark: '#000000', light: '#ffffff' }
	});
}

export function qrPng(url: string): Promise<Buffer> {
	return QRCode.toBuffer(url, { type: 'png', width: 768, margin: 2, errorCorrectionLevel: 'M' });
}

/** The QR matrix, to draw it as vector squares (crisp in print). */
export function qrMatrix(url: string): { size: number; dark: (row: number, col: number) => boolean } {
	const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
	return { size: qr.modules.size, dark: (r, c) => !!qr.modules.get(r, c) };
}
