import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { teamMethod } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { methodSchema, type Method } from '../../team/method';
import { m } from '../../paraglide/messages';
import { requireTeamMember, type TeamAccess } from './access';

export type MethodScope = 'builtin' | 'organisation' | 'team';

/** An own method row as a team member may see it, with its data checked against the method format. */
export interface OwnMethod {
	id: string;
	organisationId: string;
	teamId: string | null;
	basedOn: string | null;
	method: Method;
	updatedAt: Date;
}

/**
 * Who may change an own method (decided here, in one place):
 * - a team's own method: every member of that team;
 * - an organisation-wide method: a coach who is a member of a team of that organisation. Every team
 *   sees it, so one team's member may not change it for all; the admin manages accounts, not team
 *   content (an admin who is not in a team sees no team content at all, see access.ts).
 */
export const mayChangeMethod = (access: TeamAccess, scope: MethodScope): boolean =>
	scope === 'team' || (scope === 'organisation' && access.isCoach);

/** Making a team's method organisation-wide is for a coach of that team, as is changing it afterwards. */
export const mayPublishMethod = (access: TeamAccess, scope: MethodScope): boolean => scope === 'team' && access.isCoach;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** requireTeamMember for an id from a URL or form: anything that is no uuid is not found (not a 500). */
export async function requireMethodTeam(db: Db, actor: Actor, teamId: string): Promise<TeamAccess> {
	if (!UUID.test(teamId)) throw new AppError('NOT_FOUND', m.error_not_found());
	return requireTeamMember(db, actor, teamId);
}

/**
 * The own method `methodId` as seen from `teamId`: the team's own or the organisation's, not archived.
 * NOT_FOUND for another team's method, another organisation's, an archived one, or a non-member.
 */
export async function requireOwnMethod(
	actor: Actor,
	db: Db,
	options: { teamId: string; methodId: string }
): Promise<{ access: TeamAccess; own: OwnMethod; scope: MethodScope }> {
	const access = await requireMethodTeam(db, actor, options.teamId);
	if (!UUID.test(options.methodId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const [row] = await db
		.select()
		.from(teamMethod)
		.where(
			and(
				eq(teamMethod.id, options.methodId),
				eq(teamMethod.organisationId, access.organisationId),
				isNull(teamMethod.archivedAt)
			)
		);
	const own = row ? ownMethodOf(row) : null;
	if (!own || (own.teamId !== null && own.teamId !== access.teamId))
		throw new AppError('NOT_FOUND', m.error_not_found());
	return { access, own, scope: own.teamId === null ? 'organisation' : 'team' };
}

/** Throws FORBIDDEN when the member may see the method but not change it. */
export function requireMayChange(access: TeamAccess, scope: MethodScope): void {
	if (!mayChangeMethod(access, scope)) throw forbidden(m.tmethod_error_not_yours());
}

/** A row's data as a Method, or null when it no longer fits the format (then it is not offered). */
export function ownMethodOf(row: typeof teamMethod.$inferSelect): OwnMethod | null {
	const parsed = methodSchema.safeParse(row.data);
	if (!parsed.success) return null;
	return {
		id: row.id,
		organisationId: row.organisationId,
		teamId: row.teamId,
		basedOn: row.basedOn,
		method: parsed.data,
		updatedAt: row.updatedAt
	};
}
