import { findLearningSessions } from '$lib/server/team/find-learning-sessions';
import { teamOwner } from '$lib/server/team/session-owner';
import { orError } from '$lib/server/http';
import { chooseTeam } from '../team-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { teams, current } = await chooseTeam(event);
	const sessions = current
		? await orError(findLearningSessions(event.locals.actor!, event.locals.app.database.db, teamOwner(current.teamId)))
		: { upcoming: [], ended: [] };
	return {
		teams: teams.map((t) => ({ teamId: t.teamId, teamName: t.teamName })),
		current: current ? { teamId: current.teamId, teamName: current.teamName } : null,
		...sessions
	};
};
