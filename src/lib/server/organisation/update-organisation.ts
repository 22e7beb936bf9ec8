import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { organisation } from '../db/schema';
import type { organisationSettingsSchema } from '../../validation/organisation';
import { requireRole } from './access';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';

/** k below 3 lets a worker recognise one resident among two (issue 12, finding 17). */
export const MIN_BATCH_SIZE = 3;

export type OrganisationSettings = z.output<typeof organisationSettingsSchema>;

export async function updateOrganisation(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: OrganisationSettings
): Promise<void> {
	await requireRole(db, actor, organisationId, 'admin');
	if (input.feedbackBatchSize < MIN_BATCH_SIZE) throw new AppError('INVALID_INPUT', m.error_batch_size());
	const { legendStrong, legendNormal, legendWeak, legendStressful, legendBroken, ...columns } = input;
	const legend = {
		strong: legendStrong,
		normal: legendNormal,
		weak: legendWeak,
		stressful: legendStressful,
		broken: legendBroken
	};
	const hasLegend = Object.values(legend).some((v) => v !== undefined);
	const networkLegend = Object.fromEntries(Object.entries(legend).filter(([, v]) => v));
	await db.transaction(async (tx) => {
		await tx
			.update(organisation)
			.set({
				...columns,
				...(hasLegend
					? { settings: sql`${organisation.settings} || ${JSON.stringify({ networkLegend })}::jsonb` }
					: {}),
				updatedAt: new Date()
			})
			.where(eq(organisation.id, organisationId));
		await writeAudit(tx, actor, {
			organisationId,
			action: 'organisation.update',
			subjectType: 'organisation',
			subjectId: organisationId,
			details: { feedbackBatchSize: input.feedbackBatchSize, retentionMonths: input.retentionMonths }
		});
	});
}
