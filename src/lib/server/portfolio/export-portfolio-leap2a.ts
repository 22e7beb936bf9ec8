import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { writeAudit } from '../audit';
import { portfolioActivity } from '../db/schema';
import { activitiesIn, exportSetting, ownGoals, type ExportPeriod } from './export-data';
import { requireMember } from './access';
import { guardExport } from './export-guard';
import { buildLeap2a } from './leap2a';

/**
 * The portfolio as a Leap2A (2010-07) Atom document: every goal with its evidence (has_evidence), the
 * period's activities (an intervisie, supervisie or casuïstiek meeting attended_by those who
 * confirmed), each reflection (reflects_on its activity), and activities outside the period that a
 * goal names as evidence. Guarded over everything that leaves; only the worker's own rows.
 */
export async function exportPortfolioLeap2a(
	actor: Actor,
	db: Db,
	options: { organisationId: string; period?: ExportPeriod }
): Promise<string> {
	const { actor: worker } = await requireMember(db, actor, options.organisationId);
	const setting = await exportSetting(worker, db, options.organisationId);
	const period = options.period ?? setting.period;
	const [goals, inPeriod] = await Promise.all([
		ownGoals(worker, db, options.organisationId),
		activitiesIn(worker, db, { organisationId: options.organisationId, period })
	]);
	const known = new Set(inPeriod.map((a) => a.id));
	const named = [
		...new Set(
			goals.flatMap((g) => g.evidence.map((e) => e.activityId)).filter((id): id is string => !!id && !known.has(id))
		)
	];
	const extra = named.length
		? await db
				.select()
				.from(portfolioActivity)
				.where(
					and(
						inArray(portfolioActivity.id, named),
						eq(portfolioActivity.organisationId, options.organisationId),
						eq(portfolioActivity.workerUserId, worker.userId)
					)
				)
		: [];
	const activities = [...inPeriod, ...extra].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
	await guardExport(worker, db, { organisationId: options.organisationId, format: 'leap2a', goals, activities });
	const xml = buildLeap2a({
		author: { name: worker.name },
		register: setting.register,
		goals,
		activities,
		now: new Date(),
		feedId: `urn:uuid:${randomUUID()}`
	});
	await writeAudit(db, worker, {
		organisationId: options.organisationId,
		action: 'portfolio.export',
		subjectType: 'portfolio',
		subjectId: worker.userId,
		details: { format: 'leap2a', goals: goals.length, activities: activities.length }
	});
	return xml;
}
