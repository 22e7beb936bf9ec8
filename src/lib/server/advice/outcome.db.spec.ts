import type { AdviceSessionId } from '../ids';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { adviceParticipant, adviceSession, auditLog } from '../db/schema';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { castAdviceVotes } from './cast-advice-votes';
import { createAdviceSession } from './create-advice-session';
import { getAdviceOutcome } from './get-advice-outcome';
import { getAdviceSession } from './get-advice-session';
import { getParticipantView } from './get-participant-view';
import { joinAdviceSession } from './join-advice-session';
import { createAdviceTheme } from './create-advice-theme';
import { saveAdviceAction } from './save-advice-action';
import { saveTopIdea } from './save-top-idea';
import { saveTopIdeaResponse } from './save-top-idea-response';
import { moderateAdviceTip } from './moderate-advice-tip';
import { outcomePath } from './outcome-link';
import { publishAdviceOutcome } from './publish-advice-outcome';
import { setAdvicePhase } from './set-advice-phase';
import { submitAdviceTip } from './submit-advice-tip';

// Issue 13, item 3: "Wat deden we met jullie advies?" — a public page per session that the facilitator
// publishes, and that shows nothing of a session that is not public.

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'Wijkteam A');
	b = await createOrgFixture(db, 'Wijkteam B');
});
afterAll(() => tdb?.cleanup());

const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });
const denied = (p: Promise<unknown>) =>
	expect(p).rejects.toMatchObject({ code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/u) });
let nonce = 0;

/**
 * A session in the top-ideas phase: two participants (one resident, one policy maker: groups below 3
 * voters), three tips of which one is moderated away, one theme, a top idea quoting the visible tips and
 * the hidden one, a response and two actions.
 */
async function finishedSession(question: string) {
	const s = await createAdviceSession(a.facilitator, db, a.organisationId, {
		question,
		explanation: 'In de bibliotheek',
		groups: ['inwoners', 'beleidsmakers'],
		dotsPerPerson: 3,
		moderation: false,
		language: 'nl'
	});
	await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'tips' });
	const board = await getAdviceSession(a.facilitator, db, a.organisationId, s.id);
	const [residents, policy] = board.session.groups.map((g) => g.key);
	const one = await joinAdviceSession(s.code, db, { groupKey: residents });
	const two = await joinAdviceSession(s.code, db, { groupKey: policy });
	const tip = (secret: string, text: string) =>
		submitAdviceTip(s.code, db, { secret, text, nonce: `outcome-${(nonce += 1)}-abcdef` });
	const t1 = await tip(one.secret, 'Bel terug als je het belooft');
	const t2 = await tip(two.secret, 'Doe wat je zegt');
	const t3 = await tip(one.secret, 'Iets onaardigs over Sanne');
	const theme = await createAdviceTheme(a.facilitator, db, a.organisationId, s.id, {
		name: 'Afspraken nakomen',
		tipIds: [t1.id, t2.id, t3.id]
	});
	await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'voting' });
	await castAdviceVotes(s.code, db, { secret: one.secret, version: 0, dots: { [theme.id]: 3 } });
	await castAdviceVotes(s.code, db, { secret: two.secret, version: 0, dots: { [theme.id]: 2 } });
	await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'top' });
	const idea = await saveTopIdea(a.facilitator, db, a.organisationId, s.id, {
		id: null,
		themeId: theme.id,
		wording: 'Terugbellen binnen twee werkdagen',
		quoteTipIds: [t2.id, t1.id, t3.id]
	});
	await moderateAdviceTip(a.facilitator, db, a.organisationId, s.id, { tipId: t3.id, status: 'hidden' });
	return { ...s, idea, one, groups: { residents, policy } };
}

const tokenOf = async (id: AdviceSessionId) =>
	(await db.select({ t: adviceSession.outcomeToken }).from(adviceSession).where(eq(adviceSession.id, id)))[0].t;

describe('the public outcome of an advice session', () => {
	it('says nothing until the facilitator publishes it, shows top ideas, quotes, response and actions, and goes away again', async () => {
		const s = await finishedSession('Wat maakt dat je een werker vertrouwt? (uitkomst)');
		const token = await tokenOf(s.id);
		expect(token).toMatch(/^[0-9a-f]{32}$/u);
		const hidden = getAdviceOutcome(token, db);
		await expect(hidden).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('openbaar') });

		await publishAdviceOutcome(a.facilitator, db, a.organisationId, s.id, { published: true });
		let outcome = await getAdviceOutcome(token, db);
		expect(outcome).toMatchObject({
			organisation: 'Wijkteam A',
			question: 'Wat maakt dat je een werker vertrouwt? (uitkomst)',
			explanation: 'In de bibliotheek',
			language: 'nl',
			participants: 2,
			tips: 2
		});
		expect(outcome.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
		expect(outcome.topIdeas).toEqual([
			{
				wording: 'Terugbellen binnen twee werkdagen',
				// In the facilitator's order; the tip moderated away is left out.
				quotes: ['Doe wat je zegt', 'Bel terug als je het belooft'],
				response: '',
				respondedOn: null,
				actions: []
			}
		]);

		// Updated as the organisation responds.
		await saveTopIdeaResponse(a.facilitator, db, a.organisationId, s.id, {
			id: s.idea.id,
			response: 'We nemen het op in de werkafspraken.'
		});
		for (const [what, status] of [
			['Terugbelnorm in de werkafspraken', 'done'],
			['Evaluatie met de Adviesvangers', 'planned']
		] as const) {
			await saveAdviceAction(a.facilitator, db, a.organisationId, s.id, {
				topIdeaId: s.idea.id,
				id: null,
				what,
				who: 'teamcoach',
				dueOn: '2027-03-01',
				status
			});
		}
		outcome = await getAdviceOutcome(token, db);
		expect(outcome.topIdeas[0].response).toBe('We nemen het op in de werkafspraken.');
		expect(outcome.topIdeas[0].respondedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
		expect(outcome.topIdeas[0].actions).toEqual([
			{ what: 'Terugbelnorm in de werkafspraken', who: 'teamcoach', dueOn: '2027-03-01', status: 'done' },
			{ what: 'Evaluatie met de Adviesvangers', who: 'teamcoach', dueOn: '2027-03-01', status: 'planned' }
		]);

		// No ids of anything, no participant, no group and no figures per group (both groups have < 3 voters).
		const json = JSON.stringify(outcome);
		const participants = await db
			.select({ id: adviceParticipant.id })
			.from(adviceParticipant)
			.where(eq(adviceParticipant.sessionId, s.id));
		for (const hiddenText of [
			s.id,
			s.idea.id,
			s.code,
			...participants.map((p) => p.id),
			s.groups.residents,
			s.groups.policy,
			'inwoners',
			'beleidsmakers',
			'onaardigs',
			'Afspraken nakomen'
		]) {
			expect(json).not.toContain(hiddenText);
		}
		expect(json).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/u);
		expect(Object.keys(outcome).sort()).toEqual(
			['date', 'explanation', 'language', 'organisation', 'participants', 'question', 'tips', 'topIdeas'].sort()
		);

		// Publishing again keeps the day and the link; taking it back hides everything again.
		const [{ on }] = await db
			.select({ on: adviceSession.outcomePublishedOn })
			.from(adviceSession)
			.where(eq(adviceSession.id, s.id));
		await publishAdviceOutcome(a.facilitator, db, a.organisationId, s.id, { published: true });
		const [again] = await db.select().from(adviceSession).where(eq(adviceSession.id, s.id));
		expect(again.outcomePublishedOn).toBe(on);
		await publishAdviceOutcome(a.facilitator, db, a.organisationId, s.id, { published: false });
		await rejects(getAdviceOutcome(token, db));
		expect(await tokenOf(s.id)).toBe(token);
		const audits = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, s.id));
		expect(audits.map((r) => r.action)).toEqual(
			expect.arrayContaining(['advice.outcome.publish', 'advice.outcome.unpublish'])
		);
	});

	it('the closed phone links to it once it is public; not before, and not while the session runs', async () => {
		const s = await finishedSession('Hoe bereiken we jongeren? (telefoon)');
		const token = await tokenOf(s.id);
		await publishAdviceOutcome(a.facilitator, db, a.organisationId, s.id, { published: true });
		expect((await getParticipantView(s.code, db, s.one.secret)).session.outcomePath).toBeNull();
		await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'closed' });
		expect((await getParticipantView(s.code, db, s.one.secret)).session.outcomePath).toBe(outcomePath(token));
		// Someone who never joined sees the closed page with the link as well: the page is public.
		expect((await getParticipantView(s.code, db, undefined)).session.outcomePath).toBe(outcomePath(token));
		await publishAdviceOutcome(a.facilitator, db, a.organisationId, s.id, { published: false });
		expect((await getParticipantView(s.code, db, s.one.secret)).session.outcomePath).toBeNull();
	});

	it('only once there are top ideas: not while tips come in', async () => {
		const s = await createAdviceSession(a.facilitator, db, a.organisationId, {
			question: 'Te vroeg?',
			explanation: '',
			groups: ['inwoners'],
			dotsPerPerson: 3,
			moderation: false,
			language: 'nl'
		});
		await setAdvicePhase(a.facilitator, db, a.organisationId, s.id, { phase: 'tips' });
		await rejects(publishAdviceOutcome(a.facilitator, db, a.organisationId, s.id, { published: true }), 'CONFLICT');
		await rejects(getAdviceOutcome(await tokenOf(s.id), db));
		// Taking back is always possible (and harmless when not public).
		await publishAdviceOutcome(a.facilitator, db, a.organisationId, s.id, { published: false });
	});

	it("another organisation's facilitator, and a member who is not a facilitator, cannot publish or take it back", async () => {
		const s = await finishedSession('Wie mag publiceren? (isolatie)');
		const token = await tokenOf(s.id);
		for (const outsider of [b.facilitator, b.admin, b.worker]) {
			await denied(publishAdviceOutcome(outsider, db, a.organisationId, s.id, { published: true }));
			await denied(publishAdviceOutcome(outsider, db, b.organisationId, s.id, { published: true }));
		}
		for (const member of [a.worker, a.admin, a.coach]) {
			await rejects(publishAdviceOutcome(member, db, a.organisationId, s.id, { published: true }), 'FORBIDDEN');
		}
		await rejects(getAdviceOutcome(token, db));

		await publishAdviceOutcome(a.facilitator, db, a.organisationId, s.id, { published: true });
		for (const outsider of [b.facilitator, b.admin, b.worker]) {
			await denied(publishAdviceOutcome(outsider, db, a.organisationId, s.id, { published: false }));
			await denied(publishAdviceOutcome(outsider, db, b.organisationId, s.id, { published: false }));
		}
		await rejects(publishAdviceOutcome(a.worker, db, a.organisationId, s.id, { published: false }), 'FORBIDDEN');
		await expect(getAdviceOutcome(token, db)).resolves.toMatchObject({ organisation: 'Wijkteam A' });
	});

	it("an unknown, malformed or other session's token finds nothing and never fails", async () => {
		const s = await finishedSession('Welke token? (tokens)');
		await publishAdviceOutcome(a.facilitator, db, a.organisationId, s.id, { published: true });
		for (const token of ['', 'x', '0'.repeat(32), 'A'.repeat(32), "' or 1=1 --", s.code, s.id, '%00'.repeat(11)]) {
			await rejects(getAdviceOutcome(token, db));
		}
		// Every session has its own token, also those made before migration 0009 (a default per row).
		const other = await finishedSession('Welke token? (tweede)');
		expect(await tokenOf(other.id)).not.toBe(await tokenOf(s.id));
		await rejects(getAdviceOutcome(await tokenOf(other.id), db));
	});
});
