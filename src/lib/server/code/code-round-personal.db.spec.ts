import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { systemActor, type UserActor } from '../actor';
import { seedDemo } from '../demo/seed-demo';
import type { Db } from '../db/client';
import { codeRoundRespondent, user } from '../db/schema';
import type { CodeVersionId } from '../ids';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { sampleCodeDraft } from '../demo/sample-code-draft';
import { hashToken } from '../tokens';
import { importCodeVersion } from './import-code-version';
import { createCodeRound } from './create-code-round';
import { closeCodeRound } from './close-code-round';
import { getCodeRoundForRespondent } from './get-code-round-for-respondent';
import { getCodeRoundResults } from './get-code-round-results';
import { getMyCodeRoundAnswers } from './get-my-code-round-answers';
import { saveCodeReaction } from './save-code-reaction';
import { signCodeRound } from './sign-code-round';
import { answerCodeReactions } from './answer-code-reactions';
import { publishCodeRoundAnswers } from './publish-code-round-answers';
import type { RoundVisitor } from './code-round-access';

// Issue 17: every respondent's personal link to the answers on their own reactions, the public report
// "wat we met de reacties deden", and reactions that stay attached when a new version is made.

const sample = fs.readFileSync(new URL('../../../../docs/voorbeeld-beroepscode.md', import.meta.url), 'utf8');

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
let draft: string;
let draftId: CodeVersionId;
let roundId: string;
let ids: { organisationId: string; roundId: string };
let art: Record<string, string>;

const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const member = (actor: UserActor, id = roundId): RoundVisitor => ({
	kind: 'member',
	actor,
	organisationId: a.organisationId,
	roundId: id
});
const react = (articleId: string, stance: 'eens' | 'twijfel' | 'oneens' | '', comment = '', proposal = '') => ({
	articleId,
	stance,
	comment,
	proposal
});
const tokenOf = async (actor: UserActor) => (await getCodeRoundForRespondent(member(actor), db)).answersToken!;
const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	await importCodeVersion(a.admin, db, { organisationId: a.organisationId, markdown: sample });
	draft = sampleCodeDraft(sample);
	({ versionId: draftId } = await importCodeVersion(a.admin, db, {
		organisationId: a.organisationId,
		markdown: draft,
		publish: false
	}));
	({ roundId } = await createCodeRound(a.admin, db, {
		organisationId: a.organisationId,
		versionId: draftId,
		question: 'Wat vind je ervan?',
		opensDay: day(-1),
		opensTime: '09:00',
		closesDay: day(14),
		closesTime: '17:00',
		audience: 'organisation',
		teamIds: []
	}));
	ids = { organisationId: a.organisationId, roundId };
	const view = await getCodeRoundForRespondent(member(a.worker), db);
	art = Object.fromEntries(view.articles.map((x) => [x.number, x.articleId]));
	await saveCodeReaction(member(a.worker), db, react(art['1.1'], 'oneens', 'Geheim-werker: te lang.'));
	await saveCodeReaction(member(a.worker), db, react(art['1.2'], 'eens'));
	await saveCodeReaction(member(a.worker), db, react(art['1.3'], 'twijfel', '', 'Geheim-werker: korter.'));
	await saveCodeReaction(member(a.worker), db, react('', '', 'Geheim-werker: algemeen.'));
	await saveCodeReaction(member(a.coach), db, react(art['1.1'], 'twijfel', 'Coach: onduidelijk.'));
	await signCodeRound(member(a.coach), db, { sign: true, name: '' });
});
afterAll(() => tdb?.cleanup());

describe('the personal link to the answers on your own reactions', () => {
	it('every member who reacted gets a link (the same one each time); one who did not, none', async () => {
		const token = await tokenOf(a.worker);
		expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/u);
		expect(await tokenOf(a.worker)).toBe(token);
		expect((await getCodeRoundForRespondent(member(a.admin), db)).answersToken).toBeNull();
		const [row] = await db
			.select({ tokenHash: codeRoundRespondent.tokenHash })
			.from(codeRoundRespondent)
			.where(eq(codeRoundRespondent.tokenHash, hashToken(token)));
		expect(row).toBeTruthy();
	});

	it('before publication: your own reactions, no answers yet', async () => {
		const page = await getMyCodeRoundAnswers(await tokenOf(a.worker), db);
		expect(page.answersPublished).toBe(false);
		expect(page.roundPath).toBe(`/beroepscode/reageren/${roundId}`);
		expect(page.reactions.map((r) => [r.number, r.stance, r.answer])).toEqual([
			['1.1', 'oneens', null],
			['1.2', 'eens', null],
			['1.3', 'twijfel', null]
		]);
		expect(page.general).toEqual({ comment: 'Geheim-werker: algemeen.', answer: null });
	});

	it("attack: another respondent's token, a guessed token or an editor never shows the worker's reactions", async () => {
		const coach = await getMyCodeRoundAnswers(await tokenOf(a.coach), db);
		expect(coach.reactions.map((r) => r.comment)).toEqual(['Coach: onduidelijk.']);
		expect(JSON.stringify(coach)).not.toContain('Geheim-werker');
		await rejects(getMyCodeRoundAnswers('x'.repeat(43), db));
		await rejects(getMyCodeRoundAnswers('../../etc', db));
		await rejects(getMyCodeRoundAnswers(hashToken(await tokenOf(a.worker)), db));
		// The editors' view and a member of another organisation never carry anyone's personal token.
		const results = await getCodeRoundResults(a.admin, db, ids);
		expect(JSON.stringify(results)).not.toContain(await tokenOf(a.worker));
		await rejects(
			getCodeRoundForRespondent({ kind: 'member', actor: b.worker, organisationId: b.organisationId, roundId }, db)
		);
	});

	it('a respondent row from before members had a link gets one when they come back', async () => {
		const token = await tokenOf(a.worker);
		await db
			.update(codeRoundRespondent)
			.set({ tokenHash: hashToken('oud'.repeat(15)) })
			.where(eq(codeRoundRespondent.tokenHash, hashToken(token)));
		await rejects(getMyCodeRoundAnswers(token, db));
		expect(await tokenOf(a.worker)).toBe(token);
		expect((await getMyCodeRoundAnswers(token, db)).reactions).toHaveLength(3);
	});

	it('after publication: per article the answer, its own or bundled, and the answer to the general reaction', async () => {
		await closeCodeRound(a.admin, db, ids);
		const answer = (
			extra: { reactionId?: string; articleId?: string },
			verdict: 'overgenomen' | 'deels' | 'niet',
			reason: string
		) => answerCodeReactions(a.admin, db, { ...ids, reactionId: '', articleId: '', verdict, reason, ...extra });
		await answer({ articleId: art['1.1'] }, 'deels', 'We maken het korter.');
		const results = await getCodeRoundResults(a.admin, db, ids);
		await answer({ reactionId: results.comments[art['1.3']][0].reactionId }, 'niet', 'Het staat er al.');
		await answer({ reactionId: results.general[0].reactionId }, 'overgenomen', 'Dank je.');
		expect((await getCodeRoundForRespondent(member(a.worker), db)).report).toBeNull();
		await publishCodeRoundAnswers(a.admin, db, ids);

		const page = await getMyCodeRoundAnswers(await tokenOf(a.worker), db);
		expect(page.answersPublished).toBe(true);
		expect(page.reactions.map((r) => [r.number, r.answer])).toEqual([
			['1.1', { verdict: 'deels', reason: 'We maken het korter.', bundled: true }],
			['1.2', null],
			['1.3', { verdict: 'niet', reason: 'Het staat er al.', bundled: false }]
		]);
		expect(page.general?.answer).toEqual({ verdict: 'overgenomen', reason: 'Dank je.', bundled: false });
	});

	it('the public report: counts and answers per article, a name only where the respondent signed', async () => {
		const { report } = await getCodeRoundForRespondent(member(a.admin), db);
		expect(report!.articles.map((x) => [x.number, x.counts])).toEqual([
			['1.1', { eens: 0, twijfel: 1, oneens: 1 }],
			['1.2', { eens: 1, twijfel: 0, oneens: 0 }],
			['1.3', { eens: 0, twijfel: 1, oneens: 0 }]
		]);
		const first = report!.articles[0];
		expect(first.bundle).toEqual({ verdict: 'deels', reason: 'We maken het korter.' });
		expect(first.comments.map((c) => [c.comment, c.signedName]).sort()).toEqual([
			['Coach: onduidelijk.', a.coach.name],
			['Geheim-werker: te lang.', null]
		]);
		expect(report!.general.comments[0].answer?.verdict).toBe('overgenomen');
		expect(JSON.stringify(report)).not.toContain(a.worker.name);
		expect(JSON.stringify(report)).not.toContain(a.worker.email);
	});
});

describe('reactions never orphan: a new version after the round', () => {
	it('keeps every reaction attached and lists the changed and deleted articles as "gewijzigd sinds uw reactie"', async () => {
		const before = await getMyCodeRoundAnswers(await tokenOf(a.worker), db);
		expect(before.reactions.every((r) => r.changed === null)).toBe(true);
		const heading = '##### Artikel 1.1. Voor wie deze code is\n\n';
		const at = draft.indexOf(heading) + heading.length;
		let next = draft.slice(0, at) + 'Nieuw: ' + draft.slice(at);
		const del = next.indexOf('##### Artikel 1.3.');
		next = next.slice(0, del) + next.slice(next.indexOf('#', del + 6));
		await importCodeVersion(a.admin, db, { organisationId: a.organisationId, markdown: next, publish: false });

		const page = await getMyCodeRoundAnswers(await tokenOf(a.worker), db);
		expect(page.newerVersion).toBe(3);
		expect(page.reactions.map((r) => [r.number, r.changed?.change ?? null])).toEqual([
			['1.1', 'changed'],
			['1.2', null],
			['1.3', 'removed']
		]);
		// Nothing came loose: the same reactions and answers as before.
		expect(page.reactions.map((r) => [r.comment, r.answer])).toEqual(
			before.reactions.map((r) => [r.comment, r.answer])
		);
		const results = await getCodeRoundResults(a.admin, db, ids);
		expect(results.changedSince.newerVersion).toBe(3);
		expect(results.changedSince.articles.map((x) => [x.number, x.change, x.reactions])).toEqual([
			['1.1', 'changed', 2],
			['1.3', 'removed', 1]
		]);
		expect(results.heatmap.find((h) => h.number === '1.1')).toMatchObject({ twijfel: 1, oneens: 1 });
	});
});

describe('demo data', () => {
	it('seeds a closed round with reactions and every answer published beside the open round; the demo worker has a page with answers', async () => {
		const seed = await seedDemo(systemActor('test'), db);
		const demoCode = seed.code as { round: string; closedRound: string; editor: string };
		expect(demoCode.closedRound).toMatch(/^\/beroepscode\/rondes\/[0-9a-f-]{36}$/u);
		expect(demoCode.closedRound).not.toBe(demoCode.round);
		const actorOf = async (email: string): Promise<UserActor> => {
			const [row] = await db.select({ id: user.id, name: user.name }).from(user).where(eq(user.email, email));
			return { kind: 'user', userId: row.id, email, name: row.name };
		};
		const editor = await actorOf(demoCode.editor);
		const closed = { organisationId: seed.organisationId, roundId: demoCode.closedRound.split('/').at(-1)! };
		const results = await getCodeRoundResults(editor, db, closed);
		expect(results.status).toBe('closed');
		expect(results.answersPublishedAt).not.toBeNull();
		expect(results.unanswered).toBe(0);
		expect(results.respondents).toBeGreaterThanOrEqual(3);
		expect(Object.keys(results.bundles).length).toBeGreaterThan(0);
		const open = await getCodeRoundResults(editor, db, { ...closed, roundId: demoCode.round.split('/').at(-1)! });
		expect(open.status).toBe('open');

		const worker = await actorOf(seed.users[0].email);
		const visitor: RoundVisitor = { kind: 'member', actor: worker, ...closed };
		const view = await getCodeRoundForRespondent(visitor, db);
		expect(view.report!.articles.length).toBeGreaterThan(0);
		const page = await getMyCodeRoundAnswers(view.answersToken!, db);
		expect(page.answersPublished).toBe(true);
		expect(page.reactions.filter((r) => r.comment || r.proposal).every((r) => r.answer)).toBe(true);
		expect(page.general?.answer).not.toBeNull();
		// The worker did not react in the open round (they can try it fresh).
		const fresh = await getCodeRoundForRespondent({ ...visitor, roundId: open.id }, db);
		expect(fresh.started).toBe(false);
		const again = await seedDemo(systemActor('test'), db);
		expect((again.code as { closedRound: string }).closedRound).toBe(demoCode.closedRound);
	});
});
