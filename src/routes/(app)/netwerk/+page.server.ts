import { redirect } from '@sveltejs/kit';
import { handleForm, orError } from '$lib/server/http';
import { createNetworkCase } from '$lib/server/network/create-network-case';
import { findNetworkCases } from '$lib/server/network/find-network-cases';
import { findTeamColleagues } from '$lib/server/network/find-team-colleagues';
import { getPracticeCase } from '$lib/server/network/get-practice-case';
import { networkCaseSchema } from '$lib/validation/network';
import { networkContext } from './network-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await networkContext(event);
	const [cases, colleagues] = await Promise.all([
		orError(findNetworkCases(actor, db, organisationId)),
		orError(findTeamColleagues(actor, db, organisationId))
	]);
	return { cases: cases.filter((c) => c.kind === 'client'), colleagues };
};

export const actions: Actions = {
	create: async (event) => {
		const { organisationId, actor, db } = await networkContext(event);
		const result = await handleForm(
			event.request,
			networkCaseSchema,
			(input) => createNetworkCase(actor, db, organisationId, input),
			{ multi: ['coWorkerUserIds'] }
		);
		if ('id' in result) redirect(303, `/netwerk/${result.id}?nieuw=1`);
		return result;
	},
	practice: async (event) => {
		const { organisationId, actor, db } = await networkContext(event);
		const { id } = await orError(getPracticeCase(actor, db, organisationId));
		redirect(303, `/netwerk/${id}`);
	}
};
