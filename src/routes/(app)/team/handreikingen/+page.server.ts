import { redirect } from '@sveltejs/kit';
import { findMyTeams } from '$lib/server/team/access';
import { findGuides } from '$lib/server/team/find-guides';
import { createGuide } from '$lib/server/team/create-guide';
import { handleForm, orError } from '$lib/server/http';
import { guideCreateSchema } from '$lib/validation/guide';
import { guideContext } from './guide-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await guideContext(event);
	const teams = await findMyTeams(actor, db, organisationId);
	const wanted = event.url.searchParams.get('team');
	const team = teams.find((t) => t.teamId === wanted) ?? teams[0] ?? null;
	return {
		teams: teams.map((t) => ({ id: t.teamId, name: t.teamName })),
		team: team ? { id: team.teamId, name: team.teamName } : null,
		guides: team ? await orError(findGuides(actor, db, team.teamId)) : []
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { actor, db } = await guideContext(event);
		const result = await handleForm(event.request, guideCreateSchema, (input) => createGuide(actor, db, input));
		if ('id' in result) redirect(303, `/team/handreikingen/${result.id}/bewerken`);
		return result;
	}
};
