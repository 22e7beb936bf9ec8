import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { adviceParticipant, adviceTip, adviceVote, auditLog } from '../db/schema';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { LiveHub, type LiveEvent } from '../realtime';
import { addPaperTips } from './add-paper-tips';
import { assignAdviceTips } from './assign-advice-tips';
import { castAdviceVotes } from './cast-advice-votes';
import { createAdviceSession } from './create-advice-session';
import { exportAdviceCsv } from './export-advice-csv';
import { findAdviceSessions } from './find-advice-sessions';
import { getAdviceReport } from './get-advice-report';
import { getAdviceSession } from './get-advice-session';
import { getParticipantView } from './get-participant-view';
import { joinAdviceSession } from './join-advice-session';
import { adviceChannel, registerAdviceRefreshers } from './live';
import { createAdviceTheme } from './create-advice-theme';
import { mergeAdviceThemes } from './merge-advice-themes';
import { moderateAdviceTip } from './moderate-advice-tip';
import { saveTopIdea } from './save-top-idea';
import { setAdvicePhase } from './set-advice-phase';
import { submitAdviceTip } from './submit-advice-tip';
import { updateAdviceSession } from './update-advice-session';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;

const input = {
	question: 'Wat maakt dat je een sociaal werker vertrouwt?',
	explanation: '',
	groups: ['inwoners', 'sociaal werkers', 'beleidsmakers'],
	dotsPerPerson: 3,
	moderation: false,
	language: 'nl' as const
};
const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });
/** Outside the organisation: not found; inside another organisation without the role: forbidden. */
const denied = (p: Promise<unknown>) =>
	expect(p).rejects.toMatchObject({ code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/u) });
let nonce = 0;
const tip = (code: string, secret: string, text: string) =>
	submitAdviceTip(code, db, { secret, text, nonce: `nonce-${(nonce += 1)}-abcdef` });

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
});
afterAll(() => tdb?.cleanup());

async function openSession(overrides: Partial<typeof input> = {}) {
	const s = await createAdviceSession(a.facilitator, db, a.organisationId, { ...input, ...overrides });
	await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'tips' });
	const board = await getAdviceSession(a.facilitator, db, a.organisationId, s.id);
	const [residents, workers, policy] = board.session.groups.map((g) => g.key);
	return { ...s, groups: { residents, workers, policy } };
}

describe('advice sessions', () => {
	it('only facilitators create and run sessions; another organisation sees nothing', async () => {
		await rejects(createAdviceSession(a.worker, db, a.organisationId, input), 'FORBIDDEN');
		const s = await openSession();
		for (const outsider of [b.facilitator, b.admin, b.worker]) {
			await rejects(getAdviceSession(outsider, db, a.organisationId, s.id));
			await rejects(getAdviceReport(outsider, db, a.organisationId, s.id));
			await denied(getAdviceSession(outsider, db, b.organisationId, s.id));
			await denied(getAdviceReport(outsider, db, b.organisationId, s.id));
			await denied(setAdvicePhase(outsider, db, b.organisationId, s.id, { phase: 'closed' }));
			await denied(updateAdviceSession(outsider, db, b.organisationId, s.id, { ...input, question: 'Overgenomen' }));
			await denied(addPaperTips(outsider, db, b.organisationId, s.id, { lines: ['x'], groupKey: s.groups.residents }));
			await denied(exportAdviceCsv(outsider, db, b.organisationId, s.id));
		}
		// A worker of the same organisation reads the report, but cannot run the session.
		await rejects(getAdviceSession(a.worker, db, a.organisationId, s.id), 'FORBIDDEN');
		await rejects(setAdvicePhase(a.worker, db, a.organisationId, s.id, { phase: 'closed' }), 'FORBIDDEN');
		expect((await getAdviceReport(a.worker, db, a.organisationId, s.id)).session.question).toBe(input.question);
		const board = await getAdviceSession(a.facilitator, db, a.organisationId, s.id);
		expect(board.session.phase).toBe('tips');
		expect(board.session.question).toBe(input.question);
	});

	it("the session list counts each session's own participants and tips; another organisation's list is empty", async () => {
		const s = await openSession();
		const p = await joinAdviceSession(s.code, db, { groupKey: s.groups.residents });
		await joinAdviceSession(s.code, db, { groupKey: s.groups.workers });
		await tip(s.code, p.secret, 'Geteld');
		await addPaperTips(a.facilitator, db, a.organisationId, s.id, {
			lines: ['Papier 1', 'Papier 2'],
			groupKey: s.groups.policy
		});
		const other = await openSession();
		const list = await findAdviceSessions(a.facilitator, db, a.organisationId);
		expect(list.find((x) => x.id === s.id)).toMatchObject({ participants: 2, tips: 3 });
		expect(list.find((x) => x.id === other.id)).toMatchObject({ participants: 0, tips: 0 });
		expect((await findAdviceSessions(a.worker, db, a.organisationId)).find((x) => x.id === s.id)).toBeDefined();
		expect((await findAdviceSessions(b.facilitator, db, b.organisationId)).map((x) => x.id)).not.toContain(s.id);
		await denied(findAdviceSessions(b.facilitator, db, a.organisationId));
	});

	it("B's facilitator cannot move A's tips into B's themes, nor A's tips into its own session", async () => {
		const s = await openSession();
		const p = await joinAdviceSession(s.code, db, { groupKey: s.groups.residents });
		const t = await tip(s.code, p.secret, 'Neem de tijd');
		const other = await createAdviceSession(b.facilitator, db, b.organisationId, input);
		const theme = await createAdviceTheme(b.facilitator, db, b.organisationId, other.id, { name: 'B-thema' });
		await rejects(assignAdviceTips(b.facilitator, db, b.organisationId, other.id, { [t.id]: theme.id }));
		await rejects(moderateAdviceTip(b.facilitator, db, b.organisationId, other.id, { tipId: t.id, status: 'hidden' }));
		const [row] = await db.select().from(adviceTip).where(eq(adviceTip.id, t.id));
		expect(row.themeId).toBeNull();
		expect(row.status).toBe('visible');
	});

	it('participants: no name, no IP; each sees only their own tips; a replayed tip is stored once', async () => {
		const s = await openSession();
		const one = await joinAdviceSession(s.code.toLowerCase(), db, { groupKey: s.groups.residents });
		const two = await joinAdviceSession(s.code, db, { groupKey: s.groups.workers });
		await rejects(joinAdviceSession(s.code, db, { groupKey: 'bestaat-niet' }), 'INVALID_INPUT');
		const first = await submitAdviceTip(s.code, db, {
			secret: one.secret,
			text: 'Kom je afspraken na',
			nonce: 'replay-nonce-1'
		});
		const again = await submitAdviceTip(s.code, db, {
			secret: one.secret,
			text: 'Kom je afspraken na',
			nonce: 'replay-nonce-1'
		});
		expect(again).toEqual({ id: first.id, duplicate: true });
		await tip(s.code, two.secret, 'Luister echt naar me');
		const viewOne = await getParticipantView(s.code, db, one.secret);
		const viewTwo = await getParticipantView(s.code, db, two.secret);
		expect(viewOne.ownTips.map((t) => t.text)).toEqual(['Kom je afspraken na']);
		expect(viewTwo.ownTips.map((t) => t.text)).toEqual(['Luister echt naar me']);
		expect(JSON.stringify(viewOne)).not.toContain('Luister echt');
		const stranger = await getParticipantView(s.code, db, 'not-a-secret');
		expect(stranger.participant).toBeNull();
		expect(stranger.ownTips).toEqual([]);
		await rejects(tip(s.code, 'not-a-secret', 'Ingebroken'), 'UNAUTHORIZED');
		// What is stored about a participant: the group, the day, the hash of the browser's secret.
		const [row] = await db.select().from(adviceParticipant).where(eq(adviceParticipant.id, one.participantId));
		expect(Object.keys(row).sort()).toEqual(['groupKey', 'id', 'joinedOn', 'secretHash', 'sessionId', 'votesVersion']);
		expect(row.secretHash).not.toBe(one.secret);
		expect(row.joinedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
		// The facilitator's board never carries who sent a tip.
		const board = await getAdviceSession(a.facilitator, db, a.organisationId, s.id);
		expect(board.tips.every((t) => !('participantId' in t))).toBe(true);
	});

	it("dots cannot be exceeded, spent twice, replayed or put on another session's theme", async () => {
		const s = await openSession();
		const p = await joinAdviceSession(s.code, db, { groupKey: s.groups.residents });
		const t1 = await tip(s.code, p.secret, 'Tijd nemen');
		const t2 = await tip(s.code, p.secret, 'Terugbellen');
		const x = await createAdviceTheme(a.facilitator, db, a.organisationId, s.id, { name: 'Tijd', tipIds: [t1.id] });
		const y = await createAdviceTheme(a.facilitator, db, a.organisationId, s.id, {
			name: 'Afspraken',
			tipIds: [t2.id]
		});
		// Not yet voting.
		await rejects(castAdviceVotes(s.code, db, { secret: p.secret, version: 0, dots: { [x.id]: 1 } }), 'CONFLICT');
		await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'voting' });
		await rejects(
			castAdviceVotes(s.code, db, { secret: p.secret, version: 0, dots: { [x.id]: 3, [y.id]: 1 } }),
			'INVALID_INPUT'
		);
		await rejects(castAdviceVotes(s.code, db, { secret: p.secret, version: 0, dots: { [x.id]: -1 } }), 'INVALID_INPUT');
		const other = await openSession();
		const foreign = await createAdviceTheme(a.facilitator, db, a.organisationId, other.id, { name: 'Elders' });
		await rejects(
			castAdviceVotes(s.code, db, { secret: p.secret, version: 0, dots: { [foreign.id]: 1 } }),
			'INVALID_INPUT'
		);
		// A browser that did not join, a participant of another session and an unknown code get nowhere.
		await rejects(castAdviceVotes(s.code, db, { secret: undefined, version: 0, dots: { [x.id]: 1 } }), 'UNAUTHORIZED');
		const stranger = await joinAdviceSession(other.code, db, { groupKey: other.groups.residents });
		await rejects(
			castAdviceVotes(s.code, db, { secret: stranger.secret, version: 0, dots: { [x.id]: 1 } }),
			'UNAUTHORIZED'
		);
		await rejects(castAdviceVotes('ZZZZZZ', db, { secret: p.secret, version: 0, dots: { [x.id]: 1 } }), 'NOT_FOUND');
		// Two requests made from the same form (double click, replay, two tabs): only the first counts.
		const both = await Promise.allSettled([
			castAdviceVotes(s.code, db, { secret: p.secret, version: 0, dots: { [x.id]: 3 } }),
			castAdviceVotes(s.code, db, { secret: p.secret, version: 0, dots: { [y.id]: 3 } })
		]);
		expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(both.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
		await rejects(castAdviceVotes(s.code, db, { secret: p.secret, version: 0, dots: { [x.id]: 3 } }), 'CONFLICT');
		const votes = await db.select().from(adviceVote).where(eq(adviceVote.participantId, p.participantId));
		expect(votes.reduce((sum, v) => sum + v.dots, 0)).toBe(3);
		// Changing one's mind with the current form replaces the dots.
		const { version } = await castAdviceVotes(s.code, db, {
			secret: p.secret,
			version: 1,
			dots: { [x.id]: 1, [y.id]: 2 }
		});
		expect(version).toBe(2);
		const board = await getAdviceSession(a.facilitator, db, a.organisationId, s.id);
		expect(board.results.ranking.map((r) => [r.name, r.dots])).toEqual([
			['Afspraken', 2],
			['Tijd', 1]
		]);
		// Taking dots away from a theme removes them there; taking all away leaves none.
		const dotsOf = async () =>
			(await db.select().from(adviceVote).where(eq(adviceVote.participantId, p.participantId)))
				.map((v) => [v.themeId, v.dots])
				.sort();
		await castAdviceVotes(s.code, db, { secret: p.secret, version: 2, dots: { [x.id]: 0, [y.id]: 3 } });
		expect(await dotsOf()).toEqual([[y.id, 3]]);
		await castAdviceVotes(s.code, db, { secret: p.secret, version: 3, dots: {} });
		expect(await dotsOf()).toEqual([]);
		await castAdviceVotes(s.code, db, { secret: p.secret, version: 4, dots: { [x.id]: 1, [y.id]: 2 } });
		// Merging keeps every dot: the participant's dots add up on the remaining theme.
		await mergeAdviceThemes(a.facilitator, db, a.organisationId, s.id, { fromId: x.id, intoId: y.id });
		const merged = await getAdviceSession(a.facilitator, db, a.organisationId, s.id);
		expect(merged.results.ranking).toEqual([{ themeId: y.id, name: 'Afspraken', dots: 3 }]);
		expect(merged.tips.filter((t) => t.themeId === y.id)).toHaveLength(2);
		// Dots per person cannot drop below what someone already spent.
		await rejects(
			updateAdviceSession(a.facilitator, db, a.organisationId, s.id, { ...input, dotsPerPerson: 2 }),
			'CONFLICT'
		);
	});

	it('a closed session refuses tips and votes with a clear message, and keeps everything', async () => {
		const s = await openSession();
		const p = await joinAdviceSession(s.code, db, { groupKey: s.groups.policy });
		await tip(s.code, p.secret, 'Minder formulieren');
		await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'closed' });
		await expect(tip(s.code, p.secret, 'Te laat')).rejects.toMatchObject({
			code: 'CONFLICT',
			message: expect.stringContaining('gesloten')
		});
		await expect(castAdviceVotes(s.code, db, { secret: p.secret, version: 0, dots: {} })).rejects.toMatchObject({
			code: 'CONFLICT',
			message: expect.stringContaining('gesloten')
		});
		await rejects(joinAdviceSession(s.code, db, { groupKey: s.groups.policy }), 'CONFLICT');
		const report = await getAdviceReport(a.worker, db, a.organisationId, s.id);
		expect(report.tips.map((t) => t.text)).toEqual(['Minder formulieren']);
		// Reopening a phase works.
		await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'tips' });
		await expect(tip(s.code, p.secret, 'Toch nog')).resolves.toMatchObject({ duplicate: false });
	});

	it('moderation: tips wait, hidden ones stay out of the report; paper tips, top ideas and CSV', async () => {
		const s = await openSession({ moderation: true });
		const p = await joinAdviceSession(s.code, db, { groupKey: s.groups.residents });
		const ok = await tip(s.code, p.secret, 'Bel terug als je het belooft');
		const rude = await tip(s.code, p.secret, 'Iets onaardigs');
		let board = await getAdviceSession(a.facilitator, db, a.organisationId, s.id);
		expect(board.tips.map((t) => t.status)).toEqual(['pending', 'pending']);
		await moderateAdviceTip(a.facilitator, db, a.organisationId, s.id, { tipId: ok.id, status: 'visible' });
		await moderateAdviceTip(a.facilitator, db, a.organisationId, s.id, { tipId: rude.id, status: 'hidden' });
		await addPaperTips(a.facilitator, db, a.organisationId, s.id, {
			lines: ['Neem de tijd', 'Kijk me aan'],
			groupKey: s.groups.workers
		});
		board = await getAdviceSession(a.facilitator, db, a.organisationId, s.id);
		expect(board.tips.filter((t) => t.fromPaper).map((t) => t.status)).toEqual(['visible', 'visible']);
		const theme = await createAdviceTheme(a.facilitator, db, a.organisationId, s.id, {
			name: 'Afspraken nakomen',
			tipIds: [ok.id]
		});
		await saveTopIdea(a.facilitator, db, a.organisationId, s.id, {
			id: null,
			themeId: theme.id,
			wording: 'Doe wat je zegt',
			quoteTipIds: [ok.id]
		});
		const report = await getAdviceReport(a.worker, db, a.organisationId, s.id);
		expect(report.tips.map((t) => t.text).sort()).toEqual([
			'Bel terug als je het belooft',
			'Kijk me aan',
			'Neem de tijd'
		]);
		const csv = await exportAdviceCsv(a.worker, db, a.organisationId, s.id);
		expect(csv).toContain('Kijk me aan');
		expect(csv).toContain('Doe wat je zegt');
		// Dutch column names and kinds, ";" between cells (csv.ts).
		expect(csv.startsWith('\uFEFFSoort;Thema;Stippen;Groep;Tekst;Wie;Wanneer klaar;Stand\r\n')).toBe(true);
		expect(csv).toContain('tip;Afspraken nakomen;0;');
		expect(csv).toContain('topidee;Afspraken nakomen;0;;Doe wat je zegt;;;\r\n');
		expect(csv).toContain('citaat;Afspraken nakomen;;;Bel terug als je het belooft;;;\r\n');
		expect(csv).not.toContain('onaardigs');
		const audits = await db.select().from(auditLog).where(eq(auditLog.subjectId, s.id));
		expect(audits.map((r) => r.action)).toEqual(expect.arrayContaining(['advice.report.export', 'advice.tips.paper']));
	});

	it('live: a tip reaches subscribers; votes arrive coalesced as totals; resume replays missed events', async () => {
		const hub = new LiveHub(tdb.database);
		registerAdviceRefreshers(hub, db);
		await hub.start();
		try {
			const s = await openSession();
			const p = await joinAdviceSession(s.code, db, { groupKey: s.groups.residents });
			const received: LiveEvent[] = [];
			const { unsubscribe } = hub.subscribe(adviceChannel(s.id), null, (e) => received.push(e));
			const sent = await tip(s.code, p.secret, 'Live tip');
			await expect.poll(() => received.map((e) => e.type)).toContain('tip');
			const tipEvent = received.find((e) => e.type === 'tip')!;
			// A second phone joins: the wall hears the new count (coalesced, like votes).
			await joinAdviceSession(s.code, db, { groupKey: s.groups.workers });
			await expect
				.poll(() => received.find((e) => e.type === 'participants')?.data, { timeout: 3000 })
				.toEqual({ count: 2 });
			expect(tipEvent.data).toMatchObject({ id: sent.id, text: 'Live tip', status: 'visible', visible: 1 });
			const theme = await createAdviceTheme(a.facilitator, db, a.organisationId, s.id, {
				name: 'Live',
				tipIds: [sent.id]
			});
			await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'voting' });
			await castAdviceVotes(s.code, db, { secret: p.secret, version: 0, dots: { [theme.id]: 2 } });
			await expect
				.poll(() => received.find((e) => e.type === 'votes')?.data, { timeout: 3000 })
				.toEqual({
					totals: { [theme.id]: 2 }
				});
			// A browser that saw the tip event reconnects: it gets what came after, in order.
			const resumed = hub.subscribe(adviceChannel(s.id), tipEvent.id!, () => {});
			// (Coalesced events such as the participant count are current state: never replayed.)
			expect(resumed.replay?.map((e) => e.type)).toEqual(['themes', 'phase']);
			resumed.unsubscribe();
			// An unknown id (e.g. another instance restarted) gets no replay: the caller sends a snapshot.
			expect(hub.subscribe(adviceChannel(s.id), '999999999', () => {}).replay).toBeNull();
			unsubscribe();
		} finally {
			await hub.close();
		}
	});
});
