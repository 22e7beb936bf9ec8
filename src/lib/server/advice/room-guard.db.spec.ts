import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type Db } from '../db/client';
import { adviceParticipant, adviceTip, auditLog } from '../db/schema';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { tipSchema } from '../../validation/advice';
import { castAdviceVotes } from './cast-advice-votes';
import { createAdviceSession } from './create-advice-session';
import { getAdviceSession } from './get-advice-session';
import { getParticipantView } from './get-participant-view';
import { joinAdviceSession, MAX_PARTICIPANTS } from './join-advice-session';
import { lockAdviceSession } from './lock-advice-session';
import { createAdviceTheme } from './create-advice-theme';
import { removeSilentParticipants } from './remove-silent-participants';
import { setAdvicePhase } from './set-advice-phase';
import { submitAdviceTip } from './submit-advice-tip';

/** Issue 12, findings 8, 13, 14 and 17: what a script, a crafted form or a database dump can do. */
let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;

const input = {
	question: 'Wat maakt dat je een sociaal werker vertrouwt?',
	explanation: 'Geheime toelichting',
	groups: ['inwoners', 'sociaal werkers'],
	dotsPerPerson: 3,
	moderation: false,
	language: 'nl' as const
};
let nonce = 0;
const send = (code: string, secret: string, text: string) =>
	submitAdviceTip(code, db, { secret, text, nonce: `room-guard-${(nonce += 1)}` });

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
});
afterAll(() => tdb?.cleanup());

async function openSession() {
	const s = await createAdviceSession(a.facilitator, db, a.organisationId, input);
	await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'tips' });
	const board = await getAdviceSession(a.facilitator, db, a.organisationId, s.id);
	return { ...s, groupKey: board.session.groups[0].key };
}

describe('a live session against scripted joins', () => {
	it('locked: nobody new gets in, who joined before goes on; only its facilitators may lock', async () => {
		const s = await openSession();
		const early = await joinAdviceSession(s.code, db, { groupKey: s.groupKey });
		await expect(lockAdviceSession(b.facilitator, db, b.organisationId, s.id, { locked: true })).rejects.toMatchObject({
			code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/u)
		});
		await expect(lockAdviceSession(a.worker, db, a.organisationId, s.id, { locked: true })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await lockAdviceSession(a.facilitator, db, a.organisationId, s.id, { locked: true });
		await expect(joinAdviceSession(s.code, db, { groupKey: s.groupKey })).rejects.toMatchObject({
			code: 'CONFLICT',
			message: expect.stringMatching(/dicht voor nieuwe deelnemers/u)
		});
		// The one who was already in keeps their place (joining again is a no-op) and keeps sending.
		expect((await joinAdviceSession(s.code, db, { groupKey: s.groupKey, secret: early.secret })).participantId).toBe(
			early.participantId
		);
		await send(s.code, early.secret, 'Neem de tijd');
		expect((await getParticipantView(s.code, db, early.secret)).ownTips).toHaveLength(1);
		await lockAdviceSession(a.facilitator, db, a.organisationId, s.id, { locked: false });
		await joinAdviceSession(s.code, db, { groupKey: s.groupKey });
		const actions = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, s.id));
		expect(actions.map((r) => r.action)).toEqual(
			expect.arrayContaining(['advice.session.lock', 'advice.session.unlock'])
		);
	});

	it('a wave of empty joins is removed; everyone who sent a tip or a dot stays with what they sent', async () => {
		const s = await openSession();
		const talker = await joinAdviceSession(s.code, db, { groupKey: s.groupKey });
		const voter = await joinAdviceSession(s.code, db, { groupKey: s.groupKey });
		await send(s.code, talker.secret, 'Kom je afspraken na');
		for (let i = 0; i < 40; i++) await joinAdviceSession(s.code, db, { groupKey: s.groupKey });
		const theme = await createAdviceTheme(a.facilitator, db, a.organisationId, s.id, { name: 'Afspraken' });
		await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'voting' });
		await castAdviceVotes(s.code, db, { secret: voter.secret, version: 0, dots: { [theme.id]: 2 } });

		await expect(removeSilentParticipants(b.facilitator, db, b.organisationId, s.id)).rejects.toBeTruthy();
		expect((await getAdviceSession(a.facilitator, db, a.organisationId, s.id)).participants).toBe(42);
		expect(await removeSilentParticipants(a.facilitator, db, a.organisationId, s.id)).toEqual({ removed: 40 });
		const board = await getAdviceSession(a.facilitator, db, a.organisationId, s.id);
		expect(board.participants).toBe(2);
		expect(board.tips.map((t) => t.text)).toEqual(['Kom je afspraken na']);
		expect((await getParticipantView(s.code, db, voter.secret)).myDots).toEqual({ [theme.id]: 2 });
	});

	it('a full room: a new phone takes the seat of a silent join; when everyone has spoken, the room is full', async () => {
		const s = await openSession();
		const talker = await joinAdviceSession(s.code, db, { groupKey: s.groupKey });
		await send(s.code, talker.secret, 'Luister eerst');
		// A wave of empty joins fills the room (written at once: 5,000 joins one by one take a minute).
		await db.execute(sql`insert into advice_participant (session_id, secret_hash, group_key, joined_on)
			select ${s.id}, 'wave-' || g, ${s.groupKey}, current_date from generate_series(1, ${MAX_PARTICIPANTS - 1}) g`);
		const count = async () => (await getAdviceSession(a.facilitator, db, a.organisationId, s.id)).participants;
		expect(await count()).toBe(MAX_PARTICIPANTS);
		const late = await joinAdviceSession(s.code, db, { groupKey: s.groupKey });
		expect(await count()).toBe(MAX_PARTICIPANTS);
		expect((await getParticipantView(s.code, db, late.secret)).participant).toBeTruthy();
		expect((await getParticipantView(s.code, db, talker.secret)).ownTips.map((t) => t.text)).toEqual(['Luister eerst']);

		// Everyone but the talker and the late phone sends a tip: nobody silent is left.
		await db.execute(sql`insert into advice_tip (session_id, participant_id, group_key, text, nonce)
			select p.session_id, p.id, p.group_key, 'golf', 'wave-' || p.id from advice_participant p
			where p.session_id = ${s.id} and p.secret_hash like 'wave-%'`);
		await send(s.code, late.secret, 'Ik ben er ook');
		await expect(joinAdviceSession(s.code, db, { groupKey: s.groupKey })).rejects.toMatchObject({
			refusal: { reason: 'full' }
		});
		expect(await count()).toBe(MAX_PARTICIPANTS);
	});
});

describe('crafted input gives a clear 4xx, never a database error', () => {
	it('a NUL byte in a tip is refused by the form schema; huge vote numbers by the use case', async () => {
		const parsed = tipSchema.safeParse({ text: 'Luister\u0000 naar me', nonce: '' });
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0].message).toMatch(/onzichtbaar stuurteken/u);

		const s = await openSession();
		const p = await joinAdviceSession(s.code, db, { groupKey: s.groupKey });
		const theme = await createAdviceTheme(a.facilitator, db, a.organisationId, s.id, { name: 'Tijd' });
		await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'voting' });
		for (const dots of [99999999999, 1e21, 2147483648]) {
			await expect(
				castAdviceVotes(s.code, db, { secret: p.secret, version: 0, dots: { [theme.id]: dots } })
			).rejects.toMatchObject({ code: 'INVALID_INPUT' });
		}
		for (const version of [2147483648, 1e21, -1]) {
			await expect(
				castAdviceVotes(s.code, db, { secret: p.secret, version, dots: { [theme.id]: 1 } })
			).rejects.toMatchObject({ code: 'CONFLICT' });
		}
		expect(await castAdviceVotes(s.code, db, { secret: p.secret, version: 0, dots: { [theme.id]: 1 } })).toEqual({
			version: 1
		});
	});
});

describe('what a code and a dump tell', () => {
	it('a session still being prepared shows nothing of itself to its code', async () => {
		const s = await createAdviceSession(a.facilitator, db, a.organisationId, input);
		const view = getParticipantView(s.code, db, undefined);
		await expect(view).rejects.toMatchObject({
			code: 'CONFLICT',
			message: expect.stringMatching(/nog niet begonnen/u)
		});
		await expect(joinAdviceSession(s.code, db, { groupKey: 'inwoners' })).rejects.toMatchObject({ code: 'CONFLICT' });
	});

	it('a tip keeps only its day; the facilitator gets them in an order that is not arrival order', async () => {
		const s = await openSession();
		const p = await joinAdviceSession(s.code, db, { groupKey: s.groupKey });
		const texts = Array.from({ length: 12 }, (_, i) => `Tip nummer ${i + 1}`);
		for (const text of texts) await send(s.code, p.secret, text);
		const columns = rowsOf<{ column_name: string; data_type: string }>(
			await db.execute(
				sql`select column_name, data_type from information_schema.columns where table_name = 'advice_tip'`
			)
		);
		const timeColumns = columns.filter((c) => /time/u.test(c.data_type));
		expect(timeColumns).toEqual([]);
		const [row] = await db.select().from(adviceTip).where(eq(adviceTip.participantId, p.participantId)).limit(1);
		expect(row.createdOn).toMatch(/^\d{4}-\d{2}-\d{2}$/u);

		const board = await getAdviceSession(a.facilitator, db, a.organisationId, s.id);
		expect(JSON.stringify(board.tips)).not.toMatch(/T\d{2}:\d{2}/u);
		const shown = board.tips.map((t) => t.text);
		expect([...shown].sort()).toEqual([...texts].sort());
		// By random id: the same order every time, and (1 in 12! by chance) not the order they came in.
		expect(shown).not.toEqual(texts);
		const again = await getAdviceSession(a.facilitator, db, a.organisationId, s.id);
		expect(again.tips.map((t) => t.text)).toEqual(shown);
		const participants = await db.select().from(adviceParticipant).where(eq(adviceParticipant.id, p.participantId));
		expect(participants[0].joinedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
	});
});
