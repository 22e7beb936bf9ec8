import { createNetworkAction } from '$lib/server/network/create-network-action';
import { createNetworkGoal } from '$lib/server/network/create-network-goal';
import { deleteNetworkAction } from '$lib/server/network/delete-network-action';
import { deleteNetworkGoal } from '$lib/server/network/delete-network-goal';
import { updateNetworkAction } from '$lib/server/network/update-network-action';
import { updateNetworkGoal } from '$lib/server/network/update-network-goal';
import {
	networkActionIdSchema,
	networkActionSchema,
	networkActionStatusSchema,
	networkGoalEditSchema,
	networkGoalIdSchema,
	networkGoalSchema
} from '$lib/validation/network';
import { loadNetworkPage, networkFormAction } from '../../network-route';
import { planActions } from './plan';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const data = await loadNetworkPage(event, 'plan');
	return {
		caseFile: data.caseFile,
		goals: data.goals,
		actions: planActions(data),
		persons: data.persons.map((p) => ({ id: p.id, name: p.name }))
	};
};

export const actions: Actions = {
	goal: (event) =>
		networkFormAction(
			event,
			networkGoalSchema,
			({ actor, db, organisationId }, caseId, input) => createNetworkGoal(actor, db, organisationId, caseId, input),
			'?bewaard=1'
		),
	goalEdit: (event) =>
		networkFormAction(
			event,
			networkGoalEditSchema,
			({ actor, db, organisationId }, caseId, { goalId, ...input }) =>
				updateNetworkGoal(actor, db, organisationId, caseId, goalId, input),
			'?bewaard=1'
		),
	goalDelete: (event) =>
		networkFormAction(
			event,
			networkGoalIdSchema,
			({ actor, db, organisationId }, caseId, { goalId }) =>
				deleteNetworkGoal(actor, db, organisationId, caseId, goalId),
			'?bewaard=1'
		),
	action: (event) =>
		networkFormAction(
			event,
			networkActionSchema,
			({ actor, db, organisationId }, caseId, input) => createNetworkAction(actor, db, organisationId, caseId, input),
			'?bewaard=1'
		),
	actionStatus: (event) =>
		networkFormAction(
			event,
			networkActionStatusSchema,
			({ actor, db, organisationId }, caseId, { actionId, status }) =>
				updateNetworkAction(actor, db, organisationId, caseId, actionId, { status }),
			'?bewaard=1'
		),
	actionDelete: (event) =>
		networkFormAction(
			event,
			networkActionIdSchema,
			({ actor, db, organisationId }, caseId, { actionId }) =>
				deleteNetworkAction(actor, db, organisationId, caseId, actionId),
			'?bewaard=1'
		)
};
