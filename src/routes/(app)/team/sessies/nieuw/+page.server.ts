import { redirect } from '@sveltejs/kit';
import { createLearningSession } from '$lib/server/team/create-learning-session';
import { findSessionTeamMembers } from '$lib/server/team/find-session-team-members';
import { listSessionMethods } from '$lib/server/team/session-methods';
import { handleForm, orError } from '$lib/server/http';
import { learningSessionSchema } from '$lib/validation/team-session';
import { chooseTeam, teamContext } from '../../team-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { teams, current } = await chooseTeam(event);
	const members = current
		? await orError(findSessionTeamMembers(event.locals.actor!, event.locals.app.database.db, current.teamId))
		: [];
	return {
		teams: teams.map((t) => ({ teamId: t.teamId, teamName: t.teamName })),
		current: current ? { teamId: current.teamId, teamName: current.teamName, isCoach: current.isCoach } : null,
		members,
		methods: current ? await listSessionMethods(event.locals.actor!, event.locals.app.database.db, current.teamId) : []
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { actor, db } = await teamContext(event);
		const result = await handleForm(
			event.request,
			learningSessionSchema,
			(input) => createLearningSession(actor, db, input),
			{ multi: ['participantIds'] }
		);
		if (result && 'id' in result) redirect(303, `/team/sessies/${result.id}`);
		return result;
	}
};
