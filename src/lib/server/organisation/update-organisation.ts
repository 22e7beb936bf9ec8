import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { organisation } from '../db/schema';
import type { organisationSettingsSchema } from '../../validation/organisation';
import { requireRole } from './access';

export type OrganisationSettings = z.output<typeof organisationSettingsSchema>;

export async function updateOrganisation(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: OrganisationSettings
): Promise<void> {
	await requireRole(db, actor, organisationId, 'admin');
	await db.transaction(async (tx) => {
		await tx
			.update(organisation)
			.set({ ...input, updatedAt: new Date() })
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
