import { and, desc, eq } from 'drizzle-orm';
import { systemActor, type UserActor } from '../actor';
import type { Db } from '../db/client';
import { code, codeRound, codeVersion } from '../db/schema';
import { importCodeVersion } from '../code/import-code-version';
import { createCodeRound } from '../code/create-code-round';
import { getCodeRoundForRespondent } from '../code/get-code-round-for-respondent';
import { saveCodeReaction } from '../code/save-code-reaction';
import { signCodeRound } from '../code/sign-code-round';
import { closeCodeRound } from '../code/close-code-round';
import { getCodeRoundResults } from '../code/get-code-round-results';
import { answerCodeReactions } from '../code/answer-code-reactions';
import { publishCodeRoundAnswers } from '../code/publish-code-round-answers';
import type { CodeVersionId } from '../ids';
import type { CodeVerdict } from '../db/schema';
import { dutchDayAndTime } from '../../team/session';
import { readSampleCode, SAMPLE_CODE_TITLE } from './seed-demo-code';
import { sampleCodeDraft } from './sample-code-draft';

/** The demo's open consultation round (the editor's page), or null without the sample code. */
export interface DemoCodeRound {
	round: string;
	/** The earlier round, closed, every reaction answered and the answers published. */
	closedRound: string | null;
}

const QUESTION = 'Demo: wat vind je van versie 2 van de voorbeeld-beroepscode?';
const CLOSED_QUESTION = 'Demo: eerste ronde over versie 2 (gesloten, met antwoorden)';

type Reaction = [string, 'eens' | 'twijfel' | 'oneens', string, string];

/**
 * Each colleague reacts on a round with one of the sets of reactions, in turn (articles by number).
 * Returns how to find an article's id by its number.
 */
async function reactInTurn(
	db: Db,
	round: { organisationId: string; roundId: string },
	respondents: UserActor[],
	answers: Reaction[][]
): Promise<(number: string) => string> {
	const visitor = (actor: UserActor) => ({ kind: 'member' as const, actor, ...round });
	const { articles } = await getCodeRoundForRespondent(visitor(respondents[0]), db);
	const byNumber = (n: string) => articles.find((a) => a.number === n)?.articleId ?? articles[0].articleId;
	for (const [i, actor] of respondents.entries())
		for (const [number, stance, comment, proposal] of answers[i % answers.length])
			await saveCodeReaction(visitor(actor), db, { articleId: byNumber(number), stance, comment, proposal });
	return byNumber;
}

/**
 * The earlier, closed round on the same draft: reactions of colleagues and of the demo worker (so the
 * worker can open their personal page with answers from /beroepscode/reageren), every reaction with a
 * comment answered (bundled for one article, on its own for the others) and the answers published.
 */
async function seedClosedRound(
	db: Db,
	organisationId: string,
	versionId: CodeVersionId,
	respondents: UserActor[]
): Promise<string> {
	const demo = systemActor('demo');
	const [existing] = await db
		.select({ id: codeRound.id })
		.from(codeRound)
		.where(and(eq(codeRound.versionId, versionId), eq(codeRound.question, CLOSED_QUESTION)));
	if (existing) return `/beroepscode/rondes/${existing.id}`;
	const opens = dutchDayAndTime(new Date(Date.now() - 14 * 86_400_000));
	const closes = dutchDayAndTime(new Date(Date.now() + 86_400_000));
	const { roundId } = await createCodeRound(demo, db, {
		organisationId,
		versionId,
		question: CLOSED_QUESTION,
		opensDay: opens.day,
		opensTime: opens.time,
		closesDay: closes.day,
		closesTime: '17:00',
		audience: 'organisation',
		teamIds: []
	});
	const ids = { organisationId, roundId };
	const visitor = (actor: UserActor) => ({ kind: 'member' as const, actor, organisationId, roundId });
	if (respondents.length) {
		const answers: Reaction[][] = [
			[
				['1.1', 'eens', '', ''],
				['3.1', 'oneens', 'Terugbellen op dezelfde dag is niet haalbaar.', ''],
				['6.4', 'twijfel', '', 'Je bespreekt de fout met je leidinggevende of in je team.']
			],
			[
				['1.1', 'twijfel', 'Wie is "je"? Ook stagiairs?', ''],
				['3.1', 'oneens', 'Zeg wanneer je terugbelt, niet binnen hoeveel uur.', '']
			],
			[['5.1.2', 'eens', 'Mooi dat feedback van inwoners erin staat.', '']]
		];
		const byNumber = await reactInTurn(db, ids, respondents, answers);
		await saveCodeReaction(visitor(respondents[0]), db, {
			articleId: '',
			stance: '',
			comment: 'Kan de code ook als korte kaart voor op je bureau?',
			proposal: ''
		});
		await signCodeRound(visitor(respondents[1 % respondents.length]), db, { sign: true, name: '' });
		await closeCodeRound(demo, db, ids);
		const results = await getCodeRoundResults(demo, db, ids);
		// Article 3.1: one answer for all its reactions; every other reaction its own.
		const bundled = byNumber('3.1');
		await answerCodeReactions(demo, db, {
			...ids,
			reactionId: '',
			articleId: bundled,
			verdict: 'deels',
			reason: 'We schrijven nu dat je zegt wanneer je terugbelt. Een vaste termijn laten we weg.'
		});
		// The same reaction (several colleagues wrote it) gets the same answer.
		const replies: Record<string, [CodeVerdict, string]> = {
			'Wie is "je"? Ook stagiairs?': [
				'niet',
				'Dit staat al in artikel 1.1: de code geldt voor iedereen die sociaal werk doet, ook stagiairs.'
			],
			'Je bespreekt de fout met je leidinggevende of in je team.': [
				'overgenomen',
				'Goed punt. We noemen de leidinggevende er nu bij.'
			],
			'Kan de code ook als korte kaart voor op je bureau?': [
				'deels',
				'De code komt niet op een kaart, maar je kunt hem wel afdrukken: de pagina past op papier.'
			]
		};
		const fallback: [CodeVerdict, string] = ['overgenomen', 'Dank je. Dit blijft zo in de tekst.'];
		for (const [articleId, list] of [...Object.entries(results.comments), ['', results.general] as const]) {
			if (articleId === bundled) continue;
			for (const c of list) {
				const [verdict, reason] = replies[c.comment || c.proposal] ?? fallback;
				await answerCodeReactions(demo, db, { ...ids, reactionId: c.reactionId, articleId: '', verdict, reason });
			}
		}
		await publishCodeRoundAnswers(demo, db, ids);
	} else await closeCodeRound(demo, db, ids);
	return `/beroepscode/rondes/${roundId}`;
}

/**
 * The sample code's draft version 2 (a few articles changed, sample-code-draft.ts) and one open round
 * on it for the whole organisation, with a few reactions of demo colleagues (not of the demo worker,
 * who can try the round fresh). Idempotent: an existing draft and round are kept.
 */
export async function seedDemoCodeRound(
	db: Db,
	organisationId: string,
	respondents: UserActor[],
	/** The demo worker: reacted in the closed round only, so they can try the open one fresh. */
	worker?: UserActor
): Promise<DemoCodeRound | null> {
	const demo = systemActor('demo');
	const [sample] = await db
		.select({ id: code.id })
		.from(code)
		.where(and(eq(code.organisationId, organisationId), eq(code.title, SAMPLE_CODE_TITLE)));
	if (!sample) return null;
	let [draft] = await db
		.select({ id: codeVersion.id })
		.from(codeVersion)
		.where(and(eq(codeVersion.codeId, sample.id), eq(codeVersion.status, 'draft')))
		.orderBy(desc(codeVersion.number))
		.limit(1);
	if (!draft) {
		const markdown = readSampleCode();
		if (!markdown) return null;
		const imported = await importCodeVersion(demo, db, {
			organisationId,
			markdown: sampleCodeDraft(markdown),
			title: SAMPLE_CODE_TITLE,
			publish: false
		});
		draft = { id: imported.versionId };
	}
	const closedRound = await seedClosedRound(
		db,
		organisationId,
		draft.id,
		worker ? [worker, ...respondents] : respondents
	);
	const [existing] = await db
		.select({ id: codeRound.id })
		.from(codeRound)
		.where(and(eq(codeRound.versionId, draft.id), eq(codeRound.question, QUESTION)));
	if (existing) return { round: `/beroepscode/rondes/${existing.id}`, closedRound };

	const opens = dutchDayAndTime(new Date(Date.now() - 86_400_000));
	const closes = dutchDayAndTime(new Date(Date.now() + 28 * 86_400_000));
	const { roundId } = await createCodeRound(demo, db, {
		organisationId,
		versionId: draft.id,
		question: QUESTION,
		opensDay: opens.day,
		opensTime: opens.time,
		closesDay: closes.day,
		closesTime: '17:00',
		audience: 'organisation',
		teamIds: []
	});
	const visitor = (actor: UserActor) => ({ kind: 'member' as const, actor, organisationId, roundId });
	if (respondents.length === 0) return { round: `/beroepscode/rondes/${roundId}`, closedRound };
	const answers: Reaction[][] = [
		[
			['1.1', 'eens', '', ''],
			['3.1', 'twijfel', 'Terugbellen binnen een dag lukt niet altijd.', ''],
			['6.4', 'eens', 'Goed dat fouten in het team besproken worden.', '']
		],
		[
			['1.1', 'eens', '', ''],
			['3.1', 'oneens', '', 'Je zegt wanneer je bereikbaar bent en wie je vervangt.'],
			['5.1.2', 'eens', '', '']
		],
		[
			['1.1', 'twijfel', '', ''],
			['6.4', 'oneens', 'Niet elke fout hoort in het teamoverleg.', '']
		]
	];
	await reactInTurn(db, { organisationId, roundId }, respondents, answers);
	// One colleague signs with their name; the others stay anonymous (the default).
	await signCodeRound(visitor(respondents[0]), db, { sign: true, name: '' });
	await saveCodeReaction(visitor(respondents[respondents.length - 1]), db, {
		articleId: '',
		stance: '',
		comment: 'Fijn dat de tekst korter en duidelijker wordt.',
		proposal: ''
	});
	return { round: `/beroepscode/rondes/${roundId}`, closedRound };
}
