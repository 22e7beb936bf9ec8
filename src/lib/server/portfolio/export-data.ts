import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import {
	feedbackContactRequest,
	networkCase,
	networkCaseWorker,
	networkPerson,
	networkVersion,
	portfolioActivity,
	portfolioGoal,
	portfolioGoalEvidence
} from '../db/schema';
import type { ActivityRow } from './activity-access';
import { todayInNL } from '../dates';
import type { RegisterRules } from '../../portfolio/model';
import { periodStartEndingOn } from '../../portfolio/dossier';
import { lastDayBefore, periodEnd } from '../../portfolio/progress';
import { ownProfile, registerOf } from './register-rules';
import type { ResidentDataSources } from '../../portfolio/resident-data-guard';
import { describeEvidence, type ExportedEvidence } from './evidence-targets';

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

export interface ExportGoal extends PortfolioGoalRow {
	evidence: ExportedEvidence[];
}

/** Every goal of the worker with its evidence described as it leaves (evidence-targets.ts). */
export async function ownGoals(actor: UserActor, db: Db, organisationId: string): Promise<ExportGoal[]> {
	const goals = await db
		.select()
		.from(portfolioGoal)
		.where(and(eq(portfolioGoal.organisationId, organisationId), eq(portfolioGoal.workerUserId, actor.userId)))
		.orderBy(asc(portfolioGoal.createdAt));
	if (!goals.length) return [];
	const rows = await db
		.select()
		.from(portfolioGoalEvidence)
		.where(
			inArray(
				portfolioGoalEvidence.goalId,
				goals.map((g) => g.id)
			)
		)
		.orderBy(asc(portfolioGoalEvidence.createdAt), asc(portfolioGoalEvidence.id));
	const described = await describeEvidence(db, { workerUserId: actor.userId, organisationId }, rows, 'export');
	return goals.map((g) => ({ ...g, evidence: described.filter((e) => e.goalId === g.id) }));
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
