import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioProfile } from '../db/schema';
import { AppError } from '../errors';
import { requireMember } from './access';
import { m } from '../../paraglide/messages';
import { findRegister } from '../../portfolio/registers';
import type { ProfileInput } from '../../validation/portfolio-activity';
import { todayInNL } from '../dates';

/** The actor picks their register and the first day of their current period (their own row only). */
export async function savePortfolioProfile(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: ProfileInput
): Promise<void> {
	const { actor: worker } = await requireMember(db, actor, organisationId);
	const register = findRegister(input.registerKey);
	if (!register) throw new AppError('INVALID_INPUT', m.pfl_error_register(), { registerKey: m.pfl_error_register() });
	// A period that starts after today, or one that ended before the register's period length ago, is a typo.
	const today = todayInNL();
	const earliest = `${Number(today.slice(0, 4)) - register.periodYears}${today.slice(4)}`;
	if (input.periodStart > today || input.periodStart <= earliest)
		throw new AppError('INVALID_INPUT', m.pfl_error_period_start_range({ years: register.periodYears }), {
			periodStart: m.pfl_error_period_start_range({ years: register.periodYears })
		});
	await db
		.insert(portfolioProfile)
		.values({ organisationId, workerUserId: worker.userId, ...input })
		.onConflictDoUpdate({
			target: [portfolioProfile.organisationId, portfolioProfile.workerUserId],
			set: { ...input, updatedAt: new Date() }
		});
}
