import { and, desc, eq, isNull, or } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { teamMethod } from '../db/schema';
import type { Method } from '../../team/method';
import type { MethodRef } from '../../team/method-ref';
import { BUILT_IN_METHODS } from '../../team/methods';
import { ownMethodOf, requireMethodTeam, type MethodScope } from './method-access';

export interface MethodEntry {
	ref: MethodRef;
	scope: MethodScope;
	method: Method;
	/** What an own method was copied from ('builtin:<slug>' or 'custom:<uuid>'); null for a built-in. */
	basedOn: string | null;
	updatedAt: Date | null;
}

/**
 * The methods a team can use: its own first, then the organisation's, then the built-in ones.
 * Archived methods are left out; another team's own methods are never listed.
 */
export async function listMethods(actor: Actor, db: Db, options: { teamId: string }): Promise<MethodEntry[]> {
	const access = await requireMethodTeam(db, actor, options.teamId);
	const rows = await db
		.select()
		.from(teamMethod)
		.where(
			and(
				eq(teamMethod.organisationId, access.organisationId),
				isNull(teamMethod.archivedAt),
				or(eq(teamMethod.teamId, access.teamId), isNull(teamMethod.teamId))
			)
		)
		.orderBy(desc(teamMethod.updatedAt));
	const own = rows.flatMap((row) => {
		const found = ownMethodOf(row);
		if (!found) return [];
		const entry: MethodEntry = {
			ref: `custom:${found.id}`,
			scope: found.teamId === null ? 'organisation' : 'team',
			method: found.method,
			basedOn: found.basedOn,
			updatedAt: found.updatedAt
		};
		return [entry];
	});
	const order: Record<MethodScope, number> = { team: 0, organisation: 1, builtin: 2 };
	own.sort((a, b) => order[a.scope] - order[b.scope] || a.method.name.localeCompare(b.method.name, 'nl'));
	const builtIn = BUILT_IN_METHODS.map((method): MethodEntry => ({
		ref: `builtin:${method.slug}`,
		scope: 'builtin',
		method,
		basedOn: null,
		updatedAt: null
	}));
	return [...own, ...builtIn];
}
