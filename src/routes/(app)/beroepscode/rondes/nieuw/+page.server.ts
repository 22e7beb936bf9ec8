import { redirect } from '@sveltejs/kit';
import { createCodeRound } from '$lib/server/code/create-code-round';
import { findDraftVersions } from '$lib/server/code/find-draft-versions';
import { findTeams } from '$lib/server/team/find-teams';
import { handleForm, orError } from '$lib/server/http';
import { codeRoundSchema } from '$lib/validation/code-round';
import { codeContext } from '../../code-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await codeContext(event);
	const drafts = await orError(findDraftVersions(actor, db, organisationId));
	const teams = await orError(findTeams(actor, db, organisationId));
	return { drafts, teams: teams.map((t) => ({ id: t.id, name: t.name })) };
};

export const actions: Actions = {
	default: async (event) => {
		const { organisationId, actor, db } = await codeContext(event);
		const result = await handleForm(
			event.request,
			codeRoundSchema,
			(input) => createCodeRound(actor, db, { ...input, organisationId }),
			{ multi: ['teamIds'] }
		);
		if (result && 'roundId' in result) redirect(303, `/beroepscode/rondes/${result.roundId}`);
		return result;
	}
};
