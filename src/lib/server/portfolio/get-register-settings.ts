import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioRegisterOverride, user } from '../db/schema';
import { requireRole } from '../organisation/access';
import type { RegisterRules } from '../../portfolio/model';
import { REGISTERS } from '../../portfolio/registers';
import { withOwnNumbers } from './register-rules';

export interface RegisterSetting {
	/** Vakspiegel's table. */
	shipped: RegisterRules;
	/** With the organisation's numbers, when an admin set them. */
	current: RegisterRules;
	changed: { at: Date; by: string | null } | null;
}

/** For the admin: the registers whose numbers the organisation may set, as they are now. */
export async function getRegisterSettings(actor: Actor, db: Db, organisationId: string): Promise<RegisterSetting[]> {
	await requireRole(db, actor, organisationId, 'admin');
	const editable = REGISTERS.filter((r) => r.adminEditable);
	if (!editable.length) return [];
	const rows = await db
		.select({
			registerKey: portfolioRegisterOverride.registerKey,
			rules: portfolioRegisterOverride.rules,
			updatedAt: portfolioRegisterOverride.updatedAt,
			by: user.name
		})
		.from(portfolioRegisterOverride)
		.leftJoin(user, eq(user.id, portfolioRegisterOverride.updatedByUserId))
		.where(
			and(
				eq(portfolioRegisterOverride.organisationId, organisationId),
				inArray(
					portfolioRegisterOverride.registerKey,
					editable.map((r) => r.key)
				)
			)
		);
	return editable.map((shipped) => {
		const own = rows.find((r) => r.registerKey === shipped.key);
		return {
			shipped,
			current: own ? withOwnNumbers(shipped, own.rules) : shipped,
			changed: own ? { at: own.updatedAt, by: own.by } : null
		};
	});
}
