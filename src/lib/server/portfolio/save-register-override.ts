import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { portfolioRegisterOverride } from '../db/schema';
import { AppError } from '../errors';
import { requireRole } from '../organisation/access';
import { m } from '../../paraglide/messages';
import type { RegisterRules } from '../../portfolio/model';
import { findRegister, registerRulesSchema } from '../../portfolio/registers';
import type { RegisterOverrideInput } from '../../validation/portfolio-activity';

/**
 * An admin sets the organisation's minimums and maximums of a register Vakspiegel ships with numbers to
 * be checked (adminEditable). Every category of the register must be given; audited with the numbers.
 */
export async function saveRegisterOverride(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: RegisterOverrideInput
): Promise<void> {
	await requireRole(db, actor, organisationId, 'admin');
	const shipped = findRegister(input.registerKey);
	if (!shipped?.adminEditable) throw new AppError('NOT_FOUND', m.error_not_found());
	const missing = shipped.categories.find((c) => !input.categories[c.key]);
	if (missing || Object.keys(input.categories).length !== shipped.categories.length)
		throw new AppError('INVALID_INPUT', m.pfl_error_whole_hours());
	const rules: RegisterRules = {
		...shipped,
		totalMinHours: input.totalMinHours,
		categories: shipped.categories.map((c) => ({ ...c, ...input.categories[c.key] }))
	};
	const checked = registerRulesSchema.safeParse(rules);
	if (!checked.success) throw new AppError('INVALID_INPUT', m.pfl_error_whole_hours());
	await db.transaction(async (tx) => {
		await tx
			.insert(portfolioRegisterOverride)
			.values({
				organisationId,
				registerKey: shipped.key,
				rules,
				updatedByUserId: actor.kind === 'user' ? actor.userId : null
			})
			.onConflictDoUpdate({
				target: [portfolioRegisterOverride.organisationId, portfolioRegisterOverride.registerKey],
				set: { rules, updatedByUserId: actor.kind === 'user' ? actor.userId : null, updatedAt: new Date() }
			});
		await writeAudit(tx, actor, {
			organisationId,
			action: 'portfolio.register_set',
			subjectType: 'register',
			subjectId: null,
			details: { register: shipped.key, totalMinHours: input.totalMinHours, categories: input.categories }
		});
	});
}
