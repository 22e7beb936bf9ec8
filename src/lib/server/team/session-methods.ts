import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { teamMethod } from '../db/schema';
import { AppError } from '../errors';
import type { Method } from '../../team/method';
import { methodMinutes } from '../../team/method';
import { parseMethodRef } from '../../team/method-ref';
import { BUILT_IN_METHODS, findBuiltInMethod } from '../../team/methods';
import { findMethod } from './find-method';
import { listMethods } from './list-methods';
import { ownMethodOf } from './method-access';
import type { OwnerAccess } from './session-owner';

// The methods a session can be planned with. For a team: the team's own, the organisation's and the
// built-in ones, as the method library lists them (list-methods.ts, find-method.ts). For a learning
// group across teams: the organisation's and the built-in ones (a team's own copy stays that team's).

export interface SessionMethodChoice {
	ref: string;
	name: string;
	summary: string;
	needs: Method['needs'];
	minutes: number;
}

type Owner = Pick<OwnerAccess, 'teamId' | 'groupId' | 'organisationId'>;

/** The organisation-wide methods (not archived, still in the method format), by name. */
async function organisationMethods(db: Db, organisationId: string) {
	const rows = await db
		.select()
		.from(teamMethod)
		.where(and(eq(teamMethod.organisationId, organisationId), isNull(teamMethod.teamId), isNull(teamMethod.archivedAt)))
		.orderBy(desc(teamMethod.updatedAt));
	return rows
		.flatMap((row) => {
			const own = ownMethodOf(row);
			return own ? [{ ref: `custom:${own.id}`, method: own.method }] : [];
		})
		.sort((a, b) => a.method.name.localeCompare(b.method.name, 'nl'));
}

async function ownerMethods(actor: Actor, db: Db, owner: Owner): Promise<{ ref: string; method: Method }[]> {
	if (owner.teamId) return listMethods(actor, db, { teamId: owner.teamId });
	return [
		...(await organisationMethods(db, owner.organisationId)),
		...BUILT_IN_METHODS.map((method) => ({ ref: `builtin:${method.slug}`, method }))
	];
}

/** The methods a team or group may plan with; `owner` comes from requireOwnerMember. */
export async function listSessionMethods(actor: Actor, db: Db, owner: Owner): Promise<SessionMethodChoice[]> {
	return (await ownerMethods(actor, db, owner)).map(({ ref, method }) => ({
		ref,
		name: method.name,
		summary: method.summary,
		needs: method.needs,
		minutes: methodMinutes(method)
	}));
}

/** The method behind a reference, to snapshot into a new session; undefined when the owner has none such. */
export async function resolveSessionMethod(
	actor: Actor,
	db: Db,
	options: { owner: Owner; ref: string }
): Promise<Method | undefined> {
	const { owner, ref } = options;
	if (!owner.teamId) {
		const parsed = parseMethodRef(ref);
		if (parsed?.kind === 'builtin') return findBuiltInMethod(parsed.slug);
		return (await organisationMethods(db, owner.organisationId)).find((o) => o.ref === ref)?.method;
	}
	try {
		return (await findMethod(actor, db, { teamId: owner.teamId, ref })).method;
	} catch (error) {
		if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
		throw error;
	}
}
