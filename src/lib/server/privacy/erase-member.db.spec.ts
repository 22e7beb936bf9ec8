import { createHash, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { unzipSync, strFromU8 } from 'fflate';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { addMember, createOrgFixture, type MemberFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import {
	adviceSession,
	auditLog,
	code,
	codeRound,
	codeRoundReaction,
	codeRoundRespondent,
	codeVersion,
	feedbackBatch,
	feedbackFollowUp,
	feedbackRequest,
	feedbackResponse,
	membership,
	networkCase,
	networkCaseWorker,
	networkPerson,
	practiceStory,
	reflection,
	selfRating,
	session,
	teamMirrorQuarter,
	user
} from '../db/schema';
import { exportData } from '../db/dump';
import { writeAudit } from '../audit';
import { exportMyData } from './export-my-data';
import { myDataZip } from './my-data-zip';
import { previewMemberErasure } from './preview-member-erasure';
import { eraseMember } from './erase-member';

// Issue 18, AVG art. 15/17/20: a member downloads all their data; an admin erases a member by the
// same rules. After the erasure the person's id, member id, name and e-mail are nowhere in the
// database (the full logical dump), and what colleagues share stays.

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
let p: MemberFixture;
const name = `Pietje Wisbaar ${randomUUID().slice(0, 6)}`;
const ids = {} as {
	ownCase: (typeof networkCase.$inferSelect)['id'];
	sharedCase: (typeof networkCase.$inferSelect)['id'];
	advice: (typeof adviceSession.$inferSelect)['id'];
	respondent: string;
};

async function seedPerson() {
	p = await addMember(db, { organisationId: a.organisationId, label: name, teamId: a.teamId });
	const org = a.organisationId;
	const uid = p.actor.userId;
	await db
		.insert(session)
		.values({ id: randomUUID(), token: randomUUID(), userId: uid, expiresAt: new Date(Date.now() + 86_400_000) });
	const [req] = await db
		.insert(feedbackRequest)
		.values({ organisationId: org, workerUserId: uid, token: randomUUID(), firstName: 'S' })
		.returning();
	const [batch] = await db
		.insert(feedbackBatch)
		.values({ organisationId: org, workerUserId: uid, releasedOn: '2026-10-01', size: 2 })
		.returning();
	const response = (good: string, batchId: string | null) => ({
		requestId: req.id,
		organisationId: org,
		workerUserId: uid,
		raterType: 'resident' as const,
		language: 'nl',
		scores: { listen: 4 },
		good,
		submittedOn: '2026-09-30',
		batchId
	});
	await db.insert(feedbackResponse).values([response('Vrijgegeven tekst', batch.id), response('Nog niet vrij', null)]);
	await db.insert(feedbackFollowUp).values({
		organisationId: org,
		workerUserId: uid,
		text: 'Na afloop',
		submittedOn: '2026-09-30',
		batchId: batch.id
	});
	await db
		.insert(reflection)
		.values({ organisationId: org, workerUserId: uid, batchId: batch.id, text: 'Mijn reflectie' });
	await db
		.insert(selfRating)
		.values({ organisationId: org, workerUserId: uid, quarter: '2026-Q3', scores: { listen: 3 } });
	// A casus only P is on, and one shared with the worker.
	const [own] = await db
		.insert(networkCase)
		.values({ organisationId: org, label: 'Alleen P', createdByUserId: uid })
		.returning();
	const [shared] = await db
		.insert(networkCase)
		.values({ organisationId: org, label: 'Gedeeld', createdByUserId: uid })
		.returning();
	await db.insert(networkCaseWorker).values([
		{ caseId: own.id, userId: uid },
		{ caseId: shared.id, userId: uid },
		{ caseId: shared.id, userId: a.worker.userId }
	]);
	await db.insert(networkPerson).values([
		{ caseId: own.id, name: 'Oma', ring: 1 },
		{ caseId: shared.id, name: 'Buurman', ring: 2 }
	] as (typeof networkPerson.$inferInsert)[]);
	ids.ownCase = own.id;
	ids.sharedCase = shared.id;
	const [advice] = await db
		.insert(adviceSession)
		.values({
			organisationId: org,
			createdByUserId: uid,
			code: randomUUID().slice(0, 8),
			question: 'Hoe?',
			groups: []
		} as typeof adviceSession.$inferInsert)
		.returning();
	ids.advice = advice.id;
	await db.insert(practiceStory).values({
		organisationId: org,
		authorMembershipId: p.membershipId,
		showName: true,
		title: 'Verhaal',
		body: 'Tekst'
	});
	await db.insert(teamMirrorQuarter).values({
		organisationId: org,
		teamId: a.teamId,
		quarter: '2026-Q3',
		released: true,
		workerUserIds: [uid, a.worker.userId, a.coach.userId],
		measures: ['responses'],
		responses: 6,
		residents: {},
		self: {}
	});
	// A consultation reaction, found again by its member_key.
	const [c] = await db.insert(code).values({ organisationId: org, title: 'Code' }).returning();
	const [v] = await db
		.insert(codeVersion)
		.values({ codeId: c.id, number: 1, status: 'draft', title: 'V1' } as typeof codeVersion.$inferInsert)
		.returning();
	const salt = randomUUID();
	const [round] = await db
		.insert(codeRound)
		.values({
			organisationId: org,
			codeId: c.id,
			versionId: v.id,
			question: 'Wat vind je?',
			opensAt: new Date(),
			closesAt: new Date(Date.now() + 86_400_000),
			audience: 'organisation',
			memberSalt: salt
		} as typeof codeRound.$inferInsert)
		.returning();
	const memberKey = createHash('sha256').update(`${salt}:${round.id}:${uid}`).digest('hex');
	const [resp] = await db
		.insert(codeRoundRespondent)
		.values({ roundId: round.id, tokenHash: randomUUID(), memberKey, signedName: name })
		.returning();
	await db.insert(codeRoundReaction).values({
		roundId: round.id,
		respondentId: resp.id,
		articleId: randomUUID(),
		comment: 'Mijn reactie'
	} as typeof codeRoundReaction.$inferInsert);
	ids.respondent = resp.id;
	// Audit entries by and about P.
	await writeAudit(db, p.actor, { organisationId: org, action: 'feedback.read', subjectType: 'user', subjectId: uid });
	await writeAudit(db, a.admin, {
		organisationId: org,
		action: 'member.update',
		subjectType: 'membership',
		subjectId: p.membershipId,
		details: { name, userId: uid }
	});
}

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	await seedPerson();
}, 120_000);
afterAll(() => tdb?.cleanup());

describe('export of my data', () => {
	it('holds the member’s own data, released feedback in groups only, and no secrets', async () => {
		const data = await exportMyData(p.actor, db, a.organisationId);
		const json = JSON.stringify(data);
		expect(data.tables.reflection?.[0]?.text).toBe('Mijn reflectie');
		expect(data.tables.self_rating).toHaveLength(1);
		expect(data.tables.network_case?.map((c) => c.label).sort()).toEqual(['Alleen P', 'Gedeeld']);
		expect(data.tables.network_person).toHaveLength(2);
		expect(data.tables.advice_session).toHaveLength(1);
		expect(data.tables.code_round_reaction?.[0]?.comment).toBe('Mijn reactie');
		expect(data.tables.audit_log?.length).toBeGreaterThanOrEqual(2);
		expect(data.tables.released_feedback).toEqual([
			expect.objectContaining({ good: ['Vrijgegeven tekst'], follow_ups: ['Na afloop'], scores: [{ listen: 4 }] })
		]);
		// Not yet released, and no raw answers with rater or day.
		expect(json).not.toContain('Nog niet vrij');
		expect(data.tables.feedback_response).toBeUndefined();
		// No password hash or session token.
		expect(data.tables.account?.[0]).not.toHaveProperty('password');
		expect(data.tables.session?.[0]).not.toHaveProperty('token');
		expect(json).not.toContain(a.worker.email);
	});

	it('is only ever about the signed-in member: a member of another organisation gets nothing', async () => {
		await expect(exportMyData(b.worker, db, a.organisationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		const other = await exportMyData(a.worker, db, a.organisationId);
		expect(JSON.stringify(other)).not.toContain('Mijn reflectie');
		expect(JSON.stringify(other)).not.toContain('Alleen P');
	});

	it('writes a ZIP with gegevens.json and index.html that unzip accepts', async () => {
		const data = await exportMyData(p.actor, db, a.organisationId);
		const zip = myDataZip(data);
		const files = unzipSync(zip);
		expect(Object.keys(files).sort()).toEqual(['gegevens.json', 'index.html']);
		expect(JSON.parse(strFromU8(files['gegevens.json'])).tables.reflection[0].text).toBe('Mijn reflectie');
		const html = strFromU8(files['index.html']);
		expect(html).toContain('Mijn reflectie');
		expect(html).toContain('andere mensen');
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'avg-')), 'gegevens.zip');
		writeFileSync(file, zip);
		let unzipAvailable = true;
		try {
			execFileSync('unzip', ['-v'], { stdio: 'ignore' });
		} catch {
			unzipAvailable = false;
		}
		if (unzipAvailable) expect(execFileSync('unzip', ['-t', file]).toString()).toContain('No errors detected');
	});
});

describe('erasure of a member', () => {
	it('is for admins of the organisation only', async () => {
		const opts = { organisationId: a.organisationId, membershipId: p.membershipId };
		await expect(previewMemberErasure(a.coach, db, opts)).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(eraseMember(a.worker, db, opts)).rejects.toMatchObject({ code: 'FORBIDDEN' });
		// An admin of another organisation, with this organisation's ids or their own.
		await expect(eraseMember(b.admin, db, opts)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			eraseMember(b.admin, db, { organisationId: b.organisationId, membershipId: p.membershipId })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			eraseMember(a.admin, db, { organisationId: a.organisationId, membershipId: a.membershipIds.admin })
		).rejects.toMatchObject({ code: 'CONFLICT' });
	});

	it('first lists per table what goes, changes and stays, and changes nothing', async () => {
		const preview = await previewMemberErasure(a.admin, db, {
			organisationId: a.organisationId,
			membershipId: p.membershipId
		});
		const count = (table: string, action: string) =>
			preview.parts.filter((x) => x.table === table && x.action === action).reduce((n, x) => n + x.count, 0);
		expect(preview.name).toBe(name);
		expect(count('feedback_response', 'delete')).toBe(2);
		expect(count('reflection', 'delete')).toBe(1);
		expect(count('network_case', 'delete')).toBe(1);
		expect(count('network_case', 'anonymise')).toBe(1);
		expect(count('network_person', 'keep')).toBe(1);
		expect(count('advice_session', 'anonymise')).toBe(1);
		expect(count('team_mirror_quarter', 'anonymise')).toBe(1);
		expect(count('code_round_respondent', 'anonymise')).toBe(1);
		expect(count('session', 'delete')).toBe(1);
		expect(count('user', 'delete')).toBe(1);
		expect(preview.parts.find((x) => x.table === 'audit_log')?.reason).toBe('audit');
		const [still] = await db.select().from(user).where(eq(user.id, p.actor.userId));
		expect(still?.name).toBe(name);
	});

	it('erases in one go: the person is nowhere in the database, colleagues keep what they share', async () => {
		const before = await exportData(db, tdb.database.engine);
		expect(JSON.stringify(before)).toContain(p.actor.userId);
		await eraseMember(a.admin, db, { organisationId: a.organisationId, membershipId: p.membershipId });
		const dump = JSON.stringify(await exportData(db, tdb.database.engine));
		for (const needle of [p.actor.userId, p.membershipId, name, p.actor.email]) expect(dump).not.toContain(needle);
		expect(dump).not.toContain(name.split(' ').at(-1)!);
		// Signed out everywhere.
		expect(await db.select().from(session).where(eq(session.userId, p.actor.userId))).toEqual([]);
		// The private casus went; the shared one stays for the colleague, with its people.
		expect(await db.select().from(networkCase).where(eq(networkCase.id, ids.ownCase))).toEqual([]);
		const shared = await db.select().from(networkPerson).where(eq(networkPerson.caseId, ids.sharedCase));
		expect(shared.map((x) => x.name)).toEqual(['Buurman']);
		// The advice session's report stays, without its facilitator.
		const [advice] = await db.select().from(adviceSession).where(eq(adviceSession.id, ids.advice));
		expect(advice.createdByUserId).toBeNull();
		// The team figure stays, without the person's id.
		const [quarter] = await db
			.select()
			.from(teamMirrorQuarter)
			.where(eq(teamMirrorQuarter.organisationId, a.organisationId));
		expect(quarter.workerUserIds.sort()).toEqual([a.worker.userId, a.coach.userId].sort());
		expect(quarter.responses).toBe(6);
		// The consultation reaction stays, untraceable.
		const [resp] = await db.select().from(codeRoundRespondent).where(eq(codeRoundRespondent.id, ids.respondent));
		expect(resp.memberKey).toBeNull();
		expect(resp.signedName).toBeNull();
		// A receipt with counts only.
		const [receipt] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.organisationId, a.organisationId), eq(auditLog.action, 'member.erase')));
		expect(receipt.actorUserId).toBe(a.admin.userId);
		expect((receipt.details as { tables: Record<string, Record<string, number>> }).tables.reflection).toEqual({
			delete: 1
		});
		// The other organisation and the colleagues are untouched.
		expect(await db.select().from(membership).where(eq(membership.userId, b.worker.userId))).toHaveLength(1);
		expect(await db.select().from(user).where(eq(user.id, a.worker.userId))).toHaveLength(1);
	});
});
