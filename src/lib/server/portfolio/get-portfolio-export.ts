import { and, count, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioGoal } from '../db/schema';
import { activitiesIn, exportSetting, type ExportPeriod } from './export-data';
import { requireMember } from './access';

export interface PortfolioExportPage {
	registerName: string;
	fromProfile: boolean;
	/** The current period (profile, or the last five years up to today). */
	current: ExportPeriod;
	/** The chosen period (the current one unless the worker chose another). */
	period: ExportPeriod;
	activities: number;
	goals: number;
}

/** What the export page shows: the register, the current and the chosen period and what they hold. */
export async function getPortfolioExport(
	actor: Actor,
	db: Db,
	options: { organisationId: string; period?: ExportPeriod }
): Promise<PortfolioExportPage> {
	const { actor: worker } = await requireMember(db, actor, options.organisationId);
	const setting = await exportSetting(worker, db, options.organisationId);
	const period = options.period ?? setting.period;
	const [activities, [goals]] = await Promise.all([
		activitiesIn(worker, db, { organisationId: options.organisationId, period }),
		db
			.select({ n: count() })
			.from(portfolioGoal)
			.where(
				and(eq(portfolioGoal.organisationId, options.organisationId), eq(portfolioGoal.workerUserId, worker.userId))
			)
	]);
	return {
		registerName: setting.register.name,
		fromProfile: setting.fromProfile,
		current: setting.period,
		period,
		activities: activities.length,
		goals: goals.n
	};
}
