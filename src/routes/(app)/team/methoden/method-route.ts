import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { AppError } from '$lib/server/errors';
import { orError } from '$lib/server/http';
import { findMethod, type FoundMethod } from '$lib/server/team/find-method';
import type { TeamAccess } from '$lib/server/team/access';
import { refFromParam } from '$lib/team/method-ref';
import { teamChoice } from './team-choice';

/**
 * The method of /team/methoden/<param> and the team it is seen from: ?team=<id>, or else the first
 * of the person's teams that can see it (a team's own method is seen only from that team).
 */
export async function loadMethod(
	event: Pick<RequestEvent, 'locals' | 'cookies' | 'url' | 'params'>
): Promise<{ found: FoundMethod; team: TeamAccess }> {
	const ref = refFromParam(event.params.ref ?? '');
	if (!ref) error(404, m.error_not_found());
	const organisationId = await requireCurrentOrganisationId(event.locals, event.cookies);
	const { teams, current } = await teamChoice(event.locals, organisationId, event.url);
	const db = event.locals.app.database.db;
	const candidates = event.url.searchParams.has('team') ? [current!] : teams;
	for (const team of candidates) {
		try {
			return { found: await findMethod(event.locals.actor!, db, { teamId: team.teamId, ref }), team };
		} catch (e) {
			if (!(e instanceof AppError && e.code === 'NOT_FOUND')) throw e;
		}
	}
	// Not in any of the person's teams (or no team at all): the use case's own answer.
	return orError(Promise.reject(new AppError('NOT_FOUND', m.error_not_found())));
}
