import { redirect } from '@sveltejs/kit';
import { findGroupCandidates } from '$lib/server/team/find-group-candidates';
import { findLearningSessions } from '$lib/server/team/find-learning-sessions';
import { getTeamGroup } from '$lib/server/team/get-team-group';
import { updateTeamGroup } from '$lib/server/team/update-team-group';
import { handleForm, orError } from '$lib/server/http';
import { teamGroupSchema } from '$lib/validation/team-group';
import { teamContext } from '../../team-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await teamContext(event);
	const group = await orError(getTeamGroup(actor, db, event.params.id));
	const sessions = await orError(findLearningSessions(actor, db, { teamId: null, groupId: group.id }));
	return {
		group,
		...sessions,
		candidates: group.canManage ? await findGroupCandidates(actor, db, organisationId) : null
	};
};

export const actions: Actions = {
	update: async (event) => {
		const { actor, db } = await teamContext(event);
		const groupId = event.params.id;
		const result = await handleForm(
			event.request,
			teamGroupSchema,
			(input) => updateTeamGroup(actor, db, { groupId, input }),
			{ multi: ['memberIds'] }
		);
		if (result && 'id' in result) redirect(303, `/team/groepen/${groupId}?opgeslagen=1`);
		return result;
	}
};
