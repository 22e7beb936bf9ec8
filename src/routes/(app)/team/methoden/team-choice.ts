import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { readForm } from '$lib/server/read-form';
import { findMyTeams, type TeamAccess } from '$lib/server/team/access';

/**
 * The teams the person is in, and the one a page shows (?team=<id>, else the first). A team id that
 * is not theirs is "not found", as the use cases would say.
 */
export async function teamChoice(
	locals: App.Locals,
	organisationId: string,
	url: URL
): Promise<{ teams: TeamAccess[]; current: TeamAccess | null }> {
	const teams = await findMyTeams(locals.actor!, locals.app.database.db, organisationId);
	const asked = url.searchParams.get('team');
	if (asked === null) return { teams, current: teams[0] ?? null };
	const current = teams.find((t) => t.teamId === asked);
	if (!current) error(404, m.error_not_found());
	return { teams, current };
}

/** The team a form was posted for (a hidden `team` field); the use case checks the membership. */
export async function postedTeam(request: Request): Promise<string> {
	const data = await readForm(request).catch(() => null);
	return teamOfForm(data);
}

/** The `team` field of a form that was read already: a uuid, or '' (which no team has). */
export function teamOfForm(data: Pick<FormData, 'get'> | null): string {
	const v = data?.get('team');
	return typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu.test(v) ? v : '';
}
