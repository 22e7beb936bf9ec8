#!/usr/bin/env -S npx tsx
// bench/code: the professional code (issue 17) at the size of a law. Import of a ~170 KB
// legislation-style Markdown file with hundreds of articles (budget ≤ 2 s on PGlite), and the
// comparison of two versions of such a text, article by article and word by word (budget ≤ 200 ms
// server time). Baselines from the same run: parsing alone and one plain multi-row INSERT of the same
// article texts (for the import); reading both versions' rows alone (for the comparison). In-process,
// on PGlite and (with BENCH_DATABASE_URL or TEST_DATABASE_URL) on PostgreSQL. Prints figures, never fails.
import { eq, sql } from 'drizzle-orm';
import { codeVersion } from '../src/lib/server/db/schema';
import { createTestDatabase } from '../src/lib/server/testing/test-db';
import { createOrgFixture } from '../src/lib/server/testing/fixtures';
import { parseCode } from '../src/lib/code/markdown';
import { importCodeVersion } from '../src/lib/server/code/import-code-version';
import { compareCodeVersions } from '../src/lib/server/code/compare-code-versions';
import { loadDocument } from '../src/lib/server/code/code-document';

const CHAPTERS = Number(process.env.BENCH_CHAPTERS ?? 12);
const PARAGRAPHS = 3;
const ARTICLES = 12;
const RUNS = 5;
const COMPARE_RUNS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const WORDS = (
	'de sociaal werker handelt zorgvuldig en legt uit wat hij doet waarom hij het doet en wat de inwoner ' +
	'daarvan mag verwachten hij respecteert de autonomie van de inwoner en betrekt het netwerk alleen met ' +
	'toestemming gegevens deelt hij niet zonder grond en hij vraagt collega om raad bij twijfel'
).split(' ');

/** A law-like text: chapters, paragraphs and articles of a few sentences each; `edit` changes some. */
function legislation(edit: boolean): string {
	const blocks = ['# Bench-beroepscode', 'Een lange code om de import en de vergelijking te meten.'];
	let n = 0;
	for (let c = 1; c <= CHAPTERS; c++) {
		blocks.push(`### Hoofdstuk ${c}. Hoofdstuk over onderwerp ${c}`);
		for (let p = 1; p <= PARAGRAPHS; p++) {
			blocks.push(`#### § ${p}. Paragraaf ${c}.${p}`);
			for (let a = 1; a <= ARTICLES; a++) {
				n++;
				const sentences = Array.from({ length: 4 }, (_, s) => {
					const words = Array.from({ length: 14 }, (_, w) => WORDS[(n * 7 + s * 5 + w * 3) % WORDS.length]);
					if (edit && n % 10 === 0 && s === 1) words.splice(3, 2, 'altijd', 'zorgvuldig');
					return `${words.join(' ')} (${n}.${s}).`;
				});
				// Every 25th article is renumbered in the second version (matched by text).
				const number = edit && n % 25 === 0 ? `${c}.${p}.${a + 100}` : `${c}.${p}.${a}`;
				blocks.push(`##### Artikel ${number}. Artikel ${n}`, sentences.join(' '));
			}
		}
	}
	return blocks.join('\n\n') + '\n';
}

async function bench(engine: 'pglite' | 'postgres') {
	const t = await createTestDatabase(engine);
	try {
		const db = t.database.db;
		const org = await createOrgFixture(db, 'Bench');
		const v1 = legislation(false);
		const v2 = legislation(true);
		const articles = parseCode(v1).chapters.reduce(
			(n, c) => n + c.paragraphs.reduce((m, p) => m + p.articles.length, 0),
			0
		);

		const importMs: number[] = [];
		const parseMs: number[] = [];
		const insertMs: number[] = [];
		await db.execute(sql`create temporary table bench_article (number text, title text, body text)`);
		for (let r = 0; r < RUNS; r++) {
			let s = performance.now();
			const doc = parseCode(v1);
			parseMs.push(performance.now() - s);
			const rows = doc.chapters.flatMap((c) => c.paragraphs.flatMap((p) => p.articles));
			s = performance.now();
			await db.execute(
				sql`insert into bench_article (number, title, body) values ${sql.join(
					rows.map((a) => sql`(${a.number}, ${a.title}, ${a.body})`),
					sql`, `
				)}`
			);
			insertMs.push(performance.now() - s);
			s = performance.now();
			await importCodeVersion(org.admin, db, {
				organisationId: org.organisationId,
				markdown: v1,
				title: `Bench ${r}`,
				publish: true
			});
			importMs.push(performance.now() - s);
		}
		let s = performance.now();
		const second = await importCodeVersion(org.admin, db, {
			organisationId: org.organisationId,
			markdown: v2,
			title: 'Bench 0',
			publish: true
		});
		const nextVersionMs = performance.now() - s;

		const compareMs: number[] = [];
		const readMs: number[] = [];
		const codeId = second.codeId;
		const [first, latest] = await db
			.select({ id: codeVersion.id })
			.from(codeVersion)
			.where(eq(codeVersion.codeId, codeId))
			.orderBy(codeVersion.number);
		for (let r = 0; r < COMPARE_RUNS; r++) {
			s = performance.now();
			await Promise.all([loadDocument(db, first.id), loadDocument(db, latest.id)]);
			readMs.push(performance.now() - s);
			s = performance.now();
			const c = await compareCodeVersions(org.worker, db, {
				organisationId: org.organisationId,
				codeId,
				from: 1,
				to: 2
			});
			compareMs.push(performance.now() - s);
			if (r === 0 && c?.articles.filter((a) => a.change === 'changed').length === 0)
				throw new Error('the comparison found no changed article');
		}
		console.log(
			`${engine.padEnd(9)} ${(v1.length / 1024).toFixed(0)} KB, ${articles} articles: ` +
				`import median ${median(importMs).toFixed(0)} ms (budget ≤ 2000 ms; a next version with matching ${nextVersionMs.toFixed(0)} ms); ` +
				`baseline parse ${median(parseMs).toFixed(1)} ms + one plain INSERT ${median(insertMs).toFixed(1)} ms. ` +
				`Compare two versions median ${median(compareMs).toFixed(1)} ms (budget ≤ 200 ms); ` +
				`baseline reading both versions ${median(readMs).toFixed(1)} ms`
		);
	} finally {
		await t.cleanup();
	}
}

await bench('pglite');
if (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL) {
	process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL;
	await bench('postgres');
}
