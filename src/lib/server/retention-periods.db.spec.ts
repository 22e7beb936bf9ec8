import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './testing/test-db';
import { addMember, createOrgFixture, type OrgFixture } from './testing/fixtures';
import type { Db } from './db/client';
import {
	adviceParticipant,
	adviceSession,
	adviceTip,
	auditLog,
	code,
	codeRound,
	codeRoundAnswer,
	codeRoundReaction,
	codeRoundRespondent,
	codeVersion,
	dilemmaReflection,
	feedbackBatch,
	feedbackContactRequest,
	feedbackFollowUp,
	feedbackMedia,
	feedbackRequest,
	feedbackResponse,
	membership,
	organisation,
	reflection,
	selfRating,
	portfolioActivity,
	portfolioGoal,
	portfolioGoalEvidence,
	portfolioProfile
} from './db/schema';
import { runRetention, SYSTEM_AUDIT_KEEP_MONTHS } from './retention';
import type { AdviceSessionId } from './ids';
import { getAdviceReport } from './advice/get-advice-report';
import { reportModel } from './advice/report';

// Issue 18: a retention period per data class per organisation. Each rule is tested on both sides of
// its boundary with a controllable clock; the nightly job writes one audit entry per organisation.

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;

/** Noon in the Netherlands on a day. */
const noon = (day: string) => new Date(`${day}T11:00:00Z`);

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	// B keeps everything longer.
	await db
		.update(organisation)
		.set({
			feedbackRetentionMonths: 36,
			adviceRetentionMonths: 24,
			auditRetentionMonths: 48,
			consultationRetentionMonths: 24
		})
		.where(eq(organisation.id, b.organisationId));
}, 60_000);
afterAll(() => tdb?.cleanup());

async function feedbackOf(org: OrgFixture, workerUserId: string, releasedOn: string | null, submittedOn: string) {
	const [req] = await db
		.insert(feedbackRequest)
		.values({ organisationId: org.organisationId, workerUserId, token: randomUUID(), firstName: 'S' })
		.returning({ id: feedbackRequest.id });
	const [batch] = releasedOn
		? await db
				.insert(feedbackBatch)
				.values({ organisationId: org.organisationId, workerUserId, releasedOn, size: 1 })
				.returning({ id: feedbackBatch.id })
		: [null];
	const [response] = await db
		.insert(feedbackResponse)
		.values({
			requestId: req.id,
			organisationId: org.organisationId,
			workerUserId,
			raterType: 'resident',
			language: 'nl',
			scores: { respect: 4 },
			good: 'Ze luisterde.',
			submittedOn,
			batchId: batch?.id ?? null,
			reordered: true
		})
		.returning({ id: feedbackResponse.id });
	return { batchId: batch?.id ?? null, responseId: response.id };
}

describe('retention per data class', () => {
	it("residents' answers go the feedback period after release (or arrival); the group's count, the worker's reflection and other organisations' answers stay", async () => {
		const released = await feedbackOf(a, a.worker.userId, '2026-06-15', '2026-06-10');
		const neverReleased = await feedbackOf(a, a.worker.userId, null, '2026-06-15');
		const inB = await feedbackOf(b, b.worker.userId, '2026-06-15', '2026-06-10');
		await db
			.insert(feedbackMedia)
			.values({ responseId: released.responseId, mimeType: 'audio/webm', bytes: Buffer.from([1]) });
		const [note] = await db
			.insert(reflection)
			.values({
				organisationId: a.organisationId,
				workerUserId: a.worker.userId,
				batchId: released.batchId,
				responseId: released.responseId,
				quoteField: 'good',
				text: 'Hier wil ik iets mee.'
			})
			.returning({ id: reflection.id });
		const [follow] = await db
			.insert(feedbackFollowUp)
			.values({
				organisationId: a.organisationId,
				workerUserId: a.worker.userId,
				text: 'Later nog',
				submittedOn: '2026-06-12',
				batchId: released.batchId
			})
			.returning({ id: feedbackFollowUp.id });
		const [contact] = await db
			.insert(feedbackContactRequest)
			.values({
				organisationId: a.organisationId,
				workerUserId: a.worker.userId,
				name: 'Mevrouw J.',
				contact: '06-12345678',
				requestedOn: '2026-06-15'
			})
			.returning({ id: feedbackContactRequest.id });
		const ids = [released.responseId, neverReleased.responseId, inB.responseId];
		const left = async () =>
			(
				await db.select({ id: feedbackResponse.id }).from(feedbackResponse).where(inArray(feedbackResponse.id, ids))
			).map((r) => r.id);

		// 24 months to the day: not yet.
		await runRetention(db, noon('2028-06-15'));
		expect((await left()).sort()).toEqual([...ids].sort());
		// One day later: A's go, B (36 months) keeps its own.
		const result = await runRetention(db, noon('2028-06-16'));
		expect(result).toMatchObject({ feedbackResponses: 2, feedbackFollowUps: 1 });
		expect(await left()).toEqual([inB.responseId]);
		expect(await db.select().from(feedbackMedia).where(eq(feedbackMedia.responseId, released.responseId))).toEqual([]);
		expect(await db.select().from(feedbackFollowUp).where(eq(feedbackFollowUp.id, follow.id))).toEqual([]);
		expect(await db.select().from(feedbackContactRequest).where(eq(feedbackContactRequest.id, contact.id))).toEqual([]);
		// The group and its size stay (the count survives); the reflection stays, now about the group.
		expect(
			await db.select({ size: feedbackBatch.size }).from(feedbackBatch).where(eq(feedbackBatch.id, released.batchId!))
		).toEqual([{ size: 1 }]);
		const [kept] = await db.select().from(reflection).where(eq(reflection.id, note.id));
		expect(kept).toMatchObject({ text: 'Hier wil ik iets mee.', batchId: released.batchId, responseId: null });
		// B's go at 36 months.
		await runRetention(db, noon('2029-06-16'));
		expect(await left()).toEqual([]);
	});

	it('advice sessions: tips, votes and participants go the period after the last change; the counts stay', async () => {
		const make = async (org: OrgFixture, updatedAt: Date) => {
			const [s] = await db
				.insert(adviceSession)
				.values({
					organisationId: org.organisationId,
					code: randomUUID().slice(0, 8).toUpperCase(),
					question: 'Hoe maken we de wachtkamer prettiger?',
					groups: [{ key: 'inwoner', label: 'Inwoner' }],
					phase: 'closed',
					updatedAt
				})
				.returning({ id: adviceSession.id });
			const [p] = await db
				.insert(adviceParticipant)
				.values({ sessionId: s.id, secretHash: randomUUID(), groupKey: 'inwoner', joinedOn: '2026-06-01' })
				.returning({ id: adviceParticipant.id });
			await db.insert(adviceTip).values([
				{ sessionId: s.id, participantId: p.id, groupKey: 'inwoner', text: 'Koffie' },
				{ sessionId: s.id, participantId: p.id, groupKey: 'inwoner', text: 'Verborgen', status: 'hidden' }
			]);
			return s.id;
		};
		const changed = new Date('2026-06-15T10:00:00Z');
		const inA = await make(a, changed);
		const inB = await make(b, changed);
		const tipsOf = async (id: AdviceSessionId) =>
			(await db.select().from(adviceTip).where(eq(adviceTip.sessionId, id))).length;

		// The facilitator's report counts what the outcome page counts, before and after.
		const reportCounts = async () => {
			const r = reportModel(await getAdviceReport(a.facilitator, db, a.organisationId, inA));
			return { participants: r.participants, tips: r.tipCount };
		};
		expect(await reportCounts()).toEqual({ participants: 1, tips: 1 });
		await runRetention(db, new Date('2027-06-15T09:59:00Z'));
		expect(await tipsOf(inA)).toBe(2);
		const result = await runRetention(db, new Date('2027-06-15T10:01:00Z'));
		expect(result.adviceSessions).toBe(1);
		expect(await tipsOf(inA)).toBe(0);
		expect(await db.select().from(adviceParticipant).where(eq(adviceParticipant.sessionId, inA))).toEqual([]);
		const [session] = await db.select().from(adviceSession).where(eq(adviceSession.id, inA));
		expect(session).toMatchObject({
			question: 'Hoe maken we de wachtkamer prettiger?',
			keptCounts: { participants: 1, tips: 1 }
		});
		expect(await reportCounts()).toEqual({ participants: 1, tips: 1 });
		expect(await tipsOf(inB)).toBe(2);
		expect((await runRetention(db, new Date('2027-06-15T10:02:00Z'))).adviceSessions).toBe(0);
	});

	it('consultation reactions go the period after the round’s answers were published (or it closed); the round and the answers per article stay', async () => {
		const make = async (org: OrgFixture, dates: { publishedAt: Date | null; closesAt: Date }) => {
			const [c] = await db
				.insert(code)
				.values({ organisationId: org.organisationId, title: `Code ${randomUUID()}` })
				.returning();
			const [v] = await db
				.insert(codeVersion)
				.values({ codeId: c.id, number: 1, status: 'draft', title: 'V1' })
				.returning();
			const [round] = await db
				.insert(codeRound)
				.values({
					organisationId: org.organisationId,
					codeId: c.id,
					versionId: v.id,
					question: 'Klopt dit?',
					opensAt: new Date('2026-05-01T10:00:00Z'),
					closesAt: dates.closesAt,
					audience: 'organisation',
					memberSalt: randomUUID(),
					answersPublishedAt: dates.publishedAt
				})
				.returning();
			const [resp] = await db
				.insert(codeRoundRespondent)
				.values({ roundId: round.id, tokenHash: randomUUID(), signedName: 'Sam' })
				.returning();
			const [reaction] = await db
				.insert(codeRoundReaction)
				.values({ roundId: round.id, respondentId: resp.id, comment: 'Mee eens' })
				.returning();
			await db.insert(codeRoundAnswer).values([
				{ roundId: round.id, reactionId: reaction.id, verdict: 'overgenomen', reason: 'Goed punt' },
				{ roundId: round.id, reactionId: null, articleId: null, verdict: 'deels', reason: 'Samen bekeken' }
			]);
			return round.id;
		};
		const day = new Date('2026-06-15T10:00:00Z');
		const published = await make(a, { publishedAt: day, closesAt: new Date('2026-06-01T10:00:00Z') });
		const neverPublished = await make(a, { publishedAt: null, closesAt: day });
		const inB = await make(b, { publishedAt: day, closesAt: new Date('2026-06-01T10:00:00Z') });
		const reactionsOf = async (roundId: string) =>
			(await db.select().from(codeRoundReaction).where(eq(codeRoundReaction.roundId, roundId))).length;
		const answersOf = async (roundId: string) =>
			(await db.select().from(codeRoundAnswer).where(eq(codeRoundAnswer.roundId, roundId))).map((x) => x.reason);

		await runRetention(db, new Date('2027-06-15T09:59:00Z'));
		expect(await reactionsOf(published)).toBe(1);
		expect(await reactionsOf(neverPublished)).toBe(1);
		const result = await runRetention(db, new Date('2027-06-15T10:01:00Z'));
		expect(result.consultationRespondents).toBe(2);
		for (const id of [published, neverPublished]) {
			expect(await reactionsOf(id)).toBe(0);
			expect(await db.select().from(codeRoundRespondent).where(eq(codeRoundRespondent.roundId, id))).toEqual([]);
			expect(await answersOf(id)).toEqual(['Samen bekeken']);
			expect(await db.select().from(codeRound).where(eq(codeRound.id, id))).toHaveLength(1);
		}
		// Organisation B keeps them 24 months.
		expect(await reactionsOf(inB)).toBe(1);
		await runRetention(db, new Date('2028-06-15T10:01:00Z'));
		expect(await reactionsOf(inB)).toBe(0);
	});

	it('reflections, dilemma reflections, self-ratings and the portfolio stay while the worker is a member and go when they leave', async () => {
		const leaver = await addMember(db, { organisationId: a.organisationId, label: 'Vertrekker', teamId: a.teamId });
		for (const who of [leaver.actor.userId, a.worker.userId]) {
			await db
				.insert(reflection)
				.values({ organisationId: a.organisationId, workerUserId: who, text: `Notitie ${who}` });
			await db
				.insert(selfRating)
				.values({ organisationId: a.organisationId, workerUserId: who, quarter: '2026-Q2', scores: { respect: 4 } });
			await db
				.insert(dilemmaReflection)
				.values({ organisationId: a.organisationId, workerUserId: who, title: 'Dilemma' });
			// The development plan and portfolio (issue 19): a goal with its evidence, a log line, the register.
			const [goal] = await db
				.insert(portfolioGoal)
				.values({ organisationId: a.organisationId, workerUserId: who, title: 'Leerdoel' })
				.returning({ id: portfolioGoal.id });
			await db.insert(portfolioGoalEvidence).values({ goalId: goal.id, kind: 'mirror_theme', dimension: 'respect' });
			await db.insert(portfolioActivity).values({
				organisationId: a.organisationId,
				workerUserId: who,
				kind: 'reading',
				title: 'Gelezen',
				occurredOn: '2026-06-01',
				netMinutes: 60,
				category: 'vrije_ruimte'
			});
			await db.insert(portfolioProfile).values({
				organisationId: a.organisationId,
				workerUserId: who,
				registerKey: 'skj-2024',
				periodStart: '2024-01-01'
			});
		}
		await runRetention(db, noon('2026-07-01'));
		const mine = (who: string) =>
			db
				.select()
				.from(reflection)
				.where(and(eq(reflection.workerUserId, who), eq(reflection.organisationId, a.organisationId)));
		expect(await mine(leaver.actor.userId)).toHaveLength(1);
		await db.delete(membership).where(eq(membership.id, leaver.membershipId));
		const result = await runRetention(db, noon('2026-07-01'));
		// Reflection, self-rating, dilemma; goal, log line, register choice (the evidence goes with its goal).
		expect(result.leaverRows).toBe(6);
		for (const table of [portfolioGoal, portfolioActivity, portfolioProfile])
			expect(await db.select().from(table).where(eq(table.workerUserId, leaver.actor.userId))).toEqual([]);
		expect(
			await db
				.select()
				.from(portfolioGoalEvidence)
				.innerJoin(portfolioGoal, eq(portfolioGoal.id, portfolioGoalEvidence.goalId))
				.where(eq(portfolioGoal.workerUserId, a.worker.userId))
		).toHaveLength(1);
		expect(
			await db.select().from(dilemmaReflection).where(eq(dilemmaReflection.workerUserId, leaver.actor.userId))
		).toEqual([]);
		expect(await mine(leaver.actor.userId)).toEqual([]);
		expect(await db.select().from(selfRating).where(eq(selfRating.workerUserId, leaver.actor.userId))).toEqual([]);
		expect((await mine(a.worker.userId)).length).toBeGreaterThan(0);
	});

	it('the audit log keeps the organisation’s period; the operator’s own entries 24 months; one entry per organisation per run', async () => {
		const at = new Date('2026-01-10T12:00:00Z');
		const rows = await db
			.insert(auditLog)
			.values([
				{ organisationId: a.organisationId, action: 'team.create', createdAt: at },
				{ organisationId: b.organisationId, action: 'team.create', createdAt: at },
				{ organisationId: null, action: 'operator.thing', createdAt: at }
			])
			.returning({ id: auditLog.id, organisationId: auditLog.organisationId });
		const present = async () =>
			(
				await db
					.select({ id: auditLog.id })
					.from(auditLog)
					.where(
						inArray(
							auditLog.id,
							rows.map((r) => r.id)
						)
					)
			).length;
		expect(SYSTEM_AUDIT_KEEP_MONTHS).toBe(24);
		await runRetention(db, new Date('2028-01-10T11:59:00Z'));
		expect(await present()).toBe(3);
		await runRetention(db, new Date('2028-01-10T12:01:00Z'));
		expect(await present()).toBe(1); // B keeps 48 months
		await runRetention(db, new Date('2030-01-10T12:01:00Z'));
		expect(await present()).toBe(0);

		// The runs above wrote one entry per organisation that lost anything, with counts and no content.
		const runs = await db.select().from(auditLog).where(eq(auditLog.action, 'retention.run'));
		expect(runs.length).toBeGreaterThan(0);
		for (const r of runs) {
			expect(r.actorLabel).toBe('systeem:retentie');
			expect(JSON.stringify(r.details)).not.toMatch(/Koffie|luisterde|Notitie|06-1234/u);
		}
		const before = runs.length;
		await runRetention(db, new Date('2030-01-10T12:02:00Z'));
		expect((await db.select().from(auditLog).where(eq(auditLog.action, 'retention.run'))).length).toBe(before);
	});
});
