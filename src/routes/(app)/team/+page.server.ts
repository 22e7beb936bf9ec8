import { redirect } from '@sveltejs/kit';
import { findMyTeams } from '$lib/server/team/access';
import { findMyGroups } from '$lib/server/team/group-access';
import { answerFollowUp } from '$lib/server/team/answer-follow-up';
import { findLearningSessions } from '$lib/server/team/find-learning-sessions';
import { teamOwner } from '$lib/server/team/session-owner';
import { findMyFollowUps } from '$lib/server/team/find-my-follow-ups';
import { handleForm } from '$lib/server/http';
import { followUpSchema } from '$lib/validation/team-session';
import { teamContext } from './team-context';
import type { Actions, PageServerLoad } from './$types';

/** How many upcoming sessions the hub shows per team; the rest are on /team/sessies. */
const UPCOMING_ON_HUB = 3;

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { organisation } = await parent();
	if (!organisation) return { teams: [], groups: [], followUps: [] };
	const actor = locals.actor!;
	const db = locals.app.database.db;
	const mine = await findMyTeams(actor, db, organisation.organisationId);
	const teams = await Promise.all(
		mine.map(async (t) => ({
			id: t.teamId,
			name: t.teamName,
			upcoming: (await findLearningSessions(actor, db, teamOwner(t.teamId))).upcoming.slice(0, UPCOMING_ON_HUB)
		}))
	);
	const groups = (await findMyGroups(actor, db, organisation.organisationId)).map((g) => ({
		id: g.groupId,
		name: g.groupName
	}));
	return { teams, groups, followUps: await findMyFollowUps(actor, db, organisation.organisationId) };
};

export const actions: Actions = {
	followUp: async (event) => {
		const { actor, db } = await teamContext(event);
		const result = await handleForm(event.request, followUpSchema, (input) => answerFollowUp(actor, db, input));
		if (result && 'nextSessionId' in result) redirect(303, '/team?vervolg=opgeslagen');
		return result;
	}
};
