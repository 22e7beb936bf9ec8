import { redirect } from '@sveltejs/kit';
import { createLearningSession } from '$lib/server/team/create-learning-session';
import { findSessionTeamMembers } from '$lib/server/team/find-session-team-members';
import { getTeamGroup } from '$lib/server/team/get-team-group';
import { listSessionMethods } from '$lib/server/team/session-methods';
import { teamOwner } from '$lib/server/team/session-owner';
import { handleForm, orError } from '$lib/server/http';
import { learningSessionSchema } from '$lib/validation/team-session';
import { chooseTeam, teamContext } from '../../team-context';
import type { Actions, PageServerLoad } from './$types';

/** "Plan een sessie met deze methode" on a method's page: that method is ticked, if the team may use it. */
const chosen = (url: URL, methods: { ref: string }[]) => {
	const wanted = url.searchParams.get('methode');
	return methods.some((m) => m.ref === wanted) ? wanted : null;
};

export const load: PageServerLoad = async (event) => {
	const groupId = event.url.searchParams.get('groep');
	if (groupId) {
		// A session of a learning group across teams: only its members get here (else "not found").
		const { organisationId, actor, db } = await teamContext(event);
		const group = await orError(getTeamGroup(actor, db, groupId));
		const owner = { teamId: null, groupId: group.id };
		const methods = await listSessionMethods(actor, db, { ...owner, organisationId });
		return {
			teams: [],
			current: { teamId: '', teamName: group.name, isCoach: false },
			group: { id: group.id, name: group.name },
			members: await orError(findSessionTeamMembers(actor, db, owner)),
			methods,
			chosenMethod: chosen(event.url, methods)
		};
	}
	const { organisationId, teams, current } = await chooseTeam(event);
	const actor = event.locals.actor!;
	const db = event.locals.app.database.db;
	const members = current ? await orError(findSessionTeamMembers(actor, db, teamOwner(current.teamId))) : [];
	const methods = current ? await listSessionMethods(actor, db, { ...teamOwner(current.teamId), organisationId }) : [];
	return {
		teams: teams.map((t) => ({ teamId: t.teamId, teamName: t.teamName })),
		current: current ? { teamId: current.teamId, teamName: current.teamName, isCoach: current.isCoach } : null,
		group: null,
		members,
		methods,
		chosenMethod: chosen(event.url, methods)
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
