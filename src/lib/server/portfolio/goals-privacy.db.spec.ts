import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { systemActor, type UserActor } from '../actor';
import type { Db } from '../db/client';
import {
	auditLog,
	dilemmaReflection,
	feedbackBatch,
	feedbackRequest,
	feedbackResponse,
	learningSession,
	learningSessionParticipant,
	portfolioGoal,
	portfolioGoalEvidence,
	portfolioShare,
	reflection,
	user
} from '../db/schema';
import { addMember, createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { newToken } from '../tokens';
import { importCodeVersion } from '../code/import-code-version';
import { getCodeArticle } from '../code/get-code-article';
import { createPracticeStory } from '../team/create-practice-story';
import { createLearningSession } from '../team/create-learning-session';
import { evidenceValue } from '../../portfolio/evidence-value';
import { goalSchema, type GoalInput } from '../../validation/portfolio-goal';
import { createGoal } from './create-goal';
import { updateGoal } from './update-goal';
import { deleteGoal } from './delete-goal';
import { getGoal } from './get-goal';
import { findGoals } from './find-goals';
import { addGoalEvidence } from './add-goal-evidence';
import { removeGoalEvidence } from './remove-goal-evidence';
import { findEvidenceOptions } from './find-evidence-options';
import { sharePortfolio } from './share-portfolio';
import { takeBackShare } from './take-back-share';
import { findSharedWithMe } from './find-shared-with-me';
import { findShareCoaches } from './find-share-coaches';
import { ownGoals } from './export-data';
import { exportPortfolioLeap2a } from './export-portfolio-leap2a';
import { findActivities } from './find-activities';
import { getActivity } from './get-activity';
import { seedDemo } from '../demo/seed-demo';
import { DEMO_GOAL_APPOINTMENTS } from '../demo/seed-demo-portfolio-goals';

// Issue 19, the plan: a learning goal and everything tied to it is its worker's alone. Another worker,
// the coach without a share, the admin and another organisation get "not found" for every read and
// change; a coach with a share reads exactly what is shared until it is taken back; evidence can only
// point at the worker's own things (and their organisation's code and stories).

const sample = fs.readFileSync(new URL('../../../../docs/voorbeeld-beroepscode.md', import.meta.url), 'utf8');

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
/** A colleague of A's worker in the same team (also a worker). */
let colleague: UserActor;
let goalId: string;
let otherGoalId: string;

const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });
const input = (title: string, more: Partial<Record<keyof GoalInput, string>> = {}) =>
	goalSchema.parse({ title, description: 'Waarom', status: 'active', reviewOn: '2026-03-01', ...more });
const inA = (goal = goalId) => ({ organisationId: a.organisationId, goalId: goal });

/** Released answers for a worker: a batch per day, with these scores on "appointments". */
async function release(worker: UserActor, organisationId: string, day: string, scores: (number | null)[], text = '') {
	const [request] = await db
		.insert(feedbackRequest)
		.values({ organisationId, workerUserId: worker.userId, token: newToken(), label: `L ${day}`, firstName: 'X' })
		.returning();
	const [batch] = await db
		.insert(feedbackBatch)
		.values({ organisationId, workerUserId: worker.userId, releasedOn: day, size: scores.length })
		.returning();
	return db
		.insert(feedbackResponse)
		.values(
			scores.map((s, i) => ({
				requestId: request.id,
				organisationId,
				workerUserId: worker.userId,
				raterType: 'resident' as const,
				language: 'nl',
				scores: { appointments: s },
				good: text ? `${text} ${i}` : '',
				submittedOn: day,
				batchId: batch.id
			}))
		)
		.returning({ id: feedbackResponse.id });
}

let codeId: string;
let articleValue: string;
let ownReflection: string;
let colleagueReflection: string;
let colleagueDilemma: string;
let ownAttendance: string;
let colleagueAttendance: string;
let ownQuote: string;
let colleagueQuote: string;
let otherOrgStory: string;
let ownStory: string;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	colleague = (await addMember(db, { organisationId: a.organisationId, label: 'Collega', teamId: a.teamId })).actor;
	({ codeId } = await importCodeVersion(a.admin, db, { organisationId: a.organisationId, markdown: sample }));
	await importCodeVersion(b.admin, db, { organisationId: b.organisationId, markdown: sample });
	const article = await getCodeArticle(a.worker, db, { organisationId: a.organisationId, number: '2.1.3' });
	articleValue = evidenceValue({ kind: 'code_article', codeId, articleId: article.article.articleId });

	// A's worker: three answers before the goal (scores 5, 5, 4) and three since (3, 3, null).
	ownQuote = (await release(a.worker, a.organisationId, '2025-11-10', [5, 5, 4], 'Goed'))[0].id;
	colleagueQuote = (await release(colleague, a.organisationId, '2025-11-10', [1, 1, 1], 'Collega'))[0].id;

	const note = async (worker: UserActor) =>
		(
			await db
				.insert(reflection)
				.values({ organisationId: a.organisationId, workerUserId: worker.userId, text: `Reflectie ${worker.name}` })
				.returning()
		)[0].id;
	ownReflection = await note(a.worker);
	colleagueReflection = await note(colleague);
	[{ id: colleagueDilemma }] = await db
		.insert(dilemmaReflection)
		.values({ organisationId: a.organisationId, workerUserId: colleague.userId, title: 'Dilemma collega' })
		.returning();

	// An ended session where both the worker and the colleague confirmed their presence.
	const colleagueMembership = (await db.query.membership.findFirst({
		where: (m, { and: all, eq: is }) => all(is(m.userId, colleague.userId), is(m.organisationId, a.organisationId))
	}))!.id;
	const { id: sessionId } = await createLearningSession(a.coach, db, {
		teamId: a.teamId,
		methodRef: 'builtin:incidentmethode',
		theme: 'Huisbezoek',
		day: '2025-10-01',
		time: '14:00',
		chairMembershipId: a.membershipIds.coach,
		participantIds: [a.membershipIds.worker, colleagueMembership],
		inbrengerMembershipId: a.membershipIds.worker
	});
	await db
		.update(learningSession)
		.set({ status: 'ended', startedAt: new Date('2025-10-01T12:00:00Z'), endedAt: new Date('2025-10-01T13:00:00Z') })
		.where(eq(learningSession.id, sessionId));
	await db
		.update(learningSessionParticipant)
		.set({ presentAt: new Date('2025-10-01T12:05:00Z') })
		.where(eq(learningSessionParticipant.sessionId, sessionId));
	const participants = await db
		.select()
		.from(learningSessionParticipant)
		.where(eq(learningSessionParticipant.sessionId, sessionId));
	ownAttendance = participants.find((p) => p.membershipId === a.membershipIds.worker)!.id;
	colleagueAttendance = participants.find((p) => p.membershipId === colleagueMembership)!.id;

	const story = { body: 'Tekst', instrument: '' as const, themes: '', showName: false, trialId: null };
	ownStory = (await createPracticeStory(colleague, db, a.organisationId, { ...story, title: 'Verhaal in A' })).id;
	otherOrgStory = (await createPracticeStory(b.worker, db, b.organisationId, { ...story, title: 'Verhaal in B' })).id;

	({ id: goalId } = await createGoal(
		a.worker,
		db,
		a.organisationId,
		input('Afspraken nakomen', { dimension: 'appointments' })
	));
	// The goal was set at the start of December 2025: the November batch is "before".
	await db
		.update(portfolioGoal)
		.set({ createdAt: new Date('2025-12-01T09:00:00Z') })
		.where(eq(portfolioGoal.id, goalId));
	({ id: otherGoalId } = await createGoal(a.worker, db, a.organisationId, input('Tweede doel')));
});
afterAll(() => tdb?.cleanup());

describe('a goal is its worker’s own', () => {
	it('the worker makes, reads and changes it', async () => {
		const goal = await getGoal(a.worker, db, inA());
		expect(goal.title).toBe('Afspraken nakomen');
		expect(goal.overdue).toBe(true);
		await updateGoal(a.worker, db, inA(), input('Afspraken nakomen, ook bij drukte', { dimension: 'appointments' }));
		expect((await findGoals(a.worker, db, a.organisationId)).goals.map((g) => g.title).sort()).toEqual([
			'Afspraken nakomen, ook bij drukte',
			'Tweede doel'
		]);
	});

	it('refuses a dimension the worker’s mirror does not know', async () => {
		await rejects(updateGoal(a.worker, db, inA(), input('X', { dimension: 'verzonnen' })), 'INVALID_INPUT');
	});

	const outsiders = () =>
		[
			['another worker', colleague, a.organisationId],
			['the coach without a share', a.coach, a.organisationId],
			['the admin', a.admin, a.organisationId],
			['the facilitator', a.facilitator, a.organisationId],
			['another organisation’s admin', b.admin, b.organisationId],
			['another organisation’s admin, naming A', b.admin, a.organisationId],
			['another organisation’s worker', b.worker, b.organisationId]
		] as const;

	it('everyone else gets not found: read, change, delete, evidence, share', async () => {
		for (const [, who, organisationId] of outsiders()) {
			const ids = { organisationId, goalId };
			await rejects(getGoal(who, db, ids));
			await rejects(updateGoal(who, db, ids, input('Overgenomen')));
			await rejects(deleteGoal(who, db, ids));
			await rejects(addGoalEvidence(who, db, ids, articleValue));
			await rejects(removeGoalEvidence(who, db, { ...ids, evidenceId: crypto.randomUUID() }));
			await rejects(sharePortfolio(who, db, { ...ids, coachMembershipId: a.membershipIds.coach }));
			// Their own list never holds it.
			const plan = await findGoals(who, db, organisationId).catch(() => null);
			expect(plan?.goals.map((g) => g.id) ?? []).not.toContain(goalId);
		}
		const [row] = await db.select().from(portfolioGoal).where(eq(portfolioGoal.id, goalId));
		expect(row.title).toBe('Afspraken nakomen, ook bij drukte');
	});

	it('the command line is told to sign in, for the plan, the log and the exports alike', async () => {
		const cli = systemActor('test');
		const organisationId = a.organisationId;
		await rejects(getGoal(cli, db, inA()), 'UNAUTHORIZED');
		await rejects(findSharedWithMe(cli, db, organisationId), 'UNAUTHORIZED');
		await rejects(findActivities(cli, db, organisationId), 'UNAUTHORIZED');
		await rejects(getActivity(cli, db, { organisationId, activityId: crypto.randomUUID() }), 'UNAUTHORIZED');
		await rejects(exportPortfolioLeap2a(cli, db, { organisationId }), 'UNAUTHORIZED');
	});

	it('the coach without a share sees nothing of it', async () => {
		expect(await findSharedWithMe(a.coach, db, a.organisationId)).toEqual([]);
	});
});

describe('evidence: only the worker’s own things', () => {
	it('ties a theme, a released quote, a reflection, an attendance line, a story of the organisation and an article', async () => {
		for (const value of [
			evidenceValue({ kind: 'mirror_theme', dimension: 'appointments' }),
			evidenceValue({ kind: 'mirror_quote', responseId: ownQuote, field: 'good' }),
			evidenceValue({ kind: 'reflection', id: ownReflection }),
			evidenceValue({ kind: 'session', participantId: ownAttendance }),
			evidenceValue({ kind: 'practice_story', id: ownStory }),
			articleValue,
			// Twice: kept once.
			articleValue
		]) {
			await addGoalEvidence(a.worker, db, inA(), value);
		}
		const goal = await getGoal(a.worker, db, inA());
		expect(goal.evidence.map((e) => [e.kind, e.label])).toEqual([
			['mirror_theme', expect.any(String)],
			['mirror_quote', 'Goed 0'],
			['reflection', 'Reflectie A-worker'],
			['session', 'Incidentmethode: Huisbezoek (A team)'],
			['code_article', '2.1.3 Luisteren'],
			['practice_story', 'Verhaal in A']
		]);
		expect(goal.evidence.find((e) => e.kind === 'code_article')?.href).toMatch(
			/^\/beroepscode\/artikel\/2\.1\.3\?code=/u
		);
		expect(goal.evidence.find((e) => e.kind === 'session')?.href).toMatch(/^\/team\/sessies\//u);
	});

	it('a kernwaarde links to its own page in the code', async () => {
		const goal = await createGoal(a.worker, db, a.organisationId, input('Kernwaarde-doel'));
		await addGoalEvidence(a.worker, db, inA(goal.id), evidenceValue({ kind: 'kernwaarde', codeId, number: '1' }));
		const seen = await getGoal(a.worker, db, inA(goal.id));
		expect(seen.evidence.find((e) => e.kind === 'kernwaarde')?.href).toMatch(/^\/beroepscode\/kernwaarde\/1\?code=/u);
		// Later tests count the worker's goals.
		await deleteGoal(a.worker, db, inA(goal.id));
	});

	it('an export says the same as the goal page, in words that stand alone, without the resident’s words', async () => {
		const goal = await createGoal(a.worker, db, a.organisationId, input('Export-doel'));
		for (const value of [
			evidenceValue({ kind: 'mirror_theme', dimension: 'appointments' }),
			evidenceValue({ kind: 'mirror_quote', responseId: ownQuote, field: 'good' }),
			evidenceValue({ kind: 'reflection', id: ownReflection }),
			evidenceValue({ kind: 'session', participantId: ownAttendance }),
			articleValue,
			evidenceValue({ kind: 'kernwaarde', codeId, number: '1' }),
			evidenceValue({ kind: 'practice_story', id: ownStory })
		])
			await addGoalEvidence(a.worker, db, inA(goal.id), value);
		const page = await getGoal(a.worker, db, inA(goal.id));
		const label = (kind: string) => page.evidence.find((e) => e.kind === kind)!.label;
		const exported = (await ownGoals(a.worker, db, a.organisationId)).find((g) => g.id === goal.id)!;
		expect(exported.evidence.map((e) => [e.kind, e.title, e.text])).toEqual([
			['mirror_theme', `Thema uit je spiegel: ${label('mirror_theme')}`, ''],
			['mirror_quote', 'Een citaat van een inwoner uit je spiegel (de tekst blijft in Vakspiegel)', ''],
			['reflection', 'Reflectie', 'Reflectie A-worker'],
			['session', 'Leersessie: Incidentmethode: Huisbezoek (A team)', ''],
			['code_article', 'Beroepscode, artikel 2.1.3 Luisteren', ''],
			['kernwaarde', `Kernwaarde: ${label('kernwaarde')}`, ''],
			['practice_story', 'Wat werkt: Verhaal in A', '']
		]);
		expect(label('kernwaarde')).toMatch(/^1\. \S/u);
		expect(JSON.stringify(exported)).not.toContain('Goed 0');
		await deleteGoal(a.worker, db, inA(goal.id));
	});

	it('refuses someone else’s reflection, dilemma, attendance line, quote, and another organisation’s story', async () => {
		for (const value of [
			evidenceValue({ kind: 'reflection', id: colleagueReflection }),
			evidenceValue({ kind: 'dilemma', id: colleagueDilemma }),
			evidenceValue({ kind: 'session', participantId: colleagueAttendance }),
			evidenceValue({ kind: 'mirror_quote', responseId: colleagueQuote, field: 'good' }),
			evidenceValue({ kind: 'practice_story', id: otherOrgStory }),
			evidenceValue({ kind: 'reflection', id: crypto.randomUUID() }),
			evidenceValue({ kind: 'activity', id: crypto.randomUUID() }),
			evidenceValue({ kind: 'code_round', roundId: crypto.randomUUID() }),
			evidenceValue({ kind: 'mirror_theme', dimension: 'verzonnen' })
		]) {
			await rejects(addGoalEvidence(a.worker, db, inA(), value));
		}
		await rejects(addGoalEvidence(a.worker, db, inA(), 'reflection:geen-uuid'), 'INVALID_INPUT');
		const rows = await db.select().from(portfolioGoalEvidence).where(eq(portfolioGoalEvidence.goalId, goalId));
		expect(rows).toHaveLength(6);
	});

	it('an answer not yet released cannot be tied', async () => {
		const [request] = await db.select().from(feedbackRequest).where(eq(feedbackRequest.workerUserId, a.worker.userId));
		const [waiting] = await db
			.insert(feedbackResponse)
			.values({
				requestId: request.id,
				organisationId: a.organisationId,
				workerUserId: a.worker.userId,
				raterType: 'resident',
				language: 'nl',
				scores: {},
				good: 'Nog niet vrijgegeven',
				submittedOn: '2026-01-05'
			})
			.returning();
		await rejects(
			addGoalEvidence(
				a.worker,
				db,
				inA(),
				evidenceValue({ kind: 'mirror_quote', responseId: waiting.id, field: 'good' })
			)
		);
	});

	it('the options offer only the worker’s own things', async () => {
		const values = (await findEvidenceOptions(a.worker, db, a.organisationId)).flatMap((g) =>
			g.options.map((o) => o.value)
		);
		expect(values).toContain(evidenceValue({ kind: 'reflection', id: ownReflection }));
		expect(values).toContain(evidenceValue({ kind: 'session', participantId: ownAttendance }));
		expect(values).not.toContain(evidenceValue({ kind: 'reflection', id: colleagueReflection }));
		expect(values).not.toContain(evidenceValue({ kind: 'session', participantId: colleagueAttendance }));
		expect(values).not.toContain(evidenceValue({ kind: 'practice_story', id: otherOrgStory }));
		expect(values.some((v) => v.includes(colleagueQuote))).toBe(false);
	});

	it('another worker cannot remove the worker’s evidence', async () => {
		const [row] = await db.select().from(portfolioGoalEvidence).where(eq(portfolioGoalEvidence.goalId, goalId));
		await rejects(removeGoalEvidence(colleague, db, { ...inA(), evidenceId: row.id }));
		// Nor through their own goal.
		const { id: theirs } = await createGoal(colleague, db, a.organisationId, input('Van de collega'));
		await rejects(removeGoalEvidence(colleague, db, { ...inA(theirs), evidenceId: row.id }));
		expect(await db.select().from(portfolioGoalEvidence).where(eq(portfolioGoalEvidence.id, row.id))).toHaveLength(1);
	});
});

describe('the movement of residents’ scores since the goal was set', () => {
	it('says so when nothing new is released, then compares whole batches', async () => {
		let movement = (await getGoal(a.worker, db, inA())).movement!;
		expect(movement.before).toMatchObject({ batches: 1, counted: 1, scores: 3, mean: 4.7 });
		expect(movement.after).toMatchObject({ batches: 0, mean: null });
		expect(movement.change).toBeNull();
		await release(a.worker, a.organisationId, '2026-01-20', [3, 3, null]);
		movement = (await getGoal(a.worker, db, inA())).movement!;
		// Two scores on the dimension are fewer than k (3): the batch does not count, so no single answer
		// shows, not even as the difference with a goal set the day after.
		expect(movement.after).toMatchObject({ batches: 1, counted: 0, scores: 0, mean: null, tooFew: true });
		await release(a.worker, a.organisationId, '2026-02-20', [3, 4, 3]);
		movement = (await getGoal(a.worker, db, inA())).movement!;
		expect(movement.after).toMatchObject({ batches: 2, counted: 1, scores: 3, mean: 3.3, tooFew: false });
		expect(movement.change).toBe(-1.4);
	});

	it('a colleague’s answers never count in it', async () => {
		const movement = (await getGoal(a.worker, db, inA())).movement!;
		expect(movement.before.scores).toBe(3);
	});
});

describe('sharing with a coach', () => {
	it('offers only the organisation’s coaches, and refuses anyone else as coach', async () => {
		expect((await findShareCoaches(a.worker, db, a.organisationId)).map((c) => c.membershipId)).toEqual([
			a.membershipIds.coach
		]);
		for (const coachMembershipId of [a.membershipIds.admin, a.membershipIds.facilitator, b.membershipIds.coach]) {
			await rejects(sharePortfolio(a.worker, db, { ...inA(), coachMembershipId }), 'INVALID_INPUT');
		}
		expect(await db.select().from(portfolioShare)).toEqual([]);
	});

	it('the coach with a share of one goal sees exactly that goal, read-only, until it is taken back', async () => {
		await sharePortfolio(a.worker, db, { ...inA(), coachMembershipId: a.membershipIds.coach });
		const shared = await findSharedWithMe(a.coach, db, a.organisationId);
		expect(shared).toHaveLength(1);
		expect(shared[0].wholePlan).toBe(false);
		expect(shared[0].goals.map((g) => g.id)).toEqual([goalId]);
		const own = await getGoal(a.worker, db, inA());
		const seen = shared[0].goals[0];
		// The same goal, evidence labels and movement as the worker sees; no links to the worker's own pages.
		expect(seen.evidence.map((e) => e.label)).toEqual(own.evidence.map((e) => e.label));
		expect(seen.movement).toEqual(own.movement);
		expect(seen.evidence.find((e) => e.kind === 'reflection')?.href).toBeNull();
		// Still no change for the coach, and no other goal.
		await rejects(getGoal(a.coach, db, inA()));
		await rejects(updateGoal(a.coach, db, inA(), input('Door de coach')));
		await rejects(getGoal(a.coach, db, inA(otherGoalId)));
		// Other people see nothing of it.
		for (const who of [colleague, a.admin, a.facilitator]) {
			await rejects(findSharedWithMe(who, db, a.organisationId), 'FORBIDDEN');
		}
		await rejects(findSharedWithMe(b.coach, db, a.organisationId));
		expect(await findSharedWithMe(b.coach, db, b.organisationId)).toEqual([]);

		const [share] = await db.select().from(portfolioShare);
		// Nobody but the worker takes it back.
		for (const who of [a.coach, a.admin, colleague]) {
			await rejects(takeBackShare(who, db, { organisationId: a.organisationId, shareId: share.id }));
		}
		await rejects(takeBackShare(b.admin, db, { organisationId: b.organisationId, shareId: share.id }));
		await takeBackShare(a.worker, db, { organisationId: a.organisationId, shareId: share.id });
		expect(await findSharedWithMe(a.coach, db, a.organisationId)).toEqual([]);
	});

	it('the whole plan: every goal, also a later one, until taken back; audited without content', async () => {
		await sharePortfolio(a.worker, db, {
			organisationId: a.organisationId,
			coachMembershipId: a.membershipIds.coach,
			goalId: null
		});
		const { id: later } = await createGoal(a.worker, db, a.organisationId, input('Later doel'));
		const shared = await findSharedWithMe(a.coach, db, a.organisationId);
		expect(shared[0].wholePlan).toBe(true);
		expect(shared[0].goals.map((g) => g.id).sort()).toEqual([goalId, otherGoalId, later].sort());
		expect(shared[0].goals.map((g) => g.title)).not.toContain('Van de collega');
		const [share] = await db.select().from(portfolioShare).where(eq(portfolioShare.workerUserId, a.worker.userId));
		await takeBackShare(a.worker, db, { organisationId: a.organisationId, shareId: share.id });
		expect(await findSharedWithMe(a.coach, db, a.organisationId)).toEqual([]);
		const audit = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.organisationId, a.organisationId), eq(auditLog.subjectType, 'portfolio_share')));
		expect(audit.map((e) => e.action)).toEqual([
			'portfolio.share',
			'portfolio.unshare',
			'portfolio.share',
			'portfolio.unshare'
		]);
		expect(JSON.stringify(audit)).not.toContain('Afspraken');
	});

	it('deleting a shared goal takes it away from the coach, and is the worker’s alone', async () => {
		await sharePortfolio(a.worker, db, { ...inA(otherGoalId), coachMembershipId: a.membershipIds.coach });
		expect((await findSharedWithMe(a.coach, db, a.organisationId))[0].goals).toHaveLength(1);
		await deleteGoal(a.worker, db, inA(otherGoalId));
		expect(await findSharedWithMe(a.coach, db, a.organisationId)).toEqual([]);
		await rejects(getGoal(a.worker, db, inA(otherGoalId)));
		// The evidence rows went with the goal; the things they pointed at stay.
		expect(await db.select().from(reflection).where(eq(reflection.id, ownReflection))).toHaveLength(1);
	});
});

describe('the demo plan (seed-demo)', () => {
	it('gives the demo worker two goals with evidence and movement, one shared with the demo coach; a second run adds nothing', async () => {
		const seed = await seedDemo(systemActor('test'), db);
		expect(seed.portfolio).toEqual({
			worker: 'werker@demo.vakspiegel.example',
			path: '/ontwikkeling',
			goal: DEMO_GOAL_APPOINTMENTS
		});
		const actorOf = async (email: string): Promise<UserActor> => {
			const [u] = await db.select().from(user).where(eq(user.email, email));
			return { kind: 'user', userId: u.id, email, name: u.name };
		};
		const worker = await actorOf('werker@demo.vakspiegel.example');
		const coach = await actorOf('coach@demo.vakspiegel.example');
		const plan = await findGoals(worker, db, seed.organisationId);
		expect(plan.goals).toHaveLength(2);
		expect(plan.goals.some((g) => g.overdue)).toBe(true);
		const goal = await getGoal(worker, db, {
			organisationId: seed.organisationId,
			goalId: plan.goals.find((g) => g.title === DEMO_GOAL_APPOINTMENTS)!.id
		});
		expect(goal.evidence.map((e) => e.kind)).toEqual(
			expect.arrayContaining(['mirror_theme', 'mirror_quote', 'reflection', 'code_article'])
		);
		expect(goal.evidence.every((e) => e.label !== '(niet meer beschikbaar)')).toBe(true);
		expect(goal.movement?.before.mean).not.toBeNull();
		expect(goal.movement?.after.mean).not.toBeNull();
		const shared = await findSharedWithMe(coach, db, seed.organisationId);
		expect(shared.flatMap((p) => p.goals.map((g) => g.title))).toEqual([DEMO_GOAL_APPOINTMENTS]);
		await seedDemo(systemActor('test'), db);
		expect((await findGoals(worker, db, seed.organisationId)).goals).toHaveLength(2);
	});
});
