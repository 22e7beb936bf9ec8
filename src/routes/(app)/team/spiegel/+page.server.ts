import { error } from '@sveltejs/kit';
import { findMyTeams } from '$lib/server/team/access';
import { getTeamMirror } from '$lib/server/team/get-team-mirror';
import { chooseSharedQuotes } from '$lib/server/team/choose-shared-quotes';
import { shareTeamMirror } from '$lib/server/team/share-team-mirror';
import { unshareTeamMirror } from '$lib/server/team/unshare-team-mirror';
import { handleForm, orError } from '$lib/server/http';
import {
	parseTeamMirrorPart,
	teamMirrorQuotesSchema,
	teamMirrorShareSchema,
	teamMirrorUnshareSchema
} from '$lib/validation/team-mirror';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { organisation } = await parent();
	const db = locals.app.database.db;
	const teams = organisation ? await findMyTeams(locals.actor!, db, organisation.organisationId) : [];
	// `?team=`: a GET form, so the choice works without JavaScript. Someone else's team: "not found".
	const asked = url.searchParams.get('team');
	if (asked !== null && !UUID.test(asked)) error(404, m.error_not_found());
	const teamId = asked ?? teams[0]?.teamId;
	const mirror = teamId ? await orError(getTeamMirror(locals.actor!, db, teamId)) : null;
	return { teams: teams.map((t) => ({ id: t.teamId, name: t.teamName })), mirror };
};

export const actions: Actions = {
	share: async ({ request, locals }) =>
		handleForm(request, teamMirrorShareSchema, async ({ teamId, part }) => {
			await shareTeamMirror(locals.actor!, locals.app.database.db, { teamId, part: parseTeamMirrorPart(part) });
			return { shared: true as const };
		}),
	quotes: async ({ request, locals }) =>
		handleForm(
			request,
			teamMirrorQuotesSchema,
			async (input) => {
				await chooseSharedQuotes(locals.actor!, locals.app.database.db, input);
				return { quotesSaved: true as const };
			},
			{ multi: ['quotes'] }
		),
	unshare: async ({ request, locals }) =>
		handleForm(request, teamMirrorUnshareSchema, async (input) => {
			await unshareTeamMirror(locals.actor!, locals.app.database.db, input);
			return { unshared: true as const };
		})
};
