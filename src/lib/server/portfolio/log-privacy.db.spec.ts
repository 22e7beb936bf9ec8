import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import { adviceSession, auditLog, portfolioActivity, portfolioProfile, portfolioRegisterOverride } from '../db/schema';
import type { CodeVersionId } from '../ids';
import { addMember, createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createLearningSession } from '../team/create-learning-session';
import { moveLearningSession } from '../team/move-learning-session';
import { confirmAttendance } from '../team/confirm-attendance';
import { importCodeVersion } from '../code/import-code-version';
import { createCodeRound } from '../code/create-code-round';
import { saveCodeReaction } from '../code/save-code-reaction';
import { getCodeRoundForRespondent } from '../code/get-code-round-for-respondent';
import { sampleCodeDraft } from '../demo/sample-code-draft';
import { activitySchema, registerOverrideSchema } from '../../validation/portfolio-activity';
import { addSuggestedActivity } from './add-suggested-activity';
import { deleteActivity } from './delete-activity';
import { findActivities } from './find-activities';
import { findActivitySuggestions } from './find-activity-suggestions';
import { getActivity } from './get-activity';
import { getProgress } from './get-progress';
import { getRegisterSettings } from './get-register-settings';
import { resetRegisterOverride } from './reset-register-override';
import { saveActivity } from './save-activity';
import { savePortfolioProfile } from './save-portfolio-profile';
import { saveRegisterOverride } from './save-register-override';

// Issue 19, the activity log: everything in it is the worker's own. Another worker, the coach, the
// admin and another organisation get "not found" for reading, changing and deleting a line and for the
// profile; nobody turns someone else's attendance, advice session or round into a line of their own;
// only an admin of the organisation sets the register's numbers, and progress uses them.

const sample = fs.readFileSync(new URL('../../../../docs/voorbeeld-beroepscode.md', import.meta.url), 'utf8');

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
let colleague: UserActor;
let participantOf: Record<'worker' | 'colleague', string>;
let adviceId: string;
let roundId: string;
let lineId: string;

const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });
const today = new Date().toISOString().slice(0, 10);
const yearsAgo = (n: number) => `${Number(today.slice(0, 4)) - n}${today.slice(4, 8)}01`;
const input = (title: string, extra: Record<string, string> = {}) =>
	activitySchema.parse({ kind: 'reading', title, occurredOn: today, hours: '1,5', ...extra });
const org = (f: OrgFixture) => f.organisationId;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	colleague = (await addMember(db, { organisationId: a.organisationId, label: 'A-collega', teamId: a.teamId })).actor;
	const colleagueMembership = await db.query.membership.findFirst({
		where: (m, { and, eq }) => and(eq(m.userId, colleague.userId), eq(m.organisationId, a.organisationId))
	});

	// A session of A's team, chaired by the coach: the worker and a colleague tap their attendance.
	const { id: sessionId } = await createLearningSession(a.coach, db, {
		teamId: a.teamId,
		methodRef: 'builtin:incidentmethode',
		theme: 'Huisbezoek',
		day: today,
		time: '09:00',
		chairMembershipId: a.membershipIds.coach,
		participantIds: [a.membershipIds.worker, colleagueMembership!.id],
		inbrengerMembershipId: a.membershipIds.worker
	});
	const start = new Date(Date.now() - 2 * 3_600_000);
	await moveLearningSession(a.coach, db, { sessionId, move: 'start', from: 0, now: start });
	await confirmAttendance(a.worker, db, sessionId);
	await confirmAttendance(colleague, db, sessionId);
	await moveLearningSession(a.coach, db, {
		sessionId,
		move: 'end',
		from: 0,
		now: new Date(start.getTime() + 90 * 60_000)
	});
	const attendance = await db.query.learningSessionParticipant.findMany({
		where: (p, { eq }) => eq(p.sessionId, sessionId)
	});
	participantOf = {
		worker: attendance.find((p) => p.membershipId === a.membershipIds.worker)!.id,
		colleague: attendance.find((p) => p.membershipId === colleagueMembership!.id)!.id
	};

	// An advice session the facilitator of A ran last week.
	const [advice] = await db
		.insert(adviceSession)
		.values({
			organisationId: a.organisationId,
			createdByUserId: a.facilitator.userId,
			code: randomUUID().slice(0, 8).toUpperCase(),
			question: 'Hoe bereiken we jongeren in de wijk?',
			groups: [],
			phase: 'closed',
			meetingAt: new Date(Date.now() - 7 * 86_400_000),
			meetingMinutes: 120
		})
		.returning({ id: adviceSession.id });
	adviceId = advice.id;

	// A consultation round of A that the colleague reacted to (not the worker).
	await importCodeVersion(a.admin, db, { organisationId: a.organisationId, markdown: sample });
	const { versionId } = await importCodeVersion(a.admin, db, {
		organisationId: a.organisationId,
		markdown: sampleCodeDraft(sample),
		publish: false
	});
	const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
	({ roundId } = await createCodeRound(a.admin, db, {
		organisationId: a.organisationId,
		versionId: versionId as CodeVersionId,
		question: 'Wat vind je ervan?',
		opensDay: day(-1),
		opensTime: '09:00',
		closesDay: day(14),
		closesTime: '17:00',
		audience: 'organisation',
		teamIds: []
	}));
	const visitor = (actor: UserActor) => ({
		kind: 'member' as const,
		actor,
		organisationId: a.organisationId,
		roundId
	});
	const view = await getCodeRoundForRespondent(visitor(colleague), db);
	await saveCodeReaction(visitor(colleague), db, {
		articleId: view.articles[0].articleId,
		stance: 'eens',
		comment: '',
		proposal: ''
	});

	await savePortfolioProfile(a.worker, db, org(a), { registerKey: 'skj-2024', periodStart: yearsAgo(1) });
	({ id: lineId } = await saveActivity(
		a.worker,
		db,
		{ organisationId: org(a) },
		input('Boek over motiverende gespreksvoering')
	));
});
afterAll(() => tdb?.cleanup());

describe('the worker’s own log', () => {
	it('suggests the session the worker attended, with what the register needs', async () => {
		const suggestions = await findActivitySuggestions(a.worker, db, org(a));
		const session = suggestions.find((s) => s.source === 'session')!;
		expect(session).toMatchObject({
			sourceId: participantOf.worker,
			kind: 'intervisie',
			category: 'reflectie',
			netMinutes: 90,
			chairName: 'A-coach',
			evidence: 'Presentielijst in Vakspiegel'
		});
		expect([...session.participantNames].sort()).toEqual(['A-collega', 'A-worker']);
		// Not the colleague's round, not the facilitator's advice session.
		expect(suggestions.map((s) => s.source)).toEqual(['session']);
	});

	it('one tap makes the line; a second tap gives the same line; it is no longer suggested', async () => {
		const first = await addSuggestedActivity(a.worker, db, {
			organisationId: org(a),
			source: 'session',
			sourceId: participantOf.worker
		});
		expect(first.created).toBe(true);
		const again = await addSuggestedActivity(a.worker, db, {
			organisationId: org(a),
			source: 'session',
			sourceId: participantOf.worker
		});
		expect(again).toEqual({ id: first.id, created: false });
		expect((await findActivitySuggestions(a.worker, db, org(a))).filter((s) => s.source === 'session')).toEqual([]);
		const log = await findActivities(a.worker, db, org(a));
		expect(log.lines.map((l) => [l.title, l.netMinutes, l.categoryLabel])).toContainEqual([
			'Incidentmethode: Huisbezoek',
			90,
			'Reflectie'
		]);
		const progress = (await getProgress(a.worker, db, org(a))).progress!;
		expect(progress.categories.find((c) => c.key === 'reflectie')!.doneMinutes).toBe(90);
		expect(progress.categories.find((c) => c.key === 'vrije_ruimte')!.doneMinutes).toBe(90);
	});

	it('deleting a suggested line offers the suggestion again', async () => {
		const [line] = await db
			.select({ id: portfolioActivity.id })
			.from(portfolioActivity)
			.where(eq(portfolioActivity.sourceParticipantId, participantOf.worker));
		await deleteActivity(a.worker, db, { organisationId: org(a), activityId: line.id });
		expect((await findActivitySuggestions(a.worker, db, org(a))).map((s) => s.sourceId)).toContain(
			participantOf.worker
		);
	});

	it('the facilitator is offered their own advice session, with the meeting’s minutes', async () => {
		const [advice] = await findActivitySuggestions(a.facilitator, db, org(a));
		expect(advice).toMatchObject({ source: 'advice', sourceId: adviceId, netMinutes: 120, kind: 'advice' });
	});

	it('the colleague is offered the round they reacted to, and must say how long it took', async () => {
		const round = (await findActivitySuggestions(colleague, db, org(a))).find((s) => s.source === 'round')!;
		expect(round).toMatchObject({ sourceId: roundId, netMinutes: null, kind: 'consultation' });
		await rejects(
			addSuggestedActivity(colleague, db, { organisationId: org(a), source: 'round', sourceId: roundId }),
			'INVALID_INPUT'
		);
		const made = await addSuggestedActivity(colleague, db, {
			organisationId: org(a),
			source: 'round',
			sourceId: roundId,
			netMinutes: 45
		});
		expect(
			(await getActivity(colleague, db, { organisationId: org(a), activityId: made.id })).activity.netMinutes
		).toBe(45);
	});

	it('refuses a category that is not in the worker’s register', async () => {
		await rejects(
			saveActivity(a.worker, db, { organisationId: org(a) }, input('Verkeerd', { category: 'geaccrediteerd' })),
			'INVALID_INPUT'
		);
	});
});

describe('nobody else reaches a worker’s log', () => {
	const outsiders = () =>
		[
			['another worker', colleague, a],
			['the coach', a.coach, a],
			['the admin', a.admin, a],
			['another organisation’s admin, in A', b.admin, a],
			['another organisation’s worker, in their own', b.worker, b]
		] as const;

	it('not found for reading, changing and deleting a line', async () => {
		for (const [, actor, where] of outsiders()) {
			const ids = { organisationId: org(where), activityId: lineId };
			await rejects(getActivity(actor, db, ids));
			await rejects(saveActivity(actor, db, ids, input('Overschreven')));
			await rejects(deleteActivity(actor, db, ids));
			if (actor === b.admin) await rejects(findActivities(actor, db, org(a)));
			else if (where === a) {
				const log = await findActivities(actor, db, org(a));
				expect(log.lines.map((l) => l.id)).not.toContain(lineId);
			}
		}
		const [row] = await db.select().from(portfolioActivity).where(eq(portfolioActivity.id, lineId));
		expect(row.title).toBe('Boek over motiverende gespreksvoering');
	});

	it('the profile is the worker’s own: others see none and change only their own', async () => {
		for (const [, actor, where] of outsiders()) {
			const view = await getProgress(actor, db, org(where)).catch(() => null);
			expect(view?.profile ?? null).toBeNull();
		}
		await savePortfolioProfile(a.coach, db, org(a), {
			registerKey: 'registerplein-sociaal-werk',
			periodStart: yearsAgo(2)
		});
		const rows = await db.select().from(portfolioProfile).where(eq(portfolioProfile.workerUserId, a.worker.userId));
		expect(rows).toEqual([expect.objectContaining({ registerKey: 'skj-2024', periodStart: yearsAgo(1) })]);
		// Another organisation cannot even save a profile in A.
		await rejects(savePortfolioProfile(b.worker, db, org(a), { registerKey: 'skj-2024', periodStart: yearsAgo(1) }));
	});

	it('a worker cannot turn a colleague’s attendance line into their own log line', async () => {
		for (const actor of [a.worker, a.coach, a.admin]) {
			await rejects(
				addSuggestedActivity(actor, db, {
					organisationId: org(a),
					source: 'session',
					sourceId: participantOf.colleague
				})
			);
		}
		await rejects(
			addSuggestedActivity(b.worker, db, { organisationId: org(b), source: 'session', sourceId: participantOf.worker })
		);
		const rows = await db
			.select()
			.from(portfolioActivity)
			.where(eq(portfolioActivity.sourceParticipantId, participantOf.colleague));
		expect(rows).toEqual([]);
	});

	it('a worker cannot turn someone else’s advice session, or a round they did not react to, into a line', async () => {
		for (const actor of [a.worker, a.coach, a.admin]) {
			await rejects(
				addSuggestedActivity(actor, db, {
					organisationId: org(a),
					source: 'advice',
					sourceId: adviceId,
					netMinutes: 60
				})
			);
		}
		await rejects(
			addSuggestedActivity(a.worker, db, { organisationId: org(a), source: 'round', sourceId: roundId, netMinutes: 60 })
		);
		await rejects(
			addSuggestedActivity(b.facilitator, db, {
				organisationId: org(b),
				source: 'advice',
				sourceId: adviceId,
				netMinutes: 60
			})
		);
		const rows = await db.select().from(portfolioActivity).where(eq(portfolioActivity.sourceAdviceSessionId, adviceId));
		expect(rows).toEqual([]);
	});
});

describe('the organisation’s register numbers', () => {
	const numbers = (min: string) =>
		registerOverrideSchema.parse({
			registerKey: 'registerplein-sociaal-werk',
			'min-geaccrediteerd': '60',
			'max-geaccrediteerd': '',
			'min-reflectie': min,
			'max-reflectie': '',
			'min-overig': '0',
			'max-overig': '30',
			totalMin: ''
		});

	it('only an admin of the organisation sets them; not a worker, a coach or another organisation’s admin', async () => {
		for (const actor of [a.worker, a.coach, a.facilitator]) {
			await rejects(saveRegisterOverride(actor, db, org(a), numbers('10')), 'FORBIDDEN');
			await rejects(getRegisterSettings(actor, db, org(a)), 'FORBIDDEN');
		}
		await rejects(saveRegisterOverride(b.admin, db, org(a), numbers('10')));
		await rejects(
			resetRegisterOverride(b.admin, db, { organisationId: org(a), registerKey: 'registerplein-sociaal-werk' })
		);
		expect(await db.select().from(portfolioRegisterOverride)).toEqual([]);
	});

	it('a register with published numbers cannot be changed', async () => {
		await rejects(saveRegisterOverride(a.admin, db, org(a), { ...numbers('10'), registerKey: 'skj-2024' }));
	});

	it('the admin sets them (audited), progress uses them, another organisation keeps the defaults', async () => {
		await saveRegisterOverride(a.admin, db, org(a), numbers('12'));
		const [audit] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.organisationId, org(a)), eq(auditLog.action, 'portfolio.register_set')));
		expect(audit.details).toMatchObject({ register: 'registerplein-sociaal-werk' });
		await savePortfolioProfile(colleague, db, org(a), {
			registerKey: 'registerplein-sociaal-werk',
			periodStart: yearsAgo(1)
		});
		const reflectie = (await getProgress(colleague, db, org(a))).progress!.categories.find(
			(c) => c.key === 'reflectie'
		)!;
		expect(reflectie.minMinutes).toBe(12 * 60);
		await savePortfolioProfile(b.worker, db, org(b), {
			registerKey: 'registerplein-sociaal-werk',
			periodStart: yearsAgo(1)
		});
		const other = (await getProgress(b.worker, db, org(b))).progress!.categories.find((c) => c.key === 'reflectie')!;
		expect(other.minMinutes).toBe(40 * 60);
		await resetRegisterOverride(a.admin, db, { organisationId: org(a), registerKey: 'registerplein-sociaal-werk' });
		const back = (await getProgress(colleague, db, org(a))).progress!.categories.find((c) => c.key === 'reflectie')!;
		expect(back.minMinutes).toBe(40 * 60);
	});
});
