/** A code's text (Markdown paragraphs, no HTML) as paragraphs to render; lines inside one stay lines. */
export function paragraphsOf(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter((p) => p !== '');
}

/** The anchor of an article on the whole-code page, and its own page. */
export const articleAnchor = (number: string) => `artikel-${number}`;
export const articlePath = (number: string) => `/beroepscode/artikel/${encodeURIComponent(number)}`;
export const kernwaardePath = (number: string) => `/beroepscode/kernwaarde/${encodeURIComponent(number)}`;
