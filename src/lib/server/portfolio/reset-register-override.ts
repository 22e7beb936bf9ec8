import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { portfolioRegisterOverride } from '../db/schema';
import { AppError } from '../errors';
import { requireRole } from '../organisation/access';
import { m } from '../../paraglide/messages';
import { findRegister } from '../../portfolio/registers';

/** The admin goes back to Vakspiegel's numbers for the register (audited). */
export async function resetRegisterOverride(
	actor: Actor,
	db: Db,
	options: { organisationId: string; registerKey: string }
): Promise<void> {
	await requireRole(db, actor, options.organisationId, 'admin');
	const shipped = findRegister(options.registerKey);
	if (!shipped?.adminEditable) throw new AppError('NOT_FOUND', m.error_not_found());
	await db.transaction(async (tx) => {
		await tx
			.delete(portfolioRegisterOverride)
			.where(
				and(
					eq(portfolioRegisterOverride.organisationId, options.organisationId),
					eq(portfolioRegisterOverride.registerKey, shipped.key)
				)
			);
		await writeAudit(tx, actor, {
			organisationId: options.organisationId,
			action: 'portfolio.register_reset',
			subjectType: 'register',
			subjectId: null,
			details: { register: shipped.key }
		});
	});
}
