import { error, type RequestEvent } from '@sveltejs/kit';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { findMyTeams, type TeamAccess } from '$lib/server/team/access';
import { m } from '$lib/paraglide/messages';

/** Who acts, in which organisation, on which database: for the team-learning pages and actions. */
export async function teamContext(event: Pick<RequestEvent, 'locals' | 'cookies'>) {
	const organisationId = await requireCurrentOrganisationId(event.locals, event.cookies);
	return { organisationId, actor: event.locals.actor!, db: event.locals.app.database.db };
}

/**
 * The actor's teams and the one a list page shows: ?team=<id> when the actor is in it, else the
 * first. A team the actor is not in is "not found", like every other team content.
 */
export async function chooseTeam(
	event: Pick<RequestEvent, 'locals' | 'cookies' | 'url'>
): Promise<{ organisationId: string; teams: TeamAccess[]; current: TeamAccess | null }> {
	const { organisationId, actor, db } = await teamContext(event);
	const teams = await findMyTeams(actor, db, organisationId);
	const wanted = event.url.searchParams.get('team');
	const current = wanted ? teams.find((t) => t.teamId === wanted) : teams[0];
	if (wanted && !current) error(404, m.error_not_found());
	return { organisationId, teams, current: current ?? null };
}
