import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import { buildDossier, type Dossier } from '../../portfolio/dossier';
import type { RegisterRules } from '../../portfolio/model';
import { todayInNL } from '../dates';
import { activitiesIn, exportSetting, type ExportPeriod } from './export-data';
import type { ActivityRow } from './activity-access';
import { guardExport, type ExportFormat } from './export-guard';

// The period's dossier for the PDF overview and the spreadsheet: the worker's register and the chosen
// period (the current one by default), guarded. Not a use case.

export interface PeriodDossier {
	register: RegisterRules;
	period: ExportPeriod;
	fromProfile: boolean;
	dossier: Dossier<ActivityRow>;
}

export async function periodDossier(
	worker: UserActor,
	db: Db,
	options: { organisationId: string; period?: ExportPeriod; format: ExportFormat }
): Promise<PeriodDossier> {
	const setting = await exportSetting(worker, db, options.organisationId);
	const period = options.period ?? setting.period;
	const activities = await activitiesIn(worker, db, { organisationId: options.organisationId, period });
	await guardExport(worker, db, { organisationId: options.organisationId, format: options.format, activities });
	const dossier = buildDossier(setting.register, period, activities, todayInNL());
	return { register: setting.register, period, fromProfile: setting.fromProfile, dossier };
}
