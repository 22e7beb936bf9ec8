import { redirect } from '@sveltejs/kit';
import { todayInNL } from '$lib/server/dates';
import { handleForm, orError } from '$lib/server/http';
import { findMyTeams } from '$lib/server/team/access';
import { findTrials } from '$lib/server/team/find-trials';
import { listSessionMethods } from '$lib/server/team/session-methods';
import { startTrial } from '$lib/server/team/start-trial';
import { trialSchema } from '$lib/validation/team-trial';
import { addDays, teamLearningContext } from './trial-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await teamLearningContext(event);
	const teams = await findMyTeams(actor, db, organisationId);
	const chosen = event.url.searchParams.get('team');
	const current = teams.find((t) => t.teamId === chosen) ?? teams[0] ?? null;
	const today = todayInNL();
	return {
		teams: teams.map((t) => ({ id: t.teamId, name: t.teamName })),
		team: current ? { id: current.teamId, name: current.teamName } : null,
		trials: current ? await orError(findTrials(actor, db, current.teamId, today)) : [],
		methods: current
			? await listSessionMethods(actor, db, { teamId: current.teamId, groupId: null, organisationId })
			: [],
		defaults: { startsOn: today, endsOn: addDays(today, 28) }
	};
};

export const actions: Actions = {
	start: async (event) => {
		const { actor, db } = await teamLearningContext(event);
		const result = await handleForm(event.request, trialSchema, (input) => startTrial(actor, db, input.teamId, input), {
			multi: ['tools']
		});
		if ('id' in result) redirect(303, `/team/proeven/${result.id}`);
		return result;
	}
};
