// The professional code (beroepscode, issue 17) as Markdown, in the shape used for Dutch legislation:
//
//   # Titel
//   (optional preamble)
//   ## Kernwaarden
//   ### Kernwaarde 1. Naam          followed by its text
//   ### Hoofdstuk 1. Titel          (optional intro text)
//   #### § 1. Titel                 (optional; optional intro text)
//   ##### Artikel 1.1.1             optionally ". Titel"; followed by its text
//   ## Begrippenlijst
//   - **Begrip**: uitleg            one line per term
//
// parseCode reads it (malformed input gives a CodeParseError with a line number); exportCode writes
// it back. For a file in this canonical layout, exportCode(parseCode(text)) === text.

import { m } from '../paraglide/messages';

interface CodeKernwaarde {
	number: string;
	name: string;
	body: string;
}

export interface CodeArticle {
	number: string;
	title: string;
	body: string;
}

export interface CodeParagraph {
	number: string;
	title: string;
	intro: string;
	articles: CodeArticle[];
}

export interface CodeChapter {
	number: string;
	title: string;
	intro: string;
	/** Articles directly under the chapter, before its first paragraph. */
	articles: CodeArticle[];
	paragraphs: CodeParagraph[];
}

interface CodeBegrip {
	term: string;
	definition: string;
}

export interface CodeDocument {
	title: string;
	preamble: string;
	kernwaarden: CodeKernwaarde[];
	chapters: CodeChapter[];
	begrippen: CodeBegrip[];
}

export class CodeParseError extends Error {
	constructor(
		readonly line: number,
		readonly reason: string
	) {
		super(m.code_version_parse_line({ line, reason }));
		this.name = 'CodeParseError';
	}
}

const TITLE = /^#\s+(.+?)\s*$/;
const KERNWAARDEN = /^##\s+Kernwaarden\s*$/i;
const BEGRIPPEN = /^##\s+Begrippenlijst\s*$/i;
const KERNWAARDE = /^###\s+Kernwaarde\s+(\d+)\.\s+(.+?)\s*$/i;
const CHAPTER = /^###\s+Hoofdstuk\s+(\d+)\.(?:\s+(.+?))?\s*$/i;
const PARAGRAPH = /^####\s+§\s*(\d+)\.(?:\s+(.+?))?\s*$/;
const ARTICLE = /^#####\s+Artikel\s+(\d+(?:\.\d+)*)(?:\.\s+(.+?))?\s*$/i;
const BEGRIP = /^-\s+\*\*(.+?)\*\*:\s+(.+?)\s*$/;
const HEADING = /^#{1,6}(\s|$)/;

/** Every article of the document in reading order, with where it stands. */
export function articlesOf(
	doc: CodeDocument
): { article: CodeArticle; chapter: CodeChapter; paragraph: CodeParagraph | null }[] {
	return doc.chapters.flatMap((chapter) => [
		...chapter.articles.map((article) => ({ article, chapter, paragraph: null })),
		...chapter.paragraphs.flatMap((paragraph) => paragraph.articles.map((article) => ({ article, chapter, paragraph })))
	]);
}

type Target = { set: (text: string) => void; line: number; required: string | null };

export function parseCode(markdown: string): CodeDocument {
	const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
	const doc: CodeDocument = { title: '', preamble: '', kernwaarden: [], chapters: [], begrippen: [] };
	let section: 'start' | 'preamble' | 'kernwaarden' | 'chapters' | 'begrippen' = 'start';
	let target: Target | null = null;
	let buffer: string[] = [];
	const seen = new Map<string, number>();

	const flush = () => {
		const lead = buffer.findIndex((l) => l.trim() !== '');
		const body = lead < 0 ? '' : buffer.slice(lead).join('\n').replace(/\s+$/, '');
		if (target) {
			if (target.required && body === '') throw new CodeParseError(target.line, target.required);
			target.set(body);
		}
		buffer = [];
		target = null;
	};
	const chapter = (n: number) => {
		const c = doc.chapters.at(-1);
		if (!c) throw new CodeParseError(n, m.code_version_parse_not_in_chapter());
		return c;
	};

	lines.forEach((raw, i) => {
		const n = i + 1;
		const line = raw.replace(/\s+$/, '');
		if (section === 'start') {
			if (line === '') return;
			const t = TITLE.exec(line);
			if (!t) throw new CodeParseError(n, m.code_version_parse_no_title());
			doc.title = t[1];
			section = 'preamble';
			target = { set: (s) => (doc.preamble = s), line: n, required: null };
			return;
		}
		if (!HEADING.test(line)) {
			if (section === 'begrippen') {
				if (line === '') return;
				const b = BEGRIP.exec(line);
				if (!b) throw new CodeParseError(n, m.code_version_parse_begrip_line());
				doc.begrippen.push({ term: b[1], definition: b[2] });
				return;
			}
			if (!target) {
				if (line === '') return;
				throw new CodeParseError(n, m.code_version_parse_no_heading());
			}
			buffer.push(raw.replace(/\s+$/, ''));
			return;
		}
		flush();
		let match: RegExpExecArray | null;
		if (TITLE.test(line)) throw new CodeParseError(n, m.code_version_parse_second_title());
		if (KERNWAARDEN.test(line)) {
			if (section !== 'preamble') throw new CodeParseError(n, m.code_version_parse_kernwaarden_place());
			section = 'kernwaarden';
			return;
		}
		if (BEGRIPPEN.test(line)) {
			if (section === 'begrippen') throw new CodeParseError(n, m.code_version_parse_second_begrippen());
			section = 'begrippen';
			return;
		}
		if ((match = KERNWAARDE.exec(line))) {
			if (section !== 'kernwaarden') throw new CodeParseError(n, m.code_version_parse_kernwaarde_place());
			const k: CodeKernwaarde = { number: match[1], name: match[2], body: '' };
			doc.kernwaarden.push(k);
			target = {
				set: (s) => (k.body = s),
				line: n,
				required: m.code_version_parse_kernwaarde_empty({ number: k.number })
			};
			return;
		}
		if ((match = CHAPTER.exec(line))) {
			if (section === 'begrippen') throw new CodeParseError(n, m.code_version_parse_begrippen_place());
			if (section === 'kernwaarden' && doc.kernwaarden.length === 0)
				throw new CodeParseError(n, m.code_version_parse_no_kernwaarde());
			section = 'chapters';
			const c: CodeChapter = { number: match[1], title: match[2] ?? '', intro: '', articles: [], paragraphs: [] };
			if (doc.chapters.some((x) => x.number === c.number))
				throw new CodeParseError(n, m.code_version_parse_chapter_twice({ number: c.number }));
			doc.chapters.push(c);
			target = { set: (s) => (c.intro = s), line: n, required: null };
			return;
		}
		if ((match = PARAGRAPH.exec(line))) {
			if (section !== 'chapters') throw new CodeParseError(n, m.code_version_parse_paragraph_place());
			const c = chapter(n);
			const p: CodeParagraph = { number: match[1], title: match[2] ?? '', intro: '', articles: [] };
			if (c.paragraphs.some((x) => x.number === p.number))
				throw new CodeParseError(n, m.code_version_parse_paragraph_twice({ number: p.number, chapter: c.number }));
			c.paragraphs.push(p);
			target = { set: (s) => (p.intro = s), line: n, required: null };
			return;
		}
		if ((match = ARTICLE.exec(line))) {
			if (section !== 'chapters') throw new CodeParseError(n, m.code_version_parse_article_place());
			const c = chapter(n);
			const a: CodeArticle = { number: match[1], title: match[2] ?? '', body: '' };
			const earlier = seen.get(a.number);
			if (earlier) throw new CodeParseError(n, m.code_version_parse_article_twice({ number: a.number, line: earlier }));
			seen.set(a.number, n);
			(c.paragraphs.at(-1)?.articles ?? c.articles).push(a);
			target = {
				set: (s) => (a.body = s),
				line: n,
				required: m.code_version_parse_article_empty({ number: a.number })
			};
			return;
		}
		throw new CodeParseError(n, m.code_version_parse_unknown_heading({ heading: line.slice(0, 60) }));
	});
	flush();
	if (section === 'start') throw new CodeParseError(1, m.code_version_parse_empty());
	if (doc.chapters.length === 0) throw new CodeParseError(lines.length, m.code_version_parse_no_chapter());
	if (articlesOf(doc).length === 0) throw new CodeParseError(lines.length, m.code_version_parse_no_article());
	return doc;
}

const heading = (prefix: string, title: string) => (title ? `${prefix} ${title}` : prefix);

/** The document as Markdown, in the canonical layout parseCode reads. */
export function exportCode(doc: CodeDocument): string {
	const blocks: string[] = [`# ${doc.title}`];
	if (doc.preamble) blocks.push(doc.preamble);
	if (doc.kernwaarden.length > 0) {
		blocks.push('## Kernwaarden');
		for (const k of doc.kernwaarden) blocks.push(`### Kernwaarde ${k.number}. ${k.name}`, k.body);
	}
	const article = (a: CodeArticle) => [
		a.title ? `##### Artikel ${a.number}. ${a.title}` : `##### Artikel ${a.number}`,
		a.body
	];
	for (const c of doc.chapters) {
		blocks.push(heading(`### Hoofdstuk ${c.number}.`, c.title));
		if (c.intro) blocks.push(c.intro);
		blocks.push(...c.articles.flatMap(article));
		for (const p of c.paragraphs) {
			blocks.push(heading(`#### § ${p.number}.`, p.title));
			if (p.intro) blocks.push(p.intro);
			blocks.push(...p.articles.flatMap(article));
		}
	}
	if (doc.begrippen.length > 0) {
		blocks.push('## Begrippenlijst');
		blocks.push(doc.begrippen.map((b) => `- **${b.term}**: ${b.definition}`).join('\n'));
	}
	return blocks.join('\n\n') + '\n';
}
