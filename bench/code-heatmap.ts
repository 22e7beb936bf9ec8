#!/usr/bin/env -S npx tsx
// bench/code-heatmap: server time of a consultation round's results (issue 17: heatmap per article,
// comments per article, team breakdown) for 2,000 respondents × the sample code's 29 articles (budget
// ≤ 200 ms), beside a baseline from the same run: one plain GROUP BY (article, stance) over the same
// reactions. In-process, on PGlite and (with BENCH_DATABASE_URL or TEST_DATABASE_URL) on PostgreSQL.
// Prints figures, never fails. BENCH_RESPONDENTS changes the number of respondents.
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../src/lib/server/testing/test-db';
import { createOrgFixture } from '../src/lib/server/testing/fixtures';
import { codeRoundReaction, codeRoundRespondent } from '../src/lib/server/db/schema';
import { importCodeVersion } from '../src/lib/server/code/import-code-version';
import { createCodeRound } from '../src/lib/server/code/create-code-round';
import { getCodeRoundResults } from '../src/lib/server/code/get-code-round-results';
import { roundArticles } from '../src/lib/server/code/code-round-access';
import { sampleCodeDraft } from '../src/lib/server/demo/sample-code-draft';
import { dutchDayAndTime } from '../src/lib/team/session';
import type { ArticleId } from '../src/lib/server/ids';

const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 2_000);
const RUNS = 15;
const STANCES = ['eens', 'twijfel', 'oneens'] as const;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sample = fs.readFileSync(new URL('../docs/voorbeeld-beroepscode.md', import.meta.url), 'utf8');

async function bench(engine: 'pglite' | 'postgres') {
	const t = await createTestDatabase(engine);
	try {
		const db = t.database.db;
		const org = await createOrgFixture(db, 'Bench');
		await importCodeVersion(org.admin, db, { organisationId: org.organisationId, markdown: sample });
		const draft = await importCodeVersion(org.admin, db, {
			organisationId: org.organisationId,
			markdown: sampleCodeDraft(sample),
			publish: false
		});
		const opens = dutchDayAndTime(new Date(Date.now() - 86_400_000));
		const closes = dutchDayAndTime(new Date(Date.now() + 14 * 86_400_000));
		const { roundId } = await createCodeRound(org.admin, db, {
			organisationId: org.organisationId,
			versionId: draft.versionId,
			question: 'Bench',
			opensDay: opens.day,
			opensTime: opens.time,
			closesDay: closes.day,
			closesTime: '17:00',
			audience: 'organisation',
			teamIds: []
		});
		const articles = await roundArticles(db, draft.versionId);
		for (let start = 0; start < RESPONDENTS; start += 200) {
			const count = Math.min(200, RESPONDENTS - start);
			const respondents = await db
				.insert(codeRoundRespondent)
				.values(
					Array.from({ length: count }, (_, i) => ({
						roundId,
						tokenHash: randomBytes(32).toString('hex'),
						teamId: (start + i) % 2 ? org.teamId : null,
						signedName: (start + i) % 10 === 0 ? `Bench ${start + i}` : null
					}))
				)
				.returning({ id: codeRoundRespondent.id });
			await db.insert(codeRoundReaction).values(
				respondents.flatMap((r, i) =>
					articles.map((a, j) => ({
						roundId,
						respondentId: r.id,
						articleId: a.articleId as ArticleId,
						stance: STANCES[(start + i + j) % 3],
						comment: (start + i + j) % 25 === 0 ? `Opmerking ${start + i} over ${a.number}.` : null,
						proposal: (start + i + j) % 60 === 0 ? 'Een betere tekst.' : null
					}))
				)
			);
		}
		const total = RESPONDENTS * articles.length;
		const resultsMs: number[] = [];
		const groupByMs: number[] = [];
		for (let r = 0; r < RUNS; r++) {
			let s = performance.now();
			await db.execute(sql`
				select article_id, stance, count(*) from code_round_reaction
				where round_id = ${roundId} group by article_id, stance`);
			groupByMs.push(performance.now() - s);
			s = performance.now();
			const results = await getCodeRoundResults(org.admin, db, { organisationId: org.organisationId, roundId });
			resultsMs.push(performance.now() - s);
			if (r === 0 && results.heatmap.reduce((n, a) => n + a.eens + a.twijfel + a.oneens, 0) !== total)
				throw new Error('the heatmap did not count every reaction');
		}
		console.log(
			`${engine.padEnd(9)} ${RESPONDENTS} respondents × ${articles.length} articles (${total} reactions): ` +
				`round results (heatmap, comments, teams) median ${median(resultsMs).toFixed(1)} ms (budget ≤ 200 ms); ` +
				`baseline GROUP BY median ${median(groupByMs).toFixed(1)} ms`
		);
	} finally {
		await t.cleanup();
	}
}

await bench('pglite');
if (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL) {
	process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL;
	await bench('postgres');
} else console.log('postgres  skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL)');
