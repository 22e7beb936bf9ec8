import { redirect } from '@sveltejs/kit';
import { createTeamGroup } from '$lib/server/team/create-team-group';
import { findGroupCandidates } from '$lib/server/team/find-group-candidates';
import { findMyGroups } from '$lib/server/team/group-access';
import { handleForm } from '$lib/server/http';
import { teamGroupSchema } from '$lib/validation/team-group';
import { teamContext } from '../team-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await teamContext(event);
	const groups = await findMyGroups(actor, db, organisationId);
	return {
		groups: groups.map((g) => ({ id: g.groupId, name: g.groupName })),
		candidates: await findGroupCandidates(actor, db, organisationId)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { organisationId, actor, db } = await teamContext(event);
		const result = await handleForm(
			event.request,
			teamGroupSchema,
			(input) => createTeamGroup(actor, db, { organisationId, input }),
			{ multi: ['memberIds'] }
		);
		if (result && 'id' in result) redirect(303, `/team/groepen/${result.id}`);
		return result;
	}
};
