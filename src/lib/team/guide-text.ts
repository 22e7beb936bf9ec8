/** A block of a section's text: a paragraph, or a list (lines that start with "-", "*" or "•"). */
export type GuideBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: string[] };

const BULLET = /^\s*[-*•]\s+/;

/**
 * A section's plain text as paragraphs and lists: a blank line starts a new block, and a block whose
 * lines all start with a bullet is a list. Nothing else is markup, so nothing typed can become HTML.
 */
export function guideBlocks(text: string): GuideBlock[] {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((block) => block.split('\n').filter((line) => line.trim() !== ''))
		.filter((lines) => lines.length > 0)
		.map((lines) =>
			lines.every((line) => BULLET.test(line))
				? { kind: 'list' as const, items: lines.map((line) => line.replace(BULLET, '').trim()) }
				: { kind: 'paragraph' as const, lines: lines.map((line) => line.trim()) }
		);
}
