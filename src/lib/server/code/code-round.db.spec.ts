import fs from 'node:fs';
import type { CodeVersionId } from '../ids';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { systemActor, type UserActor } from '../actor';
import { seedDemo } from '../demo/seed-demo';
import type { Db } from '../db/client';
import {
	code,
	codeRoundReaction,
	codeRoundRespondent,
	codeVersion,
	membership,
	team,
	teamMember,
	user
} from '../db/schema';
import { insertUserWithPassword } from '../auth/users';
import { createOrgFixture, PASSWORD, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { sampleCodeDraft } from '../demo/sample-code-draft';
import { importCodeVersion } from './import-code-version';
import { createCodeRound } from './create-code-round';
import { closeCodeRound } from './close-code-round';
import { findCodeRounds } from './find-code-rounds';
import { findMyCodeRounds } from './find-my-code-rounds';
import { getCodeRoundForRespondent } from './get-code-round-for-respondent';
import { getCodeRoundResults } from './get-code-round-results';
import { saveCodeReaction } from './save-code-reaction';
import { signCodeRound } from './sign-code-round';
import { exportCodeRoundCsv } from './export-code-round-csv';
import { exportCodeRoundPdf } from './export-code-round-pdf';
import type { RoundVisitor } from './code-round-access';
import { answerCodeReactions } from './answer-code-reactions';
import { publishCodeRoundAnswers } from './publish-code-round-answers';
import { findPublishBlockers } from './publish-blockers';

const sample = fs.readFileSync(new URL('../../../../docs/voorbeeld-beroepscode.md', import.meta.url), 'utf8');

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
let redacteur: UserActor;
let draftId: CodeVersionId;
let roundId: string;
let articleIds: string[];

async function addMember(organisationId: string, label: string, roles: ('worker' | 'redacteur')[], teamId?: string) {
	const email = `${label}-${randomUUID().slice(0, 8)}@test.example`;
	const { id } = await insertUserWithPassword(db, { email, name: label, password: PASSWORD });
	const [mb] = await db
		.insert(membership)
		.values({ organisationId, userId: id, roles })
		.returning({ id: membership.id });
	if (teamId) await db.insert(teamMember).values({ teamId, membershipId: mb.id });
	return { kind: 'user', userId: id, email, name: label } satisfies UserActor;
}

const future = (days: number) => {
	const d = new Date(Date.now() + days * 86_400_000);
	return d.toISOString().slice(0, 10);
};
const roundInput = (extra: Partial<Parameters<typeof createCodeRound>[2]> = {}) => ({
	organisationId: a.organisationId,
	versionId: draftId,
	question: 'Wat vind je van de nieuwe versie?',
	opensDay: future(-1),
	opensTime: '09:00',
	closesDay: future(14),
	closesTime: '17:00',
	audience: 'organisation' as const,
	teamIds: [],
	...extra
});
const member = (actor: UserActor, org = a, id = roundId): RoundVisitor => ({
	kind: 'member',
	actor,
	organisationId: org.organisationId,
	roundId: id
});
const react = (articleId: string, stance: 'eens' | 'twijfel' | 'oneens' | '', comment = '', proposal = '') => ({
	articleId,
	stance,
	comment,
	proposal
});
const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	redacteur = await addMember(a.organisationId, 'redacteur', ['redacteur']);
	await importCodeVersion(a.admin, db, { organisationId: a.organisationId, markdown: sample });
	const draft = await importCodeVersion(a.admin, db, {
		organisationId: a.organisationId,
		markdown: sampleCodeDraft(sample),
		publish: false
	});
	draftId = draft.versionId;
	({ roundId } = await createCodeRound(redacteur, db, roundInput()));
	const view = await getCodeRoundForRespondent(member(a.worker), db);
	articleIds = view.articles.map((x) => x.articleId);
});
afterAll(() => tdb?.cleanup());

describe('opening a round', () => {
	it('an editor (admin or redacteur) opens a round on a draft; a worker may not', async () => {
		expect((await findCodeRounds(redacteur, db, a.organisationId)).map((r) => r.status)).toEqual(['open']);
		await rejects(createCodeRound(a.worker, db, roundInput()), 'FORBIDDEN');
		await rejects(findCodeRounds(a.worker, db, a.organisationId), 'FORBIDDEN');
	});

	it('refuses a published version, a closing time in the past and an empty team choice', async () => {
		const [published] = await db
			.select({ id: codeVersion.id })
			.from(codeVersion)
			.innerJoin(code, eq(code.id, codeVersion.codeId))
			.where(and(eq(codeVersion.status, 'published'), eq(code.organisationId, a.organisationId)));
		await rejects(createCodeRound(a.admin, db, roundInput({ versionId: published.id })), 'INVALID_INPUT');
		await rejects(createCodeRound(a.admin, db, roundInput({ closesDay: future(-2) })), 'INVALID_INPUT');
		await rejects(
			createCodeRound(a.admin, db, roundInput({ audience: 'teams', teamIds: [b.teamId] })),
			'INVALID_INPUT'
		);
	});
});

describe('reacting per article', () => {
	it('a member reacts on three articles, stops, and sees their answers when they come back', async () => {
		const first = await saveCodeReaction(member(a.worker), db, react(articleIds[0], 'eens'));
		expect(first.nextNumber).toBe('1.2');
		expect(first.respondentToken).toBeNull();
		await saveCodeReaction(
			member(a.worker),
			db,
			react(articleIds[1], 'twijfel', 'Wat bedoel je met moeilijke keuzes?')
		);
		await saveCodeReaction(member(a.worker), db, react(articleIds[2], 'oneens', '', 'De werkgever gaat voor.'));
		const back = await getCodeRoundForRespondent(member(a.worker), db);
		expect(back.started).toBe(true);
		expect(back.mine[articleIds[0]]).toEqual({ stance: 'eens', comment: '', proposal: '' });
		expect(back.mine[articleIds[1]].stance).toBe('twijfel');
		expect(back.mine[articleIds[2]].proposal).toBe('De werkgever gaat voor.');
		// Changing an answer replaces it: still one reaction per article.
		await saveCodeReaction(member(a.worker), db, react(articleIds[0], 'twijfel'));
		expect((await getCodeRoundForRespondent(member(a.worker), db)).mine[articleIds[0]].stance).toBe('twijfel');
		const results = await getCodeRoundResults(redacteur, db, { organisationId: a.organisationId, roundId });
		expect(results.heatmap[0]).toMatchObject({ eens: 0, twijfel: 1, oneens: 0 });
		expect(results.respondents).toBe(1);
	});

	it('a general reaction on the whole text is kept apart from the articles', async () => {
		await saveCodeReaction(member(a.coach), db, react('', '', 'Fijn dat de code korter is.'));
		const results = await getCodeRoundResults(a.admin, db, { organisationId: a.organisationId, roundId });
		expect(results.general.map((g) => g.comment)).toContain('Fijn dat de code korter is.');
	});

	it('refuses an article of another version and a reaction without anything', async () => {
		await rejects(saveCodeReaction(member(a.worker), db, react(randomUUID(), 'eens')), 'INVALID_INPUT');
	});

	it('an open-link visitor is known only by their token, and comes back with it', async () => {
		const { roundId: linkRound } = await createCodeRound(a.admin, db, roundInput({ audience: 'link' }));
		const { linkToken } = await getCodeRoundResults(a.admin, db, {
			organisationId: a.organisationId,
			roundId: linkRound
		});
		expect(linkToken).toMatch(/^[A-Za-z0-9_-]{40,}$/u);
		const visitor: RoundVisitor = { kind: 'link', linkToken: linkToken!, respondentToken: null };
		const saved = await saveCodeReaction(visitor, db, react(articleIds[3], 'oneens', 'Te vaag.'));
		expect(saved.respondentToken).toBeTruthy();
		const again = await getCodeRoundForRespondent({ ...visitor, respondentToken: saved.respondentToken }, db);
		expect(again.mine[articleIds[3]].stance).toBe('oneens');
		// Someone else with the same open link sees nothing of it.
		expect((await getCodeRoundForRespondent(visitor, db)).mine).toEqual({});
		expect((await getCodeRoundForRespondent({ ...visitor, respondentToken: 'x'.repeat(43) }, db)).mine).toEqual({});
		await rejects(getCodeRoundForRespondent({ kind: 'link', linkToken: 'y'.repeat(43), respondentToken: null }, db));
		// The open link is not a members' round, and a members' round has no open link.
		await rejects(getCodeRoundForRespondent(member(a.worker, a, linkRound), db));
		await rejects(getCodeRoundForRespondent({ kind: 'link', linkToken: roundId, respondentToken: null }, db));
	});

	it('a round for chosen teams is only for their members', async () => {
		const [other] = await db
			.insert(team)
			.values({ organisationId: a.organisationId, name: 'A ander team' })
			.returning({ id: team.id });
		const { roundId: teamRound } = await createCodeRound(
			a.admin,
			db,
			roundInput({ audience: 'teams', teamIds: [other.id] })
		);
		await rejects(getCodeRoundForRespondent(member(a.worker, a, teamRound), db));
		await rejects(saveCodeReaction(member(a.facilitator, a, teamRound), db, react(articleIds[0], 'eens')));
		expect((await findMyCodeRounds(a.worker, db, a.organisationId)).map((r) => r.id)).not.toContain(teamRound);
		const inTeam = await addMember(a.organisationId, 'in-team', ['worker'], other.id);
		await saveCodeReaction(member(inTeam, a, teamRound), db, react(articleIds[0], 'eens'));
		expect((await findMyCodeRounds(inTeam, db, a.organisationId)).map((r) => r.id)).toContain(teamRound);
	});

	it('a closed round takes no more reactions; closing twice is refused', async () => {
		const { roundId: toClose } = await createCodeRound(a.admin, db, roundInput());
		await saveCodeReaction(member(a.worker, a, toClose), db, react(articleIds[0], 'eens'));
		await rejects(closeCodeRound(a.worker, db, { organisationId: a.organisationId, roundId: toClose }), 'FORBIDDEN');
		await closeCodeRound(redacteur, db, { organisationId: a.organisationId, roundId: toClose });
		await rejects(saveCodeReaction(member(a.worker, a, toClose), db, react(articleIds[1], 'eens')), 'CONFLICT');
		await rejects(closeCodeRound(redacteur, db, { organisationId: a.organisationId, roundId: toClose }), 'CONFLICT');
		// What they answered stays readable for them.
		expect((await getCodeRoundForRespondent(member(a.worker, a, toClose), db)).mine[articleIds[0]].stance).toBe('eens');
	});
});

describe('isolation: another organisation, team or worker cannot read or change rounds and reactions', () => {
	it('another organisation sees no round, result or export and cannot react or close', async () => {
		const ids = { organisationId: b.organisationId, roundId };
		await rejects(getCodeRoundResults(b.admin, db, ids));
		await rejects(getCodeRoundResults(b.admin, db, { organisationId: a.organisationId, roundId }));
		await rejects(exportCodeRoundCsv(b.admin, db, ids));
		await rejects(exportCodeRoundPdf(b.admin, db, ids));
		await rejects(closeCodeRound(b.admin, db, ids));
		await rejects(getCodeRoundForRespondent(member(b.worker, b), db));
		await rejects(getCodeRoundForRespondent(member(b.worker, a), db));
		await rejects(saveCodeReaction(member(b.worker, b), db, react(articleIds[0], 'oneens')));
		await rejects(createCodeRound(b.admin, db, roundInput({ organisationId: b.organisationId })), 'INVALID_INPUT');
		expect(await findCodeRounds(b.admin, db, b.organisationId)).toEqual([]);
		expect(await findMyCodeRounds(b.worker, db, b.organisationId)).toEqual([]);
	});

	it("a colleague never sees or changes another worker's reactions", async () => {
		const coachView = await getCodeRoundForRespondent(member(a.coach), db);
		expect(coachView.mine[articleIds[1]]).toBeUndefined();
		await saveCodeReaction(member(a.coach), db, react(articleIds[1], 'eens'));
		expect((await getCodeRoundForRespondent(member(a.worker), db)).mine[articleIds[1]].stance).toBe('twijfel');
	});

	it('a round id from the URL that is no uuid is "not found", never a database error', async () => {
		await rejects(getCodeRoundResults(a.admin, db, { organisationId: a.organisationId, roundId: 'geen-uuid' }));
		await rejects(getCodeRoundForRespondent(member(a.worker, a, 'geen-uuid'), db));
	});
});

describe('anonymity (insider attack): an editor tries to learn who wrote an unsigned reaction', () => {
	it("the editor's view, CSV and stored rows carry no user id, name or e-mail of an unsigned respondent", async () => {
		// The editor is also a member and reacts, then looks for the worker's identity every way the app offers.
		await saveCodeReaction(member(redacteur), db, react(articleIds[1], 'oneens', 'Mijn eigen reactie.'));
		const ids = { organisationId: a.organisationId, roundId };
		const results = await getCodeRoundResults(redacteur, db, ids);
		const csv = await exportCodeRoundCsv(redacteur, db, ids);
		const pdf = await exportCodeRoundPdf(redacteur, db, ids);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		for (const secret of [a.worker.userId, a.worker.name, a.worker.email, a.coach.userId, a.coach.email]) {
			expect(JSON.stringify(results)).not.toContain(secret);
			expect(csv).not.toContain(secret);
		}
		expect(results.comments[articleIds[1]].map((c) => c.signedName)).toEqual([null, null]);
		// The stored rows themselves hold no user id: not in any column of respondents or reactions.
		const stored = JSON.stringify([
			await db.select().from(codeRoundRespondent),
			await db.select().from(codeRoundReaction)
		]);
		for (const secret of [a.worker.userId, a.coach.userId, redacteur.userId]) expect(stored).not.toContain(secret);
	});

	it('a respondent who signs is named, with the name of their account; signing off makes them anonymous again', async () => {
		await signCodeRound(member(a.worker), db, { sign: true, name: 'Iemand anders' });
		const ids = { organisationId: a.organisationId, roundId };
		const named = await getCodeRoundResults(redacteur, db, ids);
		expect(named.comments[articleIds[1]].map((c) => c.signedName)).toContain(a.worker.name);
		expect(await exportCodeRoundCsv(redacteur, db, ids)).toContain(a.worker.name);
		await signCodeRound(member(a.worker), db, { sign: false, name: '' });
		expect(JSON.stringify(await getCodeRoundResults(redacteur, db, ids))).not.toContain(a.worker.name);
	});

	it('a breakdown by team shows no team with 5 respondents or fewer', async () => {
		const results = await getCodeRoundResults(redacteur, db, { organisationId: a.organisationId, roundId });
		expect(results.teamBreakdown).toEqual([]);
		expect(results.hiddenTeams).toBeGreaterThan(0);
		const [big] = await db
			.insert(team)
			.values({ organisationId: a.organisationId, name: 'A groot team' })
			.returning({ id: team.id });
		for (let i = 0; i < 6; i++) {
			const person = await addMember(a.organisationId, `groot-${i}`, ['worker'], big.id);
			await saveCodeReaction(member(person), db, react(articleIds[5], 'eens'));
		}
		const after = await getCodeRoundResults(redacteur, db, { organisationId: a.organisationId, roundId });
		expect(after.teamBreakdown).toEqual([
			{ name: 'A groot team', respondents: 6, counts: { eens: 6, twijfel: 0, oneens: 0 } }
		]);
	});
});

describe('reactions never orphan', () => {
	it('reactions survive a new version being imported: they hang on the stable article id', async () => {
		const ids = { organisationId: a.organisationId, roundId };
		const before = await getCodeRoundResults(redacteur, db, ids);
		await importCodeVersion(a.admin, db, {
			organisationId: a.organisationId,
			markdown: sampleCodeDraft(sample).replace('Je let op je eigen grenzen.', 'Je bewaakt je eigen grenzen.'),
			publish: false
		});
		const after = await getCodeRoundResults(redacteur, db, ids);
		expect(after.heatmap).toEqual(before.heatmap);
		expect(after.comments).toEqual(before.comments);
		expect((await getCodeRoundForRespondent(member(a.worker), db)).mine[articleIds[2]].proposal).toBe(
			'De werkgever gaat voor.'
		);
	});
});

describe('demo data', () => {
	it('seeds a redacteur, the sample code as version 1 and a draft version 2, and an open round with reactions', async () => {
		const seed = await seedDemo(systemActor('test'), db);
		const demoCode = seed.code as { path: string; editor: string; round: string };
		expect(demoCode.path).toBe('/beroepscode');
		expect(demoCode.round).toMatch(/^\/beroepscode\/rondes\/[0-9a-f-]{36}$/u);
		const editor = seed.users.find((u) => u.email === demoCode.editor)!;
		expect(editor.roles).toEqual(['redacteur']);
		const [row] = await db.select({ id: user.id, name: user.name }).from(user).where(eq(user.email, editor.email));
		const editorActor: UserActor = { kind: 'user', userId: row.id, email: editor.email, name: row.name };
		const ids = { organisationId: seed.organisationId, roundId: demoCode.round.split('/').at(-1)! };
		const results = await getCodeRoundResults(editorActor, db, ids);
		expect(results.status).toBe('open');
		expect(results.versionNumber).toBe(2);
		expect(results.respondents).toBeGreaterThanOrEqual(3);
		expect(results.heatmap.find((a) => a.number === '1.1')).toMatchObject({ eens: expect.any(Number) });
		expect(Object.values(results.comments).flat().length).toBeGreaterThan(0);
		// Seeding again keeps the round (same path, same reactions).
		const again = await seedDemo(systemActor('test'), db);
		expect((again.code as { round: string }).round).toBe(demoCode.round);
		expect((await getCodeRoundResults(editorActor, db, ids)).respondents).toBe(results.respondents);
	});
});

describe('dispositions: every reaction with a comment or proposal gets an answer before publishing', () => {
	it('answers on their own or bundled per article, published at once; publish blockers list what is missing', async () => {
		const { roundId: r } = await createCodeRound(redacteur, db, roundInput());
		const ids = { organisationId: a.organisationId, roundId: r };
		await saveCodeReaction(member(a.worker, a, r), db, react(articleIds[0], 'oneens', 'Te lang.'));
		await saveCodeReaction(member(a.coach, a, r), db, react(articleIds[0], 'twijfel', '', 'Korter: ...'));
		await saveCodeReaction(member(a.coach, a, r), db, react(articleIds[1], 'oneens', 'Onduidelijk.'));
		await saveCodeReaction(member(a.worker, a, r), db, react(articleIds[2], 'eens'));
		const answer = (extra: { reactionId?: string; articleId?: string }) => ({
			...ids,
			reactionId: '',
			articleId: '',
			verdict: 'deels' as const,
			reason: 'We maken de tekst korter.',
			...extra
		});
		await rejects(answerCodeReactions(redacteur, db, answer({ articleId: articleIds[0] })), 'CONFLICT');
		await closeCodeRound(redacteur, db, ids);

		let results = await getCodeRoundResults(redacteur, db, ids);
		expect(results.unanswered).toBe(3);
		const blockers = await findPublishBlockers(db, draftId);
		expect(blockers.find((b) => b.href?.endsWith(r))?.label).toContain('Reacties zonder antwoord: 3');
		await rejects(publishCodeRoundAnswers(redacteur, db, ids), 'CONFLICT');
		await rejects(answerCodeReactions(a.worker, db, answer({ articleId: articleIds[0] })), 'FORBIDDEN');
		await rejects(
			answerCodeReactions(b.admin, db, { ...answer({ articleId: articleIds[0] }), organisationId: b.organisationId })
		);
		await rejects(publishCodeRoundAnswers(b.admin, db, { organisationId: b.organisationId, roundId: r }));

		// Bundled for article 1 (both reactions there), on its own for the one on article 2.
		await answerCodeReactions(redacteur, db, answer({ articleId: articleIds[0] }));
		const single = results.comments[articleIds[1]][0].reactionId;
		await answerCodeReactions(redacteur, db, {
			...answer({ reactionId: single }),
			verdict: 'niet',
			reason: 'Het staat er al.'
		});
		results = await getCodeRoundResults(redacteur, db, ids);
		expect(results.unanswered).toBe(0);
		expect(results.comments[articleIds[0]].map((c) => c.answer?.bundled)).toEqual([true, true]);
		expect(results.comments[articleIds[1]][0].answer).toEqual({
			verdict: 'niet',
			reason: 'Het staat er al.',
			bundled: false
		});
		expect((await findPublishBlockers(db, draftId)).some((b) => b.href?.endsWith(r))).toBe(false);
		await publishCodeRoundAnswers(redacteur, db, ids);
		expect((await getCodeRoundResults(redacteur, db, ids)).answersPublishedAt).not.toBeNull();
		await rejects(answerCodeReactions(redacteur, db, answer({ articleId: articleIds[0] })), 'CONFLICT');
	});
});
