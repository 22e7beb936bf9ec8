import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Actor, UserActor } from '../actor';
import type { Db } from '../db/client';
import {
	codeArticle,
	codeRound,
	codeVersion,
	dilemmaReflection,
	feedbackContactRequest,
	learningSession,
	learningSessionParticipant,
	networkCase,
	networkCaseWorker,
	networkPerson,
	networkVersion,
	portfolioActivity,
	portfolioGoal,
	portfolioGoalEvidence,
	practiceStory,
	reflection
} from '../db/schema';
import type { ActivityRow } from './activity-access';
import { requireRole, requireUser } from '../organisation/access';
import { todayInNL } from '../dates';
import type { RegisterRules } from '../../portfolio/model';
import { periodStartEndingOn } from '../../portfolio/dossier';
import { lastDayBefore, periodEnd } from '../../portfolio/progress';
import { ownProfile, registerOf } from './register-rules';
import type { ResidentDataSources } from '../../portfolio/resident-data-guard';
import { m } from '../../paraglide/messages';
import { dimensionLabel } from '../feedback/dimension-label';

// What the portfolio exports read: the worker's own rows only, in their current organisation. Not a
// use case: the export-* use cases and the export page share it.

type PortfolioGoalRow = typeof portfolioGoal.$inferSelect;

export interface ExportPeriod {
	from: string;
	to: string;
}

/** The register and period an export uses: the worker's profile, or the fallback when it is unset. */
export interface ExportSetting {
	register: RegisterRules;
	/** The current period from the profile, both days inclusive (without one: the register's length up to today). */
	period: ExportPeriod;
	/** False: no profile yet, so the log's fallback register and the period up to today. */
	fromProfile: boolean;
}

/** The signed-in worker, a member of the organisation; anyone else gets "not found" or "sign in". */
export async function requirePortfolioOwner(actor: Actor, db: Db, organisationId: string): Promise<UserActor> {
	requireUser(actor);
	await requireRole(db, actor, organisationId);
	return actor;
}

/**
 * The register and period as /ontwikkeling/voortgang takes them (register-rules.ts): the profile's
 * register with the organisation's numbers and its current period; without a profile the log's
 * fallback register and the period of that length up to today.
 */
export async function exportSetting(actor: UserActor, db: Db, organisationId: string): Promise<ExportSetting> {
	const profile = await ownProfile(db, actor, organisationId);
	const register = await registerOf(db, organisationId, profile);
	if (profile) {
		const end = lastDayBefore(periodEnd(profile.periodStart, register.periodYears));
		return { register, period: { from: profile.periodStart, to: end }, fromProfile: true };
	}
	const today = todayInNL();
	return {
		register,
		period: { from: periodStartEndingOn(today, register.periodYears), to: today },
		fromProfile: false
	};
}

/** The worker's activities in a period, oldest first. */
export async function activitiesIn(
	actor: UserActor,
	db: Db,
	options: { organisationId: string; period: ExportPeriod }
): Promise<ActivityRow[]> {
	return db
		.select()
		.from(portfolioActivity)
		.where(
			and(
				eq(portfolioActivity.organisationId, options.organisationId),
				eq(portfolioActivity.workerUserId, actor.userId),
				gte(portfolioActivity.occurredOn, options.period.from),
				lte(portfolioActivity.occurredOn, options.period.to)
			)
		)
		.orderBy(asc(portfolioActivity.occurredOn), asc(portfolioActivity.createdAt));
}

/** A piece of evidence as it leaves: what it is, in words, and the activity it is when it is one. */
interface ExportEvidence {
	id: string;
	kind: string;
	title: string;
	/** The worker's own words that go with it (a reflection's text), or ''. */
	text: string;
	activityId: string | null;
	createdAt: Date;
}

export interface ExportGoal extends PortfolioGoalRow {
	evidence: ExportEvidence[];
}

/** Every goal of the worker with its evidence described. A resident's quote leaves as a mention only. */
export async function ownGoals(actor: UserActor, db: Db, organisationId: string): Promise<ExportGoal[]> {
	const goals = await db
		.select()
		.from(portfolioGoal)
		.where(and(eq(portfolioGoal.organisationId, organisationId), eq(portfolioGoal.workerUserId, actor.userId)))
		.orderBy(asc(portfolioGoal.createdAt));
	if (!goals.length) return [];
	const rows = await db
		.select({
			evidence: portfolioGoalEvidence,
			reflectionText: reflection.text,
			reflectionOwner: reflection.workerUserId,
			dilemmaTitle: dilemmaReflection.title,
			dilemmaOwner: dilemmaReflection.workerUserId,
			storyTitle: practiceStory.title,
			roundQuestion: codeRound.question,
			sessionMethod: learningSession.method,
			sessionStartedAt: learningSession.startedAt
		})
		.from(portfolioGoalEvidence)
		.leftJoin(reflection, eq(reflection.id, portfolioGoalEvidence.reflectionId))
		.leftJoin(dilemmaReflection, eq(dilemmaReflection.id, portfolioGoalEvidence.dilemmaId))
		.leftJoin(practiceStory, eq(practiceStory.id, portfolioGoalEvidence.practiceStoryId))
		.leftJoin(codeRound, eq(codeRound.id, portfolioGoalEvidence.codeRoundId))
		.leftJoin(learningSessionParticipant, eq(learningSessionParticipant.id, portfolioGoalEvidence.participantId))
		.leftJoin(learningSession, eq(learningSession.id, learningSessionParticipant.sessionId))
		.where(
			inArray(
				portfolioGoalEvidence.goalId,
				goals.map((g) => g.id)
			)
		)
		.orderBy(asc(portfolioGoalEvidence.createdAt));
	const evidence: Map<string, ExportEvidence[]> = new Map();
	for (const r of rows) {
		const e = r.evidence;
		let title: string;
		let text = '';
		switch (e.kind) {
			case 'mirror_theme':
				title = m.pfx_evidence_theme({ dimension: dimensionLabel({ key: e.dimension ?? '', builtIn: true }) });
				break;
			case 'mirror_quote':
				// A resident's words stay in Vakspiegel (and go with their response at retention).
				title = m.pfx_evidence_quote();
				break;
			case 'reflection':
				title = m.pfx_evidence_reflection();
				// Only the worker's own reflection travels; a row that points elsewhere travels as a mention.
				text = r.reflectionOwner === actor.userId ? (r.reflectionText ?? '') : '';
				break;
			case 'dilemma':
				title = m.pfx_evidence_dilemma({ title: r.dilemmaOwner === actor.userId ? (r.dilemmaTitle ?? '') : '' });
				break;
			case 'session':
				title = m.pfx_evidence_session({ method: r.sessionMethod?.name ?? '' });
				break;
			case 'code_round':
				title = m.pfx_evidence_round({ question: r.roundQuestion ?? '' });
				break;
			case 'code_article':
				title = await articleTitle(db, e.codeId, e.articleId);
				break;
			case 'kernwaarde':
				title = m.pfx_evidence_kernwaarde({ kernwaarde: e.kernwaarde ?? '' });
				break;
			case 'practice_story':
				title = m.pfx_evidence_story({ title: r.storyTitle ?? '' });
				break;
			default:
				title = m.pfx_evidence_activity();
		}
		const list = evidence.get(e.goalId) ?? [];
		list.push({ id: e.id, kind: e.kind, title, text, activityId: e.activityId, createdAt: e.createdAt });
		evidence.set(e.goalId, list);
	}
	return goals.map((g) => ({ ...g, evidence: evidence.get(g.id) ?? [] }));
}

async function articleTitle(db: Db, codeId: string | null, articleId: string | null): Promise<string> {
	if (!codeId || !articleId) return m.pfx_evidence_article({ number: '', title: '' });
	const [a] = await db
		.select({ number: codeArticle.number, title: codeArticle.title })
		.from(codeArticle)
		.innerJoin(codeVersion, eq(codeVersion.id, codeArticle.versionId))
		.where(and(eq(codeVersion.codeId, codeId as never), eq(codeArticle.articleId, articleId as never)))
		.orderBy(desc(codeVersion.createdAt))
		.limit(1);
	return m.pfx_evidence_article({ number: a?.number ?? '', title: a?.title ?? '' });
}

/**
 * What the guard looks for, for this worker: every name on the network maps of the client casussen
 * they are assigned to (the live map and its saved versions, so someone taken off the map still counts), and
 * the names and contact details residents left in call-back requests for them.
 */
export async function residentDataSources(
	actor: UserActor,
	db: Db,
	organisationId: string
): Promise<ResidentDataSources> {
	const cases = db
		.select({ id: networkCaseWorker.caseId })
		.from(networkCaseWorker)
		.innerJoin(networkCase, eq(networkCase.id, networkCaseWorker.caseId))
		.where(
			and(
				eq(networkCaseWorker.userId, actor.userId),
				eq(networkCase.organisationId, organisationId),
				// The practice map holds the worker's own people (colleagues, family), not residents: a
				// colleague who chaired a session must not refuse the attestation they are named on.
				eq(networkCase.kind, 'client')
			)
		);
	const [persons, versions, contacts] = await Promise.all([
		db.select({ name: networkPerson.name }).from(networkPerson).where(inArray(networkPerson.caseId, cases)),
		db.select({ snapshot: networkVersion.snapshot }).from(networkVersion).where(inArray(networkVersion.caseId, cases)),
		db
			.select({ name: feedbackContactRequest.name, contact: feedbackContactRequest.contact })
			.from(feedbackContactRequest)
			.where(
				and(
					eq(feedbackContactRequest.organisationId, organisationId),
					eq(feedbackContactRequest.workerUserId, actor.userId)
				)
			)
	]);
	const names = new Set<string>();
	for (const p of persons) names.add(p.name);
	for (const v of versions) for (const p of v.snapshot.persons ?? []) names.add(p.name);
	for (const c of contacts) names.add(c.name);
	return { names: [...names], contacts: contacts.map((c) => c.contact) };
}
