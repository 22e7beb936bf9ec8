import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import type { Method } from '../../team/method';
import { methodMinutes } from '../../team/method';
import { findMethod } from './find-method';
import { listMethods } from './list-methods';

// The methods a session can be planned with: the team's own, the organisation's and the built-in
// ones, as the method library lists them (list-methods.ts, find-method.ts).

export interface SessionMethodChoice {
	ref: string;
	name: string;
	summary: string;
	needs: Method['needs'];
	minutes: number;
}

export async function listSessionMethods(actor: Actor, db: Db, teamId: string): Promise<SessionMethodChoice[]> {
	return (await listMethods(actor, db, { teamId })).map(({ ref, method }) => ({
		ref,
		name: method.name,
		summary: method.summary,
		needs: method.needs,
		minutes: methodMinutes(method)
	}));
}

/** The method behind a reference, to snapshot into a new session; undefined when the team has none such. */
export async function resolveSessionMethod(
	actor: Actor,
	db: Db,
	options: { teamId: string; ref: string }
): Promise<Method | undefined> {
	try {
		return (await findMethod(actor, db, options)).method;
	} catch (error) {
		if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
		throw error;
	}
}
