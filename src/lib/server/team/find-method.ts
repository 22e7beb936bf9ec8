import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { parseMethodRef } from '../../team/method-ref';
import { findBuiltInMethod } from '../../team/methods';
import { m } from '../../paraglide/messages';
import type { MethodEntry } from './list-methods';
import { mayChangeMethod, mayPublishMethod, requireMethodTeam, requireOwnMethod } from './method-access';

export interface FoundMethod extends MethodEntry {
	/** The member may change (and archive) it: see mayChangeMethod. */
	canChange: boolean;
	/** The member may make it organisation-wide: see mayPublishMethod. */
	canPublish: boolean;
}

/**
 * One method as the team `teamId` sees it: a built-in one, the organisation's or the team's own.
 * NOT_FOUND for a non-member, another team's or organisation's method, or an archived one.
 * A session takes a snapshot of `method`, so a later change does not rewrite a session.
 */
export async function findMethod(actor: Actor, db: Db, options: { teamId: string; ref: string }): Promise<FoundMethod> {
	const parsed = parseMethodRef(options.ref);
	if (parsed?.kind === 'custom') {
		const { access, own, scope } = await requireOwnMethod(actor, db, { teamId: options.teamId, methodId: parsed.id });
		return {
			ref: `custom:${own.id}`,
			scope,
			method: own.method,
			basedOn: own.basedOn,
			updatedAt: own.updatedAt,
			canChange: mayChangeMethod(access, scope),
			canPublish: mayPublishMethod(access, scope)
		};
	}
	await requireMethodTeam(db, actor, options.teamId);
	const method = parsed ? findBuiltInMethod(parsed.slug) : undefined;
	if (!method) throw new AppError('NOT_FOUND', m.error_not_found());
	return {
		ref: `builtin:${method.slug}`,
		scope: 'builtin',
		method,
		basedOn: null,
		updatedAt: null,
		canChange: false,
		canPublish: false
	};
}
