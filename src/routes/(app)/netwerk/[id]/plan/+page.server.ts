import type { z } from 'zod';
import { createNetworkAction } from '$lib/server/network/create-network-action';
import { createNetworkGoal } from '$lib/server/network/create-network-goal';
import { deleteNetworkAction } from '$lib/server/network/delete-network-action';
import { deleteNetworkGoal } from '$lib/server/network/delete-network-goal';
import { updateNetworkAction } from '$lib/server/network/update-network-action';
import { updateNetworkActions } from '$lib/server/network/update-network-actions';
import { updateNetworkGoal } from '$lib/server/network/update-network-goal';
import {
	networkActionIdSchema,
	networkActionSchema,
	networkActionStatusSchema,
	networkGoalEditSchema,
	networkGoalIdSchema,
	networkGoalSchema
} from '$lib/validation/network';
import { focusId, parseList } from '$lib/validation/form-list';
import { loadNetworkPage, networkFormAction, networkPageAction, type NetworkCtx } from '../../network-route';
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

// The page-wide form of the statuses: every action as standVan (its id, repeated) and status-<id>.
const statuses = (data: FormData) =>
	parseList(data, 'standVan', (actionId, get) => ({ actionId, status: get('status') }), networkActionStatusSchema);
const saveStatuses = (
	{ actor, db, organisationId }: NetworkCtx,
	caseId: string,
	items: { actionId: string; status: z.output<typeof networkActionStatusSchema>['status'] }[]
) => updateNetworkActions(actor, db, organisationId, caseId, items);

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
	// Every action's status at once ("Stand bewaren" at one action): back to that action.
	statuses: (event) =>
		networkPageAction(event, {
			cards: statuses,
			save: saveStatuses,
			to: (data) => {
				const id = focusId(data);
				return id ? `?bewaard=${id}#actie-${id}` : '?bewaard=1';
			}
		}),
	// One action's status (the autosave with JavaScript).
	actionStatus: (event) =>
		networkFormAction(
			event,
			networkActionStatusSchema,
			({ actor, db, organisationId }, caseId, { actionId, status }) =>
				updateNetworkAction(actor, db, organisationId, caseId, actionId, { status }),
			'?bewaard=1'
		),
	// Deleting one action saves the statuses chosen at the others first.
	actionDelete: (event) =>
		networkPageAction(event, {
			cards: statuses,
			save: saveStatuses,
			then: {
				schema: networkActionIdSchema,
				run: ({ actor, db, organisationId }, caseId, { actionId }) =>
					deleteNetworkAction(actor, db, organisationId, caseId, actionId)
			},
			to: () => '?bewaard=1'
		})
};
