import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioProfile, portfolioRegisterOverride } from '../db/schema';
import { findRegister, REGISTERS } from '../../portfolio/registers';
import type { RegisterRules } from '../../portfolio/model';

// Not a use case: the rules a worker's progress is measured against. A register the admin may edit
// (adminEditable) takes the organisation's numbers when an admin set them; every other register is
// exactly the shipped table, whatever is stored.

/** The register a worker without a profile sees their log in (the categories of a line need one). */
const FALLBACK_REGISTER = 'registerplein-sociaal-werk';

/** The register's rules for this organisation, or undefined for an unknown key. */
async function rulesFor(db: Db, organisationId: string, registerKey: string): Promise<RegisterRules | undefined> {
	const shipped = findRegister(registerKey);
	if (!shipped || !shipped.adminEditable) return shipped;
	const [own] = await db
		.select({ rules: portfolioRegisterOverride.rules })
		.from(portfolioRegisterOverride)
		.where(
			and(
				eq(portfolioRegisterOverride.organisationId, organisationId),
				eq(portfolioRegisterOverride.registerKey, registerKey)
			)
		);
	return own ? withOwnNumbers(shipped, own.rules) : shipped;
}

/**
 * The shipped table with only the numbers taken from a stored override: categories, kinds, source and
 * exclusions stay Vakspiegel's, so an override stored against an older table cannot add or drop a
 * category.
 */
export function withOwnNumbers(shipped: RegisterRules, own: RegisterRules): RegisterRules {
	return {
		...shipped,
		totalMinHours: own.totalMinHours,
		categories: shipped.categories.map((c) => {
			const o = own.categories.find((x) => x.key === c.key);
			return o ? { ...c, minHours: o.minHours, maxHours: o.maxHours } : c;
		})
	};
}

export interface WorkerProfile {
	registerKey: string;
	periodStart: string;
}

/** The actor's own profile in the organisation, or null. The caller has checked the membership. */
export async function ownProfile(db: Db, actor: Actor, organisationId: string): Promise<WorkerProfile | null> {
	if (actor.kind !== 'user') return null;
	const [row] = await db
		.select({ registerKey: portfolioProfile.registerKey, periodStart: portfolioProfile.periodStart })
		.from(portfolioProfile)
		.where(and(eq(portfolioProfile.organisationId, organisationId), eq(portfolioProfile.workerUserId, actor.userId)));
	return row && findRegister(row.registerKey) ? row : null;
}

/** The worker's register (their profile's, else the fallback) with the organisation's numbers. */
export async function registerOf(
	db: Db,
	organisationId: string,
	profile: WorkerProfile | null
): Promise<RegisterRules> {
	return (await rulesFor(db, organisationId, profile?.registerKey ?? FALLBACK_REGISTER)) ?? REGISTERS[0];
}
