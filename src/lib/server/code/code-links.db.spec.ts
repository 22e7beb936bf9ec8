import fs from 'node:fs';
import type { ArticleId, CodeId } from '../ids';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { adviceSession, adviceTopIdea, codeLink, codePrivateLink, dilemmaReflection, reflection } from '../db/schema';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createPracticeStory } from '../team/create-practice-story';
import { createLearningSession } from '../team/create-learning-session';
import { moveLearningSession } from '../team/move-learning-session';
import { importCodeVersion } from './import-code-version';
import { getCodeArticle } from './get-code-article';
import { getCodeLinkOptions } from './get-code-link-options';
import { setReflectionCodeLinks } from './set-reflection-code-links';
import { setStoryCodeLinks } from './set-story-code-links';
import { getArticleLinks } from './get-article-links';
import { getCodeKernwaarde } from './get-code-kernwaarde';
import { linkTopIdea } from './link-top-idea';
import { unlinkTopIdea } from './unlink-top-idea';
import { saveDilemma } from './save-dilemma';
import { findDilemmas } from './find-dilemmas';
import { getDilemma } from './get-dilemma';
import { bringDilemma } from './bring-dilemma';
import { takeBackDilemma } from './take-back-dilemma';
import { deleteDilemma } from './delete-dilemma';
import { findSessionDilemmas } from './find-session-dilemmas';
import { findCodeLinks } from './find-code-links';
import { createGuide } from '../team/create-guide';
import { getGuideDraft } from '../team/get-guide-draft';
import { saveGuideDraft } from '../team/save-guide-draft';
import { publishGuide } from '../team/publish-guide';
import { insertUserWithPassword } from '../auth/users';
import { membership, team, teamMember } from '../db/schema';
import { systemActor, type UserActor } from '../actor';
import { seedDemo } from '../demo/seed-demo';
import { user } from '../db/schema';

const sample = fs.readFileSync(new URL('../../../../docs/voorbeeld-beroepscode.md', import.meta.url), 'utf8');

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
let codeId: CodeId;
/** Stable id of article 2.1.3 in A's code, and the picker value for it. */
let articleId: ArticleId;
let articleValue: string;
let reflectionId: string;

const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });
const dilemmaInput = (title: string, codeLinks: string[] = []) => ({
	title,
	situation: 'Een moeder vraagt me iets niet door te geven aan de wijkagent.',
	question: 'Houd ik me aan de afspraak of meld ik het?',
	options: 'Zwijgen, melden, eerst met haar praten.',
	choice: 'Eerst met haar praten.',
	action: 'Morgen bel ik haar.',
	codeLinks
});

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	codeId = (await importCodeVersion(a.admin, db, { organisationId: a.organisationId, markdown: sample })).codeId;
	await importCodeVersion(b.admin, db, { organisationId: b.organisationId, markdown: sample });
	const article = await getCodeArticle(a.worker, db, { organisationId: a.organisationId, number: '2.1.3' });
	articleId = article.article.articleId;
	articleValue = `a:${articleId}`;
	const [r] = await db
		.insert(reflection)
		.values({ organisationId: a.organisationId, workerUserId: a.worker.userId, text: 'Ik luisterde eerst.' })
		.returning({ id: reflection.id });
	reflectionId = r.id;
});
afterAll(() => tdb?.cleanup());

const linksFor = (actor: OrgFixture['worker'], org = a) =>
	getArticleLinks(actor, db, { organisationId: org.organisationId, codeId, articleId });

describe('a reflection tied to an article', () => {
	it('the picker lists the articles per chapter and the kernwaarden', async () => {
		const options = await getCodeLinkOptions(a.worker, db, { organisationId: a.organisationId });
		expect(options?.chapters).toHaveLength(7);
		expect(options?.kernwaarden).toHaveLength(5);
		expect(options?.chapters.flatMap((c) => c.articles.map((x) => x.value))).toContain(articleValue);
	});

	it('the writer ties it and sees it on the article', async () => {
		await setReflectionCodeLinks(a.worker, db, { organisationId: a.organisationId, reflectionId }, [
			articleValue,
			'k:1'
		]);
		const mine = await linksFor(a.worker);
		expect(mine.reflections.map((r) => r.text)).toEqual(['Ik luisterde eerst.']);
		expect((await findCodeLinks(a.worker, db, { reflectionIds: [reflectionId] })).get(reflectionId)?.sort()).toEqual(
			[articleValue, 'k:1'].sort()
		);
	});

	it('insider attack: the coach and the admin of the same organisation see none of it, and cannot tie it', async () => {
		for (const insider of [a.coach, a.admin]) {
			expect((await linksFor(insider)).reflections).toEqual([]);
			expect((await findCodeLinks(insider, db, { reflectionIds: [reflectionId] })).size).toBe(0);
			await rejects(
				setReflectionCodeLinks(insider, db, { organisationId: a.organisationId, reflectionId }, [articleValue])
			);
		}
		// The link row is still the writer's, unchanged by the attempts.
		const rows = await db.select().from(codePrivateLink).where(eq(codePrivateLink.reflectionId, reflectionId));
		expect(rows.every((r) => r.workerUserId === a.worker.userId)).toBe(true);
		expect(rows).toHaveLength(2);
	});

	it('the kernwaarde it is tied to shows it too: to the writer only', async () => {
		const onValue = (actor: OrgFixture['worker']) =>
			getArticleLinks(actor, db, { organisationId: a.organisationId, codeId, kernwaarde: '1' });
		expect((await onValue(a.worker)).reflections.map((r) => r.text)).toEqual(['Ik luisterde eerst.']);
		expect(
			(await getArticleLinks(a.worker, db, { organisationId: a.organisationId, codeId, kernwaarde: '2' })).reflections
		).toEqual([]);
		for (const insider of [a.coach, a.admin]) expect((await onValue(insider)).reflections).toEqual([]);
		await rejects(getArticleLinks(b.worker, db, { organisationId: a.organisationId, codeId, kernwaarde: '1' }));
		const value = await getCodeKernwaarde(a.worker, db, { organisationId: a.organisationId, number: '1' });
		expect(value.kernwaarde.name).toBe('Respect voor menselijke waardigheid en autonomie');
		expect(value.next?.number).toBe('2');
		expect(value.previous).toBeNull();
		await rejects(getCodeKernwaarde(a.worker, db, { organisationId: a.organisationId, number: '99' }));
		await rejects(getCodeKernwaarde(b.worker, db, { organisationId: a.organisationId, number: '1' }));
	});

	it('another organisation reads and changes nothing', async () => {
		await rejects(linksFor(b.worker, a));
		await rejects(linksFor(b.admin, a));
		await rejects(setReflectionCodeLinks(b.worker, db, { organisationId: b.organisationId, reflectionId }, []));
		await rejects(setReflectionCodeLinks(b.worker, db, { organisationId: a.organisationId, reflectionId }, []));
	});

	it('refuses an article of another organisation’s code and made-up values', async () => {
		const bArticle = await getCodeArticle(b.worker, db, { organisationId: b.organisationId, number: '2.1.3' });
		await rejects(
			setReflectionCodeLinks(a.worker, db, { organisationId: a.organisationId, reflectionId }, [
				`a:${bArticle.article.articleId}`
			]),
			'INVALID_INPUT'
		);
		await rejects(
			setReflectionCodeLinks(a.worker, db, { organisationId: a.organisationId, reflectionId }, ['k:99']),
			'INVALID_INPUT'
		);
		await rejects(
			setReflectionCodeLinks(a.worker, db, { organisationId: a.organisationId, reflectionId }, ['x']),
			'INVALID_INPUT'
		);
	});

	it('stays on the article in a new version (the stable article id)', async () => {
		const next = sample.replace('##### Artikel 2.1.3. Luisteren', '##### Artikel 2.1.3. Goed luisteren');
		await importCodeVersion(a.admin, db, { organisationId: a.organisationId, markdown: next });
		const article = await getCodeArticle(a.worker, db, { organisationId: a.organisationId, number: '2.1.3' });
		expect(article.article.articleId).toBe(articleId);
		expect(article.article.title).toBe('Goed luisteren');
		expect((await linksFor(a.worker)).reflections).toHaveLength(1);
	});
});

describe('a story and residents’ voice tied to an article', () => {
	let storyId: string;
	let topIdeaId: string;

	beforeAll(async () => {
		({ id: storyId } = await createPracticeStory(a.worker, db, a.organisationId, {
			title: 'Samen de brief lezen',
			body: 'We lazen de brief samen.',
			instrument: '',
			themes: '',
			showName: false,
			trialId: null
		}));
		const [s] = await db
			.insert(adviceSession)
			.values({ organisationId: a.organisationId, code: 'LNK17A', question: 'Wat helpt u?', groups: [] })
			.returning({ id: adviceSession.id });
		const [idea] = await db
			.insert(adviceTopIdea)
			.values({ sessionId: s.id, wording: 'Luister eerst, help dan' })
			.returning({ id: adviceTopIdea.id });
		topIdeaId = idea.id;
	});

	it('the writer ties the story; every member of the organisation sees it, no one else changes it', async () => {
		await setStoryCodeLinks(a.worker, db, { storyId }, [articleValue]);
		expect((await linksFor(a.coach)).stories).toEqual([{ id: storyId, title: 'Samen de brief lezen', author: null }]);
		await rejects(setStoryCodeLinks(a.coach, db, { storyId }, []), 'FORBIDDEN');
		await rejects(setStoryCodeLinks(b.worker, db, { storyId }, []));
		expect(await db.select().from(codeLink).where(eq(codeLink.practiceStoryId, storyId))).toHaveLength(1);
	});

	it('an editor ties a top idea to the article and takes it off again; a worker or another organisation cannot', async () => {
		const args = { organisationId: a.organisationId, topIdeaId, articleId };
		await rejects(linkTopIdea(a.worker, db, args), 'FORBIDDEN');
		await rejects(linkTopIdea(b.admin, db, args));
		await rejects(linkTopIdea(b.admin, db, { ...args, organisationId: b.organisationId }));
		await linkTopIdea(a.admin, db, args);
		await linkTopIdea(a.admin, db, args);
		const voice = (await linksFor(a.worker)).topIdeas;
		expect(voice.map((t) => t.wording)).toEqual(['Luister eerst, help dan']);
		expect((await linksFor(a.worker)).canEdit).toBe(false);
		expect((await linksFor(a.admin)).canEdit).toBe(true);
		await rejects(
			unlinkTopIdea(a.worker, db, { organisationId: a.organisationId, linkId: voice[0].linkId }),
			'FORBIDDEN'
		);
		await rejects(unlinkTopIdea(b.admin, db, { organisationId: b.organisationId, linkId: voice[0].linkId }));
		// A story's link is its writer's, not the editor's to remove.
		const [storyLink] = await db.select().from(codeLink).where(eq(codeLink.practiceStoryId, storyId));
		await rejects(unlinkTopIdea(a.admin, db, { organisationId: a.organisationId, linkId: storyLink.id }));
		await unlinkTopIdea(a.admin, db, { organisationId: a.organisationId, linkId: voice[0].linkId });
		expect((await linksFor(a.worker)).topIdeas).toEqual([]);
	});
});

describe('a guide section that comes from an article', () => {
	it('shows on the article for the guide’s team only (not another team, not the admin outside it)', async () => {
		const { id: guideId } = await createGuide(a.worker, db, { teamId: a.teamId, title: 'Luisteren in gesprekken' });
		const [first] = (await getGuideDraft(a.worker, db, guideId)).sections;
		// The article is one of the choices of the provenance select, by its stable id.
		await saveGuideDraft(a.worker, db, {
			guideId,
			title: 'Luisteren in gesprekken',
			sections: [
				{
					id: first.id,
					heading: 'Eerst luisteren',
					body: 'Laat iemand uitpraten.',
					source: `code:${articleId}`,
					note: ''
				}
			]
		});
		await publishGuide(a.worker, db, { guideId, changeNote: 'Eerste versie', minor: false });
		expect((await linksFor(a.coach)).guides).toEqual([
			{ id: guideId, title: 'Luisteren in gesprekken', teamName: 'A team' }
		]);
		const [other] = await db
			.insert(team)
			.values({ organisationId: a.organisationId, name: 'A ander team' })
			.returning({ id: team.id });
		const { id: userId } = await insertUserWithPassword(db, {
			email: 'ander-team-links@test.example',
			name: 'Ander team',
			password: 'correct horse battery staple'
		});
		const [m] = await db
			.insert(membership)
			.values({ organisationId: a.organisationId, userId, roles: ['worker'] })
			.returning({ id: membership.id });
		await db.insert(teamMember).values({ teamId: other.id, membershipId: m.id });
		const otherTeamWorker = {
			kind: 'user' as const,
			userId,
			email: 'ander-team-links@test.example',
			name: 'Ander team'
		};
		expect((await linksFor(otherTeamWorker)).guides).toEqual([]);
		expect((await linksFor(a.admin)).guides).toEqual([]);
		// A made-up article id is not a choice.
		await expect(
			saveGuideDraft(a.worker, db, {
				guideId,
				title: 'Luisteren in gesprekken',
				sections: [{ id: first.id, heading: 'X', body: 'Y', source: `code:${crypto.randomUUID()}`, note: '' }]
			})
		).rejects.toMatchObject({ code: 'INVALID_INPUT' });
	});
});

describe('a dilemma reflection', () => {
	let dilemmaId: string;
	let sessionId: string;

	beforeAll(async () => {
		({ id: sessionId } = await createLearningSession(a.coach, db, {
			teamId: a.teamId,
			methodRef: 'builtin:incidentmethode',
			theme: 'Moreel beraad',
			day: '2026-12-10',
			time: '14:00',
			chairMembershipId: a.membershipIds.coach,
			participantIds: [a.membershipIds.worker],
			inbrengerMembershipId: a.membershipIds.worker
		}));
	});

	it('is private to the writer: not for the coach, the admin or another organisation', async () => {
		({ id: dilemmaId } = await saveDilemma(
			a.worker,
			db,
			{ organisationId: a.organisationId },
			dilemmaInput('Geheim of melden', [articleValue, 'k:2'])
		));
		expect((await findDilemmas(a.worker, db, a.organisationId)).map((d) => d.title)).toEqual(['Geheim of melden']);
		expect((await linksFor(a.worker)).dilemmas.map((d) => d.title)).toEqual(['Geheim of melden']);
		for (const insider of [a.coach, a.admin]) {
			expect(await findDilemmas(insider, db, a.organisationId)).toEqual([]);
			expect((await linksFor(insider)).dilemmas).toEqual([]);
			await rejects(getDilemma(insider, db, { organisationId: a.organisationId, dilemmaId }));
			await rejects(
				saveDilemma(insider, db, { organisationId: a.organisationId, dilemmaId }, dilemmaInput('Overschreven'))
			);
			await rejects(deleteDilemma(insider, db, { organisationId: a.organisationId, dilemmaId }));
			await rejects(bringDilemma(insider, db, { organisationId: a.organisationId, dilemmaId, sessionId }));
		}
		await rejects(getDilemma(b.worker, db, { organisationId: a.organisationId, dilemmaId }));
		await rejects(getDilemma(b.worker, db, { organisationId: b.organisationId, dilemmaId }));
		const [row] = await db.select().from(dilemmaReflection).where(eq(dilemmaReflection.id, dilemmaId));
		expect(row.title).toBe('Geheim of melden');
		expect((await getDilemma(a.worker, db, { organisationId: a.organisationId, dilemmaId })).codeLinks.sort()).toEqual(
			[articleValue, 'k:2'].sort()
		);
	});

	it('brought to a session: its participants read it there, nobody else', async () => {
		const before = await getDilemma(a.worker, db, { organisationId: a.organisationId, dilemmaId });
		expect(before.sessions.map((s) => s.id)).toEqual([sessionId]);
		await rejects(findSessionDilemmas(a.admin, db, sessionId));
		await bringDilemma(a.worker, db, { organisationId: a.organisationId, dilemmaId, sessionId });
		for (const participant of [a.worker, a.coach]) {
			const seen = await findSessionDilemmas(participant, db, sessionId);
			expect(seen.map((d) => d.title)).toEqual(['Geheim of melden']);
			expect(seen[0].atStake).toHaveLength(2);
		}
		// The coach still cannot open it outside the session.
		await rejects(getDilemma(a.coach, db, { organisationId: a.organisationId, dilemmaId }));
		expect((await linksFor(a.coach)).dilemmas).toEqual([]);
		await rejects(findSessionDilemmas(a.admin, db, sessionId));
		await rejects(findSessionDilemmas(b.worker, db, sessionId));
	});

	it('can be taken back until the session starts, not after', async () => {
		await takeBackDilemma(a.worker, db, { organisationId: a.organisationId, dilemmaId });
		expect(await findSessionDilemmas(a.coach, db, sessionId)).toEqual([]);
		await bringDilemma(a.worker, db, { organisationId: a.organisationId, dilemmaId, sessionId });
		await moveLearningSession(a.coach, db, { sessionId, move: 'start', from: 0 });
		await rejects(takeBackDilemma(a.worker, db, { organisationId: a.organisationId, dilemmaId }), 'CONFLICT');
		expect(await findSessionDilemmas(a.coach, db, sessionId)).toHaveLength(1);
		// A started session takes no new dilemmas.
		const { id: other } = await saveDilemma(a.worker, db, { organisationId: a.organisationId }, dilemmaInput('Tweede'));
		await rejects(bringDilemma(a.worker, db, { organisationId: a.organisationId, dilemmaId: other, sessionId }));
	});

	it('the writer deletes it, with its links', async () => {
		await deleteDilemma(a.worker, db, { organisationId: a.organisationId, dilemmaId });
		expect(await db.select().from(codePrivateLink).where(eq(codePrivateLink.dilemmaId, dilemmaId))).toEqual([]);
		expect(await findSessionDilemmas(a.coach, db, sessionId)).toEqual([]);
	});
});

describe('demo data', () => {
	it('the demo worker has reflections tied to articles and one dilemma, once; the demo coach sees none of it', async () => {
		const first = await seedDemo(systemActor('test'), db);
		await seedDemo(systemActor('test'), db);
		const actorOf = async (email: string): Promise<UserActor> => {
			const [u] = await db.select().from(user).where(eq(user.email, email));
			return { kind: 'user', userId: u.id, email, name: u.name };
		};
		const worker = await actorOf(first.users[0].email);
		const coach = await actorOf(first.users.find((u) => u.roles.includes('coach'))!.email);
		const organisationId = first.organisationId;
		const at = async (actor: UserActor, number: string) => {
			const article = await getCodeArticle(actor, db, { organisationId, number });
			return getArticleLinks(actor, db, {
				organisationId,
				codeId: article.codeId,
				articleId: article.article.articleId
			});
		};
		expect((await at(worker, '6.1')).reflections).toHaveLength(1);
		expect((await at(coach, '2.1.3')).topIdeas).toHaveLength(1);
		expect((await at(worker, '2.1.3')).reflections).toHaveLength(1);
		expect((await at(worker, '5.2.1')).dilemmas.map((d) => d.title)).toEqual(['Demo: geheim houden of delen?']);
		expect(await findDilemmas(worker, db, organisationId)).toHaveLength(1);
		expect((await at(coach, '6.1')).reflections).toEqual([]);
		expect((await at(coach, '5.2.1')).dilemmas).toEqual([]);
	});
});
