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
import {
	PRIVACY_AUDIENCES,
	PRIVACY_FIELD_NAMES,
	PRIVACY_LANGUAGES,
	privacyFieldName,
	privacyTextsOf,
	type PrivacyFieldName
} from '../../organisation/privacy-texts';

/** k below 3 lets a worker recognise one resident among two (issue 12, finding 17). */
const MIN_BATCH_SIZE = 3;

export type OrganisationSettings = z.output<typeof organisationSettingsSchema>;

export async function updateOrganisation(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: OrganisationSettings
): Promise<void> {
	await requireRole(db, actor, organisationId, 'admin');
	if (input.feedbackBatchSize < MIN_BATCH_SIZE) throw new AppError('INVALID_INPUT', m.error_batch_size());
	const { legendStrong, legendNormal, legendWeak, legendStressful, legendBroken, ...rest } = input;
	const columns = Object.fromEntries(
		Object.entries(rest).filter(([key]) => !(PRIVACY_FIELD_NAMES as string[]).includes(key))
	) as Omit<typeof rest, PrivacyFieldName>;
	const hasPrivacy = PRIVACY_FIELD_NAMES.some((name) => input[name] !== undefined);
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
		const patch: Record<string, unknown> = hasLegend ? { networkLegend } : {};
		if (hasPrivacy) {
			// Only the fields the form sent change: an empty one goes back to the default text.
			const [row] = await tx
				.select({ settings: organisation.settings })
				.from(organisation)
				.where(eq(organisation.id, organisationId))
				.for('update');
			const privacy = privacyTextsOf(row?.settings);
			for (const audience of PRIVACY_AUDIENCES) {
				for (const language of PRIVACY_LANGUAGES) {
					const text = input[privacyFieldName(audience, language)];
					if (text === undefined) continue;
					if (text) privacy[audience][language] = text;
					else delete privacy[audience][language];
				}
			}
			patch.privacy = privacy;
		}
		await tx
			.update(organisation)
			.set({
				...columns,
				...(Object.keys(patch).length
					? { settings: sql`${organisation.settings} || ${JSON.stringify(patch)}::jsonb` }
					: {}),
				updatedAt: new Date()
			})
			.where(eq(organisation.id, organisationId));
		await writeAudit(tx, actor, {
			organisationId,
			action: 'organisation.update',
			subjectType: 'organisation',
			subjectId: organisationId,
			details: {
				feedbackBatchSize: input.feedbackBatchSize,
				retentionMonths: input.retentionMonths,
				feedbackRetentionMonths: input.feedbackRetentionMonths,
				adviceRetentionMonths: input.adviceRetentionMonths,
				auditRetentionMonths: input.auditRetentionMonths,
				consultationRetentionMonths: input.consultationRetentionMonths
			}
		});
	});
}
