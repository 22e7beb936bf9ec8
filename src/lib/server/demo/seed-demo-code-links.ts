import { and, asc, desc, eq, inArray, isNotNull, like } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { CodeId, CodeVersionId } from '../ids';
import {
	adviceSession,
	adviceTopIdea,
	code,
	codeArticle,
	codeLink,
	codePrivateLink,
	codeVersion,
	dilemmaReflection,
	reflection
} from '../db/schema';
import { SAMPLE_CODE_TITLE } from './seed-demo-code';

const DILEMMA_TITLE = 'Demo: geheim houden of delen?';

/**
 * The demo worker's practice tied to the sample code (issue 17): their mirror reflections linked to
 * articles and a kernwaarde, and one dilemma reflection. Private to the worker, like the real thing.
 * Residents' voice: the first advice top idea tied to article 2.1.3 (Luisteren), as an editor would.
 * Idempotent: once the worker has a link, nothing is added again.
 */
export async function seedDemoCodeLinks(db: Db, organisationId: string, workerUserId: string): Promise<void> {
	const [sample] = await db
		.select({ codeId: code.id, versionId: codeVersion.id })
		.from(code)
		.innerJoin(codeVersion, eq(codeVersion.codeId, code.id))
		.where(
			and(
				eq(code.organisationId, organisationId),
				eq(code.title, SAMPLE_CODE_TITLE),
				eq(codeVersion.status, 'published')
			)
		)
		.orderBy(desc(codeVersion.number))
		.limit(1);
	if (!sample) return;
	await linkDemoTopIdea(db, organisationId, sample);
	const [already] = await db
		.select({ id: codePrivateLink.id })
		.from(codePrivateLink)
		.where(and(eq(codePrivateLink.workerUserId, workerUserId), eq(codePrivateLink.codeId, sample.codeId)));
	if (already) return;
	const articles = await db
		.select({ number: codeArticle.number, articleId: codeArticle.articleId })
		.from(codeArticle)
		.where(
			and(
				eq(codeArticle.versionId, sample.versionId),
				inArray(codeArticle.number, ['2.1.2', '2.1.3', '3.1', '4.4', '5.2.1', '6.1'])
			)
		);
	const article = (n: string) => articles.find((a) => a.number === n)?.articleId;
	const links = (numbers: string[], kernwaarden: string[]) => [
		...numbers.flatMap((n) => (article(n) ? [{ articleId: article(n)!, kernwaarde: null }] : [])),
		...kernwaarden.map((kernwaarde) => ({ articleId: null, kernwaarde }))
	];
	const base = { organisationId, workerUserId, codeId: sample.codeId };

	// The mirror's demo reflection on keeping appointments, and a second one on the same batch.
	const [first] = await db
		.select({ id: reflection.id, batchId: reflection.batchId })
		.from(reflection)
		.where(
			and(
				eq(reflection.organisationId, organisationId),
				eq(reflection.workerUserId, workerUserId),
				like(reflection.text, 'Demo:%')
			)
		)
		.orderBy(asc(reflection.createdAt))
		.limit(1);
	if (first) {
		const [second] = await db
			.insert(reflection)
			.values({
				organisationId,
				workerUserId,
				batchId: first.batchId,
				text: 'Demo: ik vraag nu eerst wat iemand zelf wil, voordat ik met een plan kom.'
			})
			.returning({ id: reflection.id });
		const rows = [
			...links(['6.1', '3.1'], ['5']).map((l) => ({ ...base, ...l, reflectionId: first.id })),
			...links(['2.1.2', '2.1.3'], ['1']).map((l) => ({ ...base, ...l, reflectionId: second.id }))
		];
		if (rows.length > 0) await db.insert(codePrivateLink).values(rows);
	}

	const [dilemma] = await db
		.insert(dilemmaReflection)
		.values({
			organisationId,
			workerUserId,
			title: DILEMMA_TITLE,
			situation:
				'Een jongere (J.) vertelt me dat hij soms bij een vriend slaapt omdat het thuis onrustig is. Hij vraagt me het niet aan zijn moeder te vertellen.',
			question: 'Houd ik zijn vertrouwen, of vertel ik het zijn moeder omdat ik me zorgen maak over zijn veiligheid?',
			options:
				'Niets zeggen en het in de gaten houden. Het zijn moeder vertellen. Samen met J. bespreken wat hij wel wil delen, en met wie.',
			choice:
				'Ik bespreek het eerst met J. Zijn vertrouwen is belangrijk, maar als het onveilig wordt, zeg ik hem eerlijk dat ik het moet delen.',
			action:
				'Volgende week vraag ik J. wat hij nodig heeft. Ik leg vast wat we afspreken en vraag mijn coach om mee te denken.'
		})
		.returning({ id: dilemmaReflection.id });
	const rows = links(['5.2.1', '4.4'], ['1', '5']).map((l) => ({ ...base, ...l, dilemmaId: dilemma.id }));
	if (rows.length > 0) await db.insert(codePrivateLink).values(rows);
}

async function linkDemoTopIdea(db: Db, organisationId: string, sample: { codeId: CodeId; versionId: CodeVersionId }) {
	const [linked] = await db
		.select({ id: codeLink.id })
		.from(codeLink)
		.where(and(eq(codeLink.codeId, sample.codeId), isNotNull(codeLink.adviceTopIdeaId)));
	if (linked) return;
	const [idea] = await db
		.select({ id: adviceTopIdea.id })
		.from(adviceTopIdea)
		.innerJoin(adviceSession, eq(adviceSession.id, adviceTopIdea.sessionId))
		.where(eq(adviceSession.organisationId, organisationId))
		.orderBy(asc(adviceSession.createdAt), asc(adviceTopIdea.position))
		.limit(1);
	const [listening] = await db
		.select({ articleId: codeArticle.articleId })
		.from(codeArticle)
		.where(and(eq(codeArticle.versionId, sample.versionId), eq(codeArticle.number, '2.1.3')));
	if (!idea || !listening) return;
	await db.insert(codeLink).values({
		organisationId,
		codeId: sample.codeId,
		articleId: listening.articleId,
		adviceTopIdeaId: idea.id
	});
}
