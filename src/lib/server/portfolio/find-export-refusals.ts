import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { activitiesIn, exportSetting, ownGoals, type ExportPeriod } from './export-data';
import { requireMember } from './access';
import { requireOwnActivity } from './activity-access';
import { findExportPlaces, type ExportFormat, type RefusalPlace } from './export-guard';

/**
 * For the refusal page: where the guard finds resident data in what an export would carry (the same
 * texts the export checks), so the worker can fix each place. Nothing is exported or audited here.
 */
export async function findExportRefusals(
	actor: Actor,
	db: Db,
	options: { organisationId: string; format: ExportFormat; period?: ExportPeriod; activityId?: string }
): Promise<RefusalPlace[]> {
	const { actor: worker } = await requireMember(db, actor, options.organisationId);
	const { organisationId } = options;
	if (options.format === 'attestation') {
		const activity = await requireOwnActivity(db, worker, { organisationId, activityId: options.activityId ?? '' });
		return findExportPlaces(worker, db, { organisationId, activities: [activity] });
	}
	const period = options.period ?? (await exportSetting(worker, db, organisationId)).period;
	const activities = await activitiesIn(worker, db, { organisationId, period });
	const goals = options.format === 'leap2a' ? await ownGoals(worker, db, organisationId) : [];
	return findExportPlaces(worker, db, { organisationId, goals, activities });
}
