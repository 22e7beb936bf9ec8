import { and, desc, eq } from 'drizzle-orm';
import { systemActor, type UserActor } from '../actor';
import type { Db } from '../db/client';
import { code, codeRound, codeVersion } from '../db/schema';
import { importCodeVersion } from '../code/import-code-version';
import { createCodeRound } from '../code/create-code-round';
import { getCodeRoundForRespondent } from '../code/get-code-round-for-respondent';
import { saveCodeReaction } from '../code/save-code-reaction';
import { signCodeRound } from '../code/sign-code-round';
import { dutchDayAndTime } from '../../team/session';
import { readSampleCode, SAMPLE_CODE_TITLE } from './seed-demo-code';
import { sampleCodeDraft } from './sample-code-draft';

/** The demo's open consultation round (the editor's page), or null without the sample code. */
export interface DemoCodeRound {
	round: string;
}

const QUESTION = 'Demo: wat vind je van versie 2 van de voorbeeld-beroepscode?';

/**
 * The sample code's draft version 2 (a few articles changed, sample-code-draft.ts) and one open round
 * on it for the whole organisation, with a few reactions of demo colleagues (not of the demo worker,
 * who can try the round fresh). Idempotent: an existing draft and round are kept.
 */
export async function seedDemoCodeRound(
	db: Db,
	organisationId: string,
	respondents: UserActor[]
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
	const [existing] = await db
		.select({ id: codeRound.id })
		.from(codeRound)
		.where(and(eq(codeRound.versionId, draft.id), eq(codeRound.question, QUESTION)));
	if (existing) return { round: `/beroepscode/rondes/${existing.id}` };

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
	if (respondents.length === 0) return { round: `/beroepscode/rondes/${roundId}` };
	const { articles } = await getCodeRoundForRespondent(visitor(respondents[0]), db);
	const byNumber = (n: string) => articles.find((a) => a.number === n)?.articleId ?? articles[0].articleId;
	const answers: [string, 'eens' | 'twijfel' | 'oneens', string, string][][] = [
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
	for (const [i, actor] of respondents.entries()) {
		for (const [number, stance, comment, proposal] of answers[i % answers.length])
			await saveCodeReaction(visitor(actor), db, { articleId: byNumber(number), stance, comment, proposal });
	}
	// One colleague signs with their name; the others stay anonymous (the default).
	await signCodeRound(visitor(respondents[0]), db, { sign: true, name: '' });
	await saveCodeReaction(visitor(respondents[respondents.length - 1]), db, {
		articleId: '',
		stance: '',
		comment: 'Fijn dat de tekst korter en duidelijker wordt.',
		proposal: ''
	});
	return { round: `/beroepscode/rondes/${roundId}` };
}
