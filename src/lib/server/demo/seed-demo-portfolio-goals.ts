import { and, desc, eq, inArray, isNotNull, like, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	code,
	codeArticle,
	codeVersion,
	dilemmaReflection,
	feedbackResponse,
	learningSession,
	learningSessionParticipant,
	membership,
	portfolioGoal,
	portfolioGoalEvidence,
	portfolioShare,
	reflection,
	user
} from '../db/schema';
import { quarterOf, todayInNL } from '../dates';
import { SAMPLE_CODE_TITLE } from './seed-demo-code';

export interface DemoPortfolio {
	worker: string;
	path: string;
	/** The exact title of one demo goal (the one tied to the mirror's "afspraken nakomen"). */
	goal: string;
}

export const DEMO_GOAL_APPOINTMENTS = 'Ik kom mijn afspraken na, ook als het druk is';
const DEMO_GOAL_OWN_PLAN = 'Ik laat inwoners zelf hun plan maken';
const DAY = 86_400_000;

type Evidence = Omit<typeof portfolioGoalEvidence.$inferInsert, 'goalId'>;

/**
 * The demo worker's development plan (issue 19): two goals tied to mirror themes, quotes and
 * articles of the sample code, set in the middle of the demo year so each shows how residents'
 * released scores moved since (one down, one up); the first is shared with the demo coach, the
 * second is past its day to look back. Made once: a second run finds the goals by their titles.
 */
export async function seedDemoPortfolioGoals(
	db: Db,
	organisationId: string,
	people: { workerEmail: string; coachEmail: string }
): Promise<DemoPortfolio> {
	const result = { worker: people.workerEmail, path: '/ontwikkeling', goal: DEMO_GOAL_APPOINTMENTS };
	const members = await db
		.select({ id: membership.id, userId: membership.userId, email: user.email })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(
			and(eq(membership.organisationId, organisationId), inArray(user.email, [people.workerEmail, people.coachEmail]))
		);
	const worker = members.find((m) => m.email === people.workerEmail);
	const coach = members.find((m) => m.email === people.coachEmail);
	if (!worker) return result;
	const [existing] = await db
		.select({ id: portfolioGoal.id })
		.from(portfolioGoal)
		.where(
			and(
				eq(portfolioGoal.organisationId, organisationId),
				eq(portfolioGoal.workerUserId, worker.userId),
				eq(portfolioGoal.title, DEMO_GOAL_APPOINTMENTS)
			)
		);
	if (existing) return result;

	// The same demo year as the mirror's answers (seed-demo-feedback.ts).
	const today = todayInNL();
	const year = Number(today.slice(0, 4)) - (quarterOf(today).endsWith('Q4') ? 0 : 1);
	const mine = and(
		eq(feedbackResponse.organisationId, organisationId),
		eq(feedbackResponse.workerUserId, worker.userId)
	);
	const quotes = await db
		.select({ id: feedbackResponse.id, good: feedbackResponse.good, better: feedbackResponse.better })
		.from(feedbackResponse)
		.where(
			and(
				mine,
				isNotNull(feedbackResponse.batchId),
				or(
					eq(feedbackResponse.better, 'De afspraak werd twee keer verzet.'),
					eq(feedbackResponse.good, 'Fijn dat ik mijn eigen plan mocht maken.')
				)
			)
		);
	const [note] = await db
		.select({ id: reflection.id })
		.from(reflection)
		.where(
			and(
				eq(reflection.organisationId, organisationId),
				eq(reflection.workerUserId, worker.userId),
				like(reflection.text, 'Demo: ik ga afspraken%')
			)
		)
		.limit(1);
	const [dilemma] = await db
		.select({ id: dilemmaReflection.id })
		.from(dilemmaReflection)
		.where(and(eq(dilemmaReflection.organisationId, organisationId), eq(dilemmaReflection.workerUserId, worker.userId)))
		.limit(1);
	const [attended] = await db
		.select({ id: learningSessionParticipant.id })
		.from(learningSessionParticipant)
		.innerJoin(learningSession, eq(learningSession.id, learningSessionParticipant.sessionId))
		.where(
			and(
				eq(learningSessionParticipant.membershipId, worker.id),
				eq(learningSession.status, 'ended'),
				isNotNull(learningSessionParticipant.presentAt)
			)
		)
		.limit(1);
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
	const articles = sample
		? await db
				.select({ number: codeArticle.number, articleId: codeArticle.articleId })
				.from(codeArticle)
				.where(and(eq(codeArticle.versionId, sample.versionId), inArray(codeArticle.number, ['2.1.2', '3.1', '6.1'])))
		: [];
	const article = (number: string): Evidence[] => {
		const found = articles.find((a) => a.number === number);
		return sample && found ? [{ kind: 'code_article', codeId: sample.codeId, articleId: found.articleId }] : [];
	};
	const quote = (field: 'good' | 'better', text: string): Evidence[] => {
		const found = quotes.find((q) => q[field] === text);
		return found ? [{ kind: 'mirror_quote', responseId: found.id, quoteField: field }] : [];
	};

	const [appointments] = await db
		.insert(portfolioGoal)
		.values({
			organisationId,
			workerUserId: worker.userId,
			title: DEMO_GOAL_APPOINTMENTS,
			description:
				'Inwoners zeggen dat afspraken soms verschuiven. Ik wil dat ze op mij kunnen rekenen. Ik merk het als er in de spiegel minder over verzette afspraken staat.',
			status: 'active',
			reviewOn: todayInNL(new Date(Date.now() + 30 * DAY)),
			dimension: 'appointments',
			createdAt: new Date(`${year}-07-01T09:00:00Z`),
			updatedAt: new Date(`${year}-07-01T09:00:00Z`)
		})
		.returning({ id: portfolioGoal.id });
	const [ownPlan] = await db
		.insert(portfolioGoal)
		.values({
			organisationId,
			workerUserId: worker.userId,
			title: DEMO_GOAL_OWN_PLAN,
			description: 'Ik vraag eerst wat iemand zelf wil, voordat ik met een plan kom.',
			status: 'active',
			reviewOn: todayInNL(new Date(Date.now() - 7 * DAY)),
			dimension: 'ownIdeas',
			createdAt: new Date(`${year}-06-01T09:00:00Z`),
			updatedAt: new Date(`${year}-06-01T09:00:00Z`)
		})
		.returning({ id: portfolioGoal.id });
	const evidence: (Evidence & { goalId: string })[] = [
		...[
			{ kind: 'mirror_theme', dimension: 'appointments' } as Evidence,
			...quote('better', 'De afspraak werd twee keer verzet.'),
			...(note ? [{ kind: 'reflection', reflectionId: note.id } as Evidence] : []),
			...article('6.1'),
			...article('3.1')
		].map((e) => ({ ...e, goalId: appointments.id })),
		...[
			{ kind: 'mirror_theme', dimension: 'ownIdeas' } as Evidence,
			...quote('good', 'Fijn dat ik mijn eigen plan mocht maken.'),
			...article('2.1.2'),
			...(sample ? [{ kind: 'kernwaarde', codeId: sample.codeId, kernwaarde: '1' } as Evidence] : []),
			...(dilemma ? [{ kind: 'dilemma', dilemmaId: dilemma.id } as Evidence] : []),
			...(attended ? [{ kind: 'session', participantId: attended.id } as Evidence] : [])
		].map((e) => ({ ...e, goalId: ownPlan.id }))
	];
	await db.insert(portfolioGoalEvidence).values(evidence);
	if (coach) {
		await db
			.insert(portfolioShare)
			.values({ organisationId, workerUserId: worker.userId, coachMembershipId: coach.id, goalId: appointments.id })
			.onConflictDoNothing();
	}
	return result;
}
