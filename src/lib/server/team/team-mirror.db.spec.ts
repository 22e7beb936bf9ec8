import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { addMember, createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import type { UserActor } from '../actor';
import {
	feedbackBatch,
	feedbackRequest,
	feedbackResponse,
	selfRating,
	team,
	teamMember,
	teamMirrorQuarter,
	teamMirrorShare,
	teamMirrorShareQuote
} from '../db/schema';
import { getTeamMirror, type TeamMirror } from './get-team-mirror';
import { seedDemo } from '../demo/seed-demo';
import { systemActor } from '../actor';
import { count } from 'drizzle-orm';
import { user } from '../db/schema';
import { shareTeamMirror } from './share-team-mirror';
import { unshareTeamMirror } from './unshare-team-mirror';
import { chooseSharedQuotes } from './choose-shared-quotes';

// The team mirror (issue 16): released only at ≥ 5 answers from ≥ 3 workers, frozen once decided,
// never a second figure that differs by one worker, shares only while shared, and nothing for anyone
// outside the team. Q3 2026 is the finished quarter under test ("today" is in Q4).
let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
const TODAY = '2026-11-20';
const NOW = new Date('2026-11-20T09:00:00Z');
const Q3 = '2026-Q3';

interface Person {
	actor: UserActor;
	membershipId: string;
	requestId: string;
}

async function person(org: OrgFixture, name: string, roles: ('worker' | 'coach')[] = ['worker']): Promise<Person> {
	const { actor, membershipId } = await addMember(db, { organisationId: org.organisationId, label: name, roles });
	const [r] = await db
		.insert(feedbackRequest)
		.values({ organisationId: org.organisationId, workerUserId: actor.userId, token: randomUUID(), firstName: name })
		.returning({ id: feedbackRequest.id });
	return { actor, membershipId, requestId: r.id };
}

async function newTeam(org: OrgFixture, name: string, members: Person[]): Promise<string> {
	const [t] = await db.insert(team).values({ organisationId: org.organisationId, name }).returning({ id: team.id });
	for (const p of members) await db.insert(teamMember).values({ teamId: t.id, membershipId: p.membershipId });
	return t.id;
}

/** A released batch of `n` answers for the worker (respect scored `score`), released on `day`. */
async function answers(org: OrgFixture, p: Person, n: number, day = '2026-08-10', score = 4) {
	if (n === 0) return;
	const [batch] = await db
		.insert(feedbackBatch)
		.values({ organisationId: org.organisationId, workerUserId: p.actor.userId, releasedOn: day, size: n })
		.returning();
	await db.insert(feedbackResponse).values(
		Array.from({ length: n }, (_, i) => ({
			requestId: p.requestId,
			organisationId: org.organisationId,
			workerUserId: p.actor.userId,
			raterType: 'resident' as const,
			language: 'nl',
			scores: { respect: score, time: 3 },
			good: `goed-${p.requestId}-${i}`,
			better: '',
			submittedOn: day,
			batchId: batch.id,
			reordered: true
		}))
	);
}

const view = (actor: UserActor, teamId: string) => getTeamMirror(actor, db, teamId, { today: TODAY, now: NOW });
const q3 = (m: TeamMirror) => m.quarters.find((q) => q.quarter === Q3)!;
const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
});
afterAll(() => tdb?.cleanup());

describe('thresholds', () => {
	it('shows a quarter at 5 answers from 3 workers, with the team view beside it and quotes without names', async () => {
		const ps = await Promise.all(['Anna', 'Bram', 'Cas', 'Dewi', 'Eva'].map((n) => person(a, n)));
		await answers(a, ps[0], 2);
		await answers(a, ps[1], 2, '2026-08-11', 2);
		await answers(a, ps[2], 1);
		for (const p of ps)
			await db.insert(selfRating).values({
				organisationId: a.organisationId,
				workerUserId: p.actor.userId,
				quarter: Q3,
				scores: { respect: 5 }
			});
		const teamId = await newTeam(a, 'Vijf van drie', ps);
		const q = q3(await view(ps[3].actor, teamId));
		expect(q.released).toBe(true);
		expect(q.responses).toBe(5);
		expect(q.residents.respect).toMatchObject({ n: 5, mean: 3.2 });
		expect(q.self.respect).toEqual({ n: 5, mean: 5 });
		// No one rated themselves on "time": no team view for it.
		expect(q.self.time).toBeUndefined();
		expect(q.good).toHaveLength(5);
		expect(JSON.stringify(q)).not.toMatch(/Anna|Bram|Cas|Dewi|Eva|userId/);
	});

	it('hides a quarter at 4 answers (from 3 workers) and at 2 workers (with 6 answers)', async () => {
		const four = await Promise.all(['F', 'G', 'H'].map((n) => person(a, n)));
		await answers(a, four[0], 2);
		await answers(a, four[1], 1);
		await answers(a, four[2], 1);
		const fourTeam = await newTeam(a, 'Vier antwoorden', four);
		const two = await Promise.all(['I', 'J', 'K'].map((n) => person(a, n)));
		await answers(a, two[0], 3);
		await answers(a, two[1], 3);
		const twoTeam = await newTeam(a, 'Twee werkers', two);
		for (const [teamId, p] of [
			[fourTeam, four[0]],
			[twoTeam, two[2]]
		] as const) {
			const q = q3(await view(p.actor, teamId));
			expect(q).toMatchObject({ released: false, responses: 0, residents: {}, good: [] });
		}
	});
});

describe('the first view of a quarter', () => {
	it("releases the workers' due batches first and counts them; workers with nothing waiting are left alone", async () => {
		const ps = await Promise.all(['Lot', 'Mo', 'Nina', 'Olaf'].map((n) => person(a, n)));
		await answers(a, ps[0], 2);
		await answers(a, ps[1], 2, '2026-08-11', 2);
		// Nina's three answers of a finished day are still waiting (no batch, not yet rewritten by the
		// hourly job): only the release before the decision makes the quarter reach 3 workers.
		await db.insert(feedbackResponse).values(
			Array.from({ length: 3 }, (_, i) => ({
				requestId: ps[2].requestId,
				organisationId: a.organisationId,
				workerUserId: ps[2].actor.userId,
				raterType: 'resident' as const,
				language: 'nl',
				scores: { respect: 5 },
				good: `wacht-${i}`,
				better: '',
				submittedOn: '2026-09-10'
			}))
		);
		const teamId = await newTeam(a, 'Eerste blik', ps);
		const q = q3(await view(ps[3].actor, teamId));
		expect(q).toMatchObject({ released: true, responses: 7 });
		expect(q.residents.respect).toMatchObject({ n: 7 });
		const nina = await db
			.select({ batchId: feedbackResponse.batchId, reordered: feedbackResponse.reordered })
			.from(feedbackResponse)
			.where(eq(feedbackResponse.workerUserId, ps[2].actor.userId));
		expect(nina).toHaveLength(3);
		expect(nina.every((r) => r.batchId !== null && r.reordered)).toBe(true);
		const [batch] = await db
			.select({ releasedOn: feedbackBatch.releasedOn, size: feedbackBatch.size })
			.from(feedbackBatch)
			.where(eq(feedbackBatch.workerUserId, ps[2].actor.userId));
		expect(batch).toEqual({ releasedOn: '2026-09-11', size: 3 });
	});
});

describe('no subtracting down to one worker', () => {
	let base: Person[];
	let baseTeam: string;
	beforeAll(async () => {
		base = await Promise.all(['L', 'M', 'N'].map((n) => person(a, n)));
		for (const p of base) await answers(a, p, 2);
		baseTeam = await newTeam(a, 'Basis', base);
		expect(q3(await view(base[0].actor, baseTeam)).responses).toBe(6);
	});

	it('is frozen: a later answer, a new member or a member who leaves does not change a released quarter', async () => {
		const newcomer = await person(a, 'Nieuw');
		await answers(a, newcomer, 3);
		await answers(a, base[1], 2, '2026-09-01');
		await db.insert(teamMember).values({ teamId: baseTeam, membershipId: newcomer.membershipId });
		await db.delete(teamMember).where(eq(teamMember.membershipId, base[2].membershipId));
		const q = q3(await view(newcomer.actor, baseTeam));
		expect(q.responses).toBe(6);
	});

	it('a second team of the same workers plus one is hidden; plus three with enough answers is shown', async () => {
		const one = await person(a, 'Een');
		await answers(a, one, 4);
		const plusOne = await newTeam(a, 'Plus een', [...base, one]);
		expect(q3(await view(one.actor, plusOne)).released).toBe(false);

		const three = await Promise.all(['O', 'P', 'Q'].map((n) => person(a, n)));
		for (const p of three) await answers(a, p, 2);
		const plusThree = await newTeam(a, 'Plus drie', [...base, ...three]);
		// 6 + 2 that came later for M (frozen out of "Basis", in here) + 6.
		expect(q3(await view(three[0].actor, plusThree)).responses).toBe(14);
	});
});

describe('sharing', () => {
	let ps: Person[];
	let teamId: string;
	let otherTeam: string;
	beforeAll(async () => {
		ps = await Promise.all(['R', 'S', 'T', 'U'].map((n) => person(a, n)));
		for (const p of ps) await answers(a, p, 3, '2026-08-12', 5);
		teamId = await newTeam(a, 'Delen', ps);
		otherTeam = await newTeam(a, 'Ander', [ps[0]]);
	});

	it("shows a worker's shared part under their name while shared, to their team only", async () => {
		const { shareId } = await shareTeamMirror(ps[0].actor, db, {
			teamId,
			part: { kind: 'dimension', dimension: 'respect' }
		});
		const seen = await view(ps[1].actor, teamId);
		const shared = seen.shares.find((s) => s.id === shareId)!;
		expect(shared).toMatchObject({ name: 'R', kind: 'dimension', dimension: 'respect', mine: false });
		expect(shared.quarters[0]).toMatchObject({ quarter: Q3, responses: 3, means: { respect: 5 } });
		expect((await view(ps[0].actor, otherTeam)).shares).toEqual([]);

		// Only the sharer may stop it; then it is gone.
		await rejects(unshareTeamMirror(ps[1].actor, db, { teamId, shareId }));
		await rejects(unshareTeamMirror(b.worker, db, { teamId, shareId }));
		await unshareTeamMirror(ps[0].actor, db, { teamId, shareId });
		expect((await view(ps[1].actor, teamId)).shares).toEqual([]);
	});

	it("hides a share where the rest of the team would be too small, and refuses another worker's link", async () => {
		await shareTeamMirror(ps[1].actor, db, { teamId, part: { kind: 'mirror' } });
		// R shared before (un-shared now, still counted): R and S out leaves T and U, 2 workers.
		const shared = (await view(ps[2].actor, teamId)).shares[0];
		expect(shared.quarters).toEqual([]);
		expect(shared.hiddenQuarters).toBe(1);
		await rejects(shareTeamMirror(ps[2].actor, db, { teamId, part: { kind: 'request', requestId: ps[3].requestId } }));
	});
});

describe('sharing quotes', () => {
	let ps: Person[];
	let teamId: string;
	beforeAll(async () => {
		ps = await Promise.all(['Q1', 'Q2', 'Q3', 'Q4', 'Q5'].map((n) => person(a, n)));
		for (const p of ps) await answers(a, p, 3, '2026-05-14', 4);
		teamId = await newTeam(a, 'Citaten', ps);
	});
	const ownAnswers = (p: Person) =>
		db
			.select({ id: feedbackResponse.id, good: feedbackResponse.good, batchId: feedbackResponse.batchId })
			.from(feedbackResponse)
			.where(eq(feedbackResponse.workerUserId, p.actor.userId));

	it('shows the quotes a worker chose from their own released answers, under their name; un-sharing removes them', async () => {
		const { shareId } = await shareTeamMirror(ps[0].actor, db, { teamId, part: { kind: 'mirror' } });
		const mine = (await view(ps[0].actor, teamId)).shares.find((s) => s.id === shareId)!;
		// Offered: the worker's own released answers only.
		expect(mine.candidates.map((c) => c.text).sort()).toEqual((await ownAnswers(ps[0])).map((r) => r.good).sort());
		const [first] = await ownAnswers(ps[0]);
		await chooseSharedQuotes(ps[0].actor, db, { teamId, shareId, quotes: [{ kind: 'good', responseId: first.id }] });
		const seen = (await view(ps[1].actor, teamId)).shares.find((s) => s.id === shareId)!;
		expect(seen).toMatchObject({ name: 'Q1', mine: false, candidates: [] });
		expect(seen.quotes).toEqual([{ kind: 'good', text: first.good }]);
		// An empty answer ("beter" is empty here) cannot be chosen.
		await rejects(
			chooseSharedQuotes(ps[0].actor, db, { teamId, shareId, quotes: [{ kind: 'better', responseId: first.id }] })
		);
		await unshareTeamMirror(ps[0].actor, db, { teamId, shareId });
		expect(await db.select().from(teamMirrorShareQuote).where(eq(teamMirrorShareQuote.shareId, shareId))).toEqual([]);
		expect((await view(ps[1].actor, teamId)).shares).toEqual([]);
		// A revoked share takes no new quotes.
		await rejects(
			chooseSharedQuotes(ps[0].actor, db, { teamId, shareId, quotes: [{ kind: 'good', responseId: first.id }] })
		);
	});

	it("nobody shares someone else's quotes, nor an answer that is not released yet", async () => {
		const { shareId } = await shareTeamMirror(ps[2].actor, db, { teamId, part: { kind: 'mirror' } });
		const [others] = await ownAnswers(ps[3]);
		// Another worker's answer on one's own share: not found, nothing stored.
		await rejects(
			chooseSharedQuotes(ps[2].actor, db, { teamId, shareId, quotes: [{ kind: 'good', responseId: others.id }] })
		);
		// Someone else's share: not the teammate, not another team or organisation.
		const [own] = await ownAnswers(ps[3]);
		for (const actor of [ps[3].actor, a.admin, b.worker])
			await rejects(chooseSharedQuotes(actor, db, { teamId, shareId, quotes: [{ kind: 'good', responseId: own.id }] }));
		// An answer still waiting for its batch.
		const [waiting] = await db
			.insert(feedbackResponse)
			.values({
				requestId: ps[2].requestId,
				organisationId: a.organisationId,
				workerUserId: ps[2].actor.userId,
				raterType: 'resident',
				language: 'nl',
				scores: { respect: 5 },
				good: 'nog niet vrijgegeven',
				better: '',
				submittedOn: '2026-11-19'
			})
			.returning({ id: feedbackResponse.id });
		await rejects(
			chooseSharedQuotes(ps[2].actor, db, { teamId, shareId, quotes: [{ kind: 'good', responseId: waiting.id }] })
		);
		expect((await view(ps[2].actor, teamId)).shares[0].candidates.map((c) => c.text)).not.toContain(
			'nog niet vrijgegeven'
		);
		expect(await db.select().from(teamMirrorShareQuote).where(eq(teamMirrorShareQuote.shareId, shareId))).toEqual([]);
	});
});

describe('isolation: another team, another organisation, an admin outside the team', () => {
	it('they cannot read the team mirror, nor share into or un-share in it', async () => {
		const ps = await Promise.all(['V', 'W', 'X'].map((n) => person(a, n)));
		for (const p of ps) await answers(a, p, 2);
		const teamId = await newTeam(a, 'Dicht', ps);
		const { shareId } = await shareTeamMirror(ps[0].actor, db, { teamId, part: { kind: 'mirror' } });
		const outsider = await person(a, 'Buiten');
		await newTeam(a, 'Buitenteam', [outsider]);
		for (const actor of [outsider.actor, a.admin, a.coach, b.worker, b.admin]) {
			await rejects(view(actor, teamId));
			await rejects(shareTeamMirror(actor, db, { teamId, part: { kind: 'mirror' } }));
			await rejects(unshareTeamMirror(actor, db, { teamId, shareId }));
		}
		const [row] = await db.select().from(teamMirrorShare).where(eq(teamMirrorShare.id, shareId));
		expect(row.revokedAt).toBeNull();
		expect(await db.select().from(teamMirrorShare).where(eq(teamMirrorShare.teamId, teamId))).toHaveLength(1);
		const frozen = await db.select().from(teamMirrorQuarter).where(eq(teamMirrorQuarter.teamId, teamId));
		expect(frozen.every((r) => r.organisationId === a.organisationId)).toBe(true);
		// B's own team mirror holds nothing of A.
		const bView = await view(b.worker, b.teamId);
		for (const p of ps) expect(JSON.stringify(bView)).not.toContain(p.requestId);
	});

	it('every figure anyone sees sums at least 5 answers of at least 3 workers', async () => {
		const rows = await db.select().from(teamMirrorQuarter).where(eq(teamMirrorQuarter.released, true));
		expect(rows.length).toBeGreaterThan(2);
		for (const r of rows) {
			expect(r.responses).toBeGreaterThanOrEqual(5);
			expect(r.workerUserIds.length).toBeGreaterThanOrEqual(3);
		}
	});
});

describe('the demo', () => {
	it('Team Noord shows its last finished quarter, Team Zuid stays hidden; a second seed changes nothing', async () => {
		const first = await seedDemo(systemActor('test'), db);
		const rows = async () =>
			(await db.select({ n: count() }).from(feedbackResponse))[0].n + (await db.select({ n: count() }).from(user))[0].n;
		const before = await rows();
		await seedDemo(systemActor('test'), db);
		expect(await rows()).toBe(before);
		const actorOf = async (email: string): Promise<UserActor> => {
			const [u] = await db.select().from(user).where(eq(user.email, email));
			return { kind: 'user', userId: u.id, email, name: u.name };
		};
		const teams = await db.select().from(team).where(eq(team.organisationId, first.organisationId));
		const noord = teams.find((t) => t.name === 'Team Noord')!.id;
		const zuid = teams.find((t) => t.name === 'Team Zuid')!.id;
		// Today, as the demo seed counts: its quarters are the last two finished ones.
		const seen = await getTeamMirror(await actorOf('werker@demo.vakspiegel.example'), db, noord);
		expect(seen.quarters[0].released).toBe(true);
		expect(seen.quarters[0].responses).toBeGreaterThanOrEqual(8);
		expect(Object.keys(seen.quarters[0].self)).toHaveLength(6);
		const hidden = await getTeamMirror(await actorOf('facilitator@demo.vakspiegel.example'), db, zuid);
		expect(hidden.quarters.every((q) => !q.released)).toBe(true);
	});
});
