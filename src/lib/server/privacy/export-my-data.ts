import { sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { rowsOf, type Db } from '../db/client';
import { notFound } from '../errors';
import { requireRole, requireUser } from '../organisation/access';
import { allRowsOf, findPerson } from './person-data';
import { PERSON_DATA_RULES, type Person } from './person-data-rules';

export interface MyData {
	format: 'vakspiegel-persoonsgegevens';
	version: 1;
	exportedAt: string;
	organisationId: string;
	/** Per table, the rows about this person, keyed by SQL column name. */
	tables: Record<string, Record<string, unknown>[]>;
	/** Tables with rows about this person that are not in the download, and why. */
	leftOut: Record<string, string>;
}

function plain(row: Record<string, unknown>, omit: string[] = []): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(row)) {
		if (omit.includes(k) || v instanceof Uint8Array) continue;
		out[k] = v instanceof Date ? v.toISOString() : v;
	}
	return out;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'nl');

/**
 * Released feedback as the worker sees it in the mirror: per released group, the scores and the texts
 * each in their own sorted list, with no rater, language or day per answer, so the download never
 * ties one resident's scores to their words (ARCHITECTURE.md, privacy model). Unreleased answers are
 * not in it: the worker may not see them yet.
 */
async function releasedFeedback(db: Db, person: Person) {
	const responses = rowsOf<{ batch_id: string; scores: unknown; good: string; better: string }>(
		await db.execute(
			sql`select batch_id, scores, good, better from feedback_response where organisation_id = ${person.organisationId} and worker_user_id = ${person.userId} and batch_id is not null`
		)
	);
	const followUps = rowsOf<{ batch_id: string; text: string }>(
		await db.execute(
			sql`select batch_id, text from feedback_follow_up where organisation_id = ${person.organisationId} and worker_user_id = ${person.userId} and batch_id is not null`
		)
	);
	const groups = new Map<string, { scores: string[]; good: string[]; better: string[]; followUps: string[] }>();
	const group = (id: string) => {
		let g = groups.get(id);
		if (!g) groups.set(id, (g = { scores: [], good: [], better: [], followUps: [] }));
		return g;
	};
	for (const r of responses) {
		const g = group(r.batch_id);
		g.scores.push(JSON.stringify(r.scores));
		if (r.good.trim()) g.good.push(r.good);
		if (r.better.trim()) g.better.push(r.better);
	}
	for (const f of followUps) group(f.batch_id).followUps.push(f.text);
	return [...groups.entries()]
		.sort(([a], [b]) => byText(a, b))
		.map(([batchId, g]) => ({
			batch_id: batchId,
			scores: g.scores.sort(byText).map((s) => JSON.parse(s) as unknown),
			good: g.good.sort(byText),
			better: g.better.sort(byText),
			follow_ups: g.followUps.sort(byText)
		}));
}

/**
 * Everything Vakspiegel holds about the signed-in member in this organisation (AVG art. 15 and 20),
 * by the same rules as the erasure. Written to the audit log.
 */
export async function exportMyData(actor: Actor, db: Db, organisationId: string): Promise<MyData> {
	requireUser(actor);
	await requireRole(db, actor, organisationId);
	const person = await findPerson(db, { organisationId, userId: actor.userId });
	if (!person) throw notFound();
	const tables: MyData['tables'] = {};
	const leftOut: MyData['leftOut'] = {};
	for (const rule of PERSON_DATA_RULES) {
		const where = allRowsOf(rule.table, person);
		if (!where) continue;
		if ('skip' in rule.export) {
			const [{ n }] = rowsOf<{ n: number }>(
				await db.execute(sql`select count(*)::int as n from ${sql.identifier(rule.table)} where ${where}`)
			);
			if (Number(n) > 0) leftOut[rule.table] = rule.export.skip;
			continue;
		}
		if ('custom' in rule.export) continue;
		const rows = rowsOf<Record<string, unknown>>(
			await db.execute(sql`select * from ${sql.identifier(rule.table)} where ${where}`)
		);
		if (rows.length) tables[rule.table] = rows.map((r) => plain(r, (rule.export as { omit?: string[] }).omit));
	}
	const feedback = await releasedFeedback(db, person);
	if (feedback.length) tables.released_feedback = feedback;
	await writeAudit(db, actor, {
		organisationId,
		action: 'privacy.export',
		subjectType: 'membership',
		subjectId: person.membershipId
	});
	return {
		format: 'vakspiegel-persoonsgegevens',
		version: 1,
		exportedAt: new Date().toISOString(),
		organisationId,
		tables,
		leftOut
	};
}
