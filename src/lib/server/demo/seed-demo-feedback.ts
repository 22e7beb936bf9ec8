import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { randomBytes } from 'node:crypto';
import {
	feedbackBatch,
	feedbackCard,
	feedbackContactRequest,
	feedbackFollowUp,
	feedbackRequest,
	feedbackResponse,
	feedbackTemplate,
	reflection,
	selfRating,
	type TemplateQuestion
} from '../db/schema';
import type { TemplateScale } from '../../feedback/scale';
import { newToken } from '../tokens';
import { newCardCode } from '../feedback/codes';
import { nextDay, quarterOf, todayInNL } from '../dates';

export interface DemoFeedback {
	worker: string;
	path: string;
	cardCodes: string[];
}

// Realistic, invented answers (demo data: no real residents).
const QUOTES: [string, string][] = [
	['Ze luistert echt en neemt de tijd. Ik voelde me niet gehaast.', 'Soms duurt het lang voor ze terugbelt.'],
	['Ze kwam altijd op tijd en deed wat ze zei.', ''],
	['Ze dacht mee over mijn schulden zonder te oordelen.', 'Meer uitleggen wat de volgende stap is.'],
	['Fijn dat ik mijn eigen plan mocht maken.', 'Minder formulieren graag.'],
	['Ze begreep hoe zwaar het is met drie kinderen.', 'Af en toe even bellen tussendoor zou helpen.'],
	['Goed geholpen met de aanvraag bij de gemeente.', 'De afspraak werd twee keer verzet.'],
	['Ze praat gewoon normaal met je, niet vanuit de hoogte.', ''],
	['Mijn moeder voelde zich serieus genomen.', 'Wat vaker langskomen.'],
	['Ze hielp me om mijn buurvrouw om hulp te vragen.', 'Soms te snel met oplossingen.'],
	['Duidelijke afspraken op papier.', 'De wachttijd was lang.'],
	['Ik kon eerlijk zeggen wat ik dacht.', 'Ze vergat één keer wat we hadden afgesproken.'],
	['Ze bleef rustig toen ik boos was.', '']
];

type Scores = Record<string, number | null>;
const QUARTER_PROFILES: { day: string; scores: Scores[] }[] = [
	{ day: '-03-12', scores: [s(4, 4, 5, 4, 3, 4), s(5, 5, 5, 4, 4, 4), s(4, 5, 4, 4, 3, 3)] },
	{ day: '-05-20', scores: [s(4, 5, 5, 5, 4, 4), s(5, 4, 5, 4, 4, 5), s(4, 5, 5, 4, 3, 4)] },
	{ day: '-08-14', scores: [s(5, 5, 5, 4, 4, 5), s(4, 5, 4, 5, 4, 4), s(5, 4, 5, 4, 4, 4)] },
	// This quarter "afspraken nakomen" drops: the demo mirror shows one alert.
	{ day: '-11-05', scores: [s(4, 3, 5, 4, 4, 4), s(5, 4, 5, 5, 4, 4), s(4, 4, 5, 4, null, 4)] }
];
function s(
	time: number,
	appointments: number,
	respect: number,
	understanding: number,
	ownIdeas: number | null,
	helped: number
): Scores {
	return { time, appointments, respect, understanding, ownIdeas, helped };
}

/** The demo worker's open link (e2e/fixtures/feedback.ts opens it by this label). */
const DEMO_REQUEST_LABEL = 'Demo: huisbezoeken';

/** Shown to admins and offered to workers: an own questionnaire with its own five-point scale. */
const DEMO_TEMPLATE_NAME = 'Groepsactiviteit (demo)';
const DEMO_SCALE: TemplateScale = {
	kind: 'own',
	words: {
		nl: ['Heel slecht', 'Slecht', 'Gaat wel', 'Goed', 'Heel goed'],
		en: ['Very bad', 'Bad', 'OK', 'Good', 'Very good'],
		ar: ['سيئ جدًا', 'سيئ', 'مقبول', 'جيد', 'جيد جدًا']
	}
};
const DEMO_QUESTIONS: Record<string, string>[] = [
	{
		nl: 'Hoe was de sfeer in de groep?',
		eenvoudig: 'Hoe was het in de groep?',
		en: 'How was the atmosphere in the group?',
		ar: 'كيف كان الجو في المجموعة؟'
	},
	{
		nl: 'Hoe legde [naam] uit wat we gingen doen?',
		eenvoudig: 'Hoe legde [naam] uit wat we gingen doen?',
		en: 'How did [naam] explain what we were going to do?',
		ar: 'كيف شرح [naam] ما سنفعله؟'
	},
	{
		nl: 'Hoe ging het samenwerken met de anderen?',
		eenvoudig: 'Hoe ging het samen met de anderen?',
		en: 'How did working together with the others go?',
		ar: 'كيف كان العمل مع الآخرين؟'
	}
];

async function seedDemoTemplate(db: Db, organisationId: string): Promise<void> {
	const [existing] = await db
		.select({ id: feedbackTemplate.id })
		.from(feedbackTemplate)
		.where(and(eq(feedbackTemplate.organisationId, organisationId), eq(feedbackTemplate.name, DEMO_TEMPLATE_NAME)));
	if (existing) return;
	const prefix = `t${randomBytes(4).toString('hex')}`;
	const questions: TemplateQuestion[] = DEMO_QUESTIONS.map((texts, i) => ({
		key: `${prefix}_${i + 1}`,
		texts,
		scale: DEMO_SCALE
	}));
	await db.insert(feedbackTemplate).values({ organisationId, name: DEMO_TEMPLATE_NAME, questions });
}

/**
 * The demo worker's feedback: a personal link (and an earlier closed one), responses over four quarters (in batches of 3), a
 * reflection, a self rating, one open call-back request, and unused card codes to try the card flow. The organisation also gets
 * one own questionnaire with an own answer scale.
 */
export async function seedDemoFeedback(
	db: Db,
	organisationId: string,
	worker: { id: string; email: string; firstName: string }
): Promise<DemoFeedback> {
	await seedDemoTemplate(db, organisationId);
	let [request] = await db
		.select()
		.from(feedbackRequest)
		.where(
			and(
				eq(feedbackRequest.workerUserId, worker.id),
				eq(feedbackRequest.organisationId, organisationId),
				eq(feedbackRequest.label, DEMO_REQUEST_LABEL)
			)
		);
	if (!request) {
		// An earlier, closed link for consultation hours: one answer of the first batch came through it,
		// so the mirror's filter has a batch it may not split (mirror-filter.ts).
		const [older] = await db
			.insert(feedbackRequest)
			.values({
				organisationId,
				workerUserId: worker.id,
				token: newToken(),
				label: 'Demo: spreekuur',
				firstName: worker.firstName,
				status: 'closed'
			})
			.returning();
		[request] = await db
			.insert(feedbackRequest)
			.values({
				organisationId,
				workerUserId: worker.id,
				token: newToken(),
				label: DEMO_REQUEST_LABEL,
				firstName: worker.firstName
			})
			.returning();
		const year = Number(todayInNL().slice(0, 4)) - (quarterOf(todayInNL()).endsWith('Q4') ? 0 : 1);
		let q = 0;
		for (const profile of QUARTER_PROFILES) {
			const day = `${year}${profile.day}`;
			const [batch] = await db
				.insert(feedbackBatch)
				// Released the morning after the day the answers came in (release-batches.ts).
				.values({ organisationId, workerUserId: worker.id, releasedOn: nextDay(day), size: profile.scores.length })
				.returning();
			const inserted = await db
				.insert(feedbackResponse)
				.values(
					profile.scores.map((scores, i) => {
						const [good, better] = QUOTES[(q * 3 + i) % QUOTES.length];
						return {
							requestId: q === 0 && i === 2 ? older.id : request.id,
							organisationId,
							workerUserId: worker.id,
							raterType: i === 2 && q === 1 ? ('caregiver' as const) : ('resident' as const),
							language: 'nl',
							scores,
							good,
							better,
							submittedOn: day,
							batchId: batch.id
						};
					})
				)
				.returning({ id: feedbackResponse.id });
			if (q === 3) {
				// A follow-up answer, given to an answer of an earlier batch: shown apart from the quotes.
				await db.insert(feedbackFollowUp).values({
					organisationId,
					workerUserId: worker.id,
					text: 'Ze belde zelf terug toen de afspraak verschoof. Dat gebeurt niet vaak.',
					submittedOn: `${year}-08-14`,
					batchId: batch.id
				});
				await db.insert(reflection).values({
					organisationId,
					workerUserId: worker.id,
					batchId: batch.id,
					responseId: inserted[0].id,
					quoteField: 'better',
					text: 'Demo: ik ga afspraken na elk gesprek op papier meegeven en zelf terugbellen als iets verschuift.'
				});
			}
			q++;
		}
		// A resident who asked for a call back yesterday: on the worker's home page and mirror at once,
		// apart from every batch.
		await db.insert(feedbackContactRequest).values({
			organisationId,
			workerUserId: worker.id,
			name: 'Fatima (demo)',
			contact: '06-12345678',
			requestedOn: todayInNL(new Date(Date.now() - 24 * 60 * 60 * 1000))
		});
		await db
			.insert(selfRating)
			.values({
				organisationId,
				workerUserId: worker.id,
				quarter: quarterOf(`${year}-11-05`),
				scores: s(4, 5, 5, 4, 5, 4)
			})
			.onConflictDoNothing();
	}
	let unused = await db
		.select({ code: feedbackCard.code })
		.from(feedbackCard)
		.where(and(eq(feedbackCard.requestId, request.id), isNull(feedbackCard.usedOn)));
	if (unused.length < 4) {
		unused = await db
			.insert(feedbackCard)
			.values(Array.from({ length: 8 }, () => ({ code: newCardCode(), requestId: request.id })))
			.onConflictDoNothing()
			.returning({ code: feedbackCard.code });
	}
	return { worker: worker.email, path: `/f/${request.token}`, cardCodes: unused.map((c) => c.code).sort() };
}
