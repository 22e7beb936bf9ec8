import type { z } from 'zod';
import { createNetworkAction } from '$lib/server/network/create-network-action';
import { createNetworkGoal } from '$lib/server/network/create-network-goal';
import { deleteNetworkAction } from '$lib/server/network/delete-network-action';
import { deleteNetworkGoal } from '$lib/server/network/delete-network-goal';
import { updateNetworkAction } from '$lib/server/network/update-network-action';
import { updateNetworkActions } from '$lib/server/network/update-network-actions';
import { updateNetworkGoals } from '$lib/server/network/update-network-goals';
import {
	networkActionIdSchema,
	networkActionSchema,
	networkActionStatusSchema,
	networkGoalEditSchema,
	networkGoalIdSchema,
	networkGoalSchema
} from '$lib/validation/network';
import { focusId, parseList, type ListParse } from '$lib/validation/form-list';
import {
	loadNetworkPage,
	networkFormAction,
	networkPageAction,
	trialOffersFor,
	type NetworkCtx
} from '../../network-route';
import { planActions } from './plan';
import type { Actions, PageServerLoad } from './$types';
import type { NetworkCaseId } from '$lib/server/ids';

export const load: PageServerLoad = async (event) => {
	const data = await loadNetworkPage(event, 'plan');
	return {
		caseFile: data.caseFile,
		goals: data.goals,
		actions: planActions(data),
		persons: data.persons.map((p) => ({ id: p.id, name: p.name })),
		trialOffers: await trialOffersFor(event, 'plan')
	};
};

// The plan's page form (issue 14): every action as standVan (its id, repeated) and status-<id>, and
// every goal as doelVan (its id, repeated), text-<id> and evaluation-<id>. Any of its buttons saves
// all of them, so a status chosen or a goal re-worded elsewhere on the plan is never lost.
type PlanCards = {
	statuses: { actionId: string; status: z.output<typeof networkActionStatusSchema>['status'] }[];
	goals: z.output<typeof networkGoalEditSchema>[];
};
const planCards = (data: FormData, exceptGoal: string | null = null): ListParse<PlanCards> => {
	const statuses = parseList(
		data,
		'standVan',
		(actionId, get) => ({ actionId, status: get('status') }),
		networkActionStatusSchema
	);
	const goals = parseList(
		data,
		'doelVan',
		(goalId, get) => (goalId === exceptGoal ? null : { goalId, text: get('text'), evaluation: get('evaluation') }),
		networkGoalEditSchema.nullable()
	);
	if (!statuses.ok || !goals.ok)
		return { ok: false, errors: { ...(statuses.ok ? {} : statuses.errors), ...(goals.ok ? {} : goals.errors) } };
	return { ok: true, items: [{ statuses: statuses.items, goals: goals.items.filter((g) => g !== null) }] };
};
const savePlan = async ({ actor, db, organisationId }: NetworkCtx, caseId: NetworkCaseId, [cards]: PlanCards[]) => {
	await updateNetworkActions(actor, db, organisationId, caseId, cards?.statuses ?? []);
	await updateNetworkGoals(actor, db, organisationId, caseId, cards?.goals ?? []);
};

export const actions: Actions = {
	goal: (event) =>
		networkFormAction(
			event,
			networkGoalSchema,
			({ actor, db, organisationId }, caseId, input) => createNetworkGoal(actor, db, organisationId, caseId, input),
			'?bewaard=1'
		),
	// Deleting a goal saves the rest of the plan first (not the goal itself: an emptied text may go).
	goalDelete: (event) =>
		networkPageAction(event, {
			cards: (data) => {
				const goalId = data.get('goalId');
				return planCards(data, typeof goalId === 'string' ? goalId : null);
			},
			save: savePlan,
			then: {
				schema: networkGoalIdSchema,
				run: ({ actor, db, organisationId }, caseId, { goalId }) =>
					deleteNetworkGoal(actor, db, organisationId, caseId, goalId)
			},
			to: () => '?bewaard=1'
		}),
	action: (event) =>
		networkFormAction(
			event,
			networkActionSchema,
			({ actor, db, organisationId }, caseId, input) => createNetworkAction(actor, db, organisationId, caseId, input),
			'?bewaard=1'
		),
	// The whole plan at once ("Stand bewaren" at one action, "Opslaan" at a goal): back to that
	// action or goal.
	statuses: (event) =>
		networkPageAction(event, {
			cards: (data) => planCards(data),
			save: savePlan,
			to: (data) => {
				const goal = data.get('doelFocus');
				if (typeof goal === 'string' && /^[0-9a-f-]{36}$/iu.test(goal)) return `?bewaard=1#doel-${goal}`;
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
	// Deleting one action saves the rest of the plan first.
	actionDelete: (event) =>
		networkPageAction(event, {
			cards: (data) => planCards(data),
			save: savePlan,
			then: {
				schema: networkActionIdSchema,
				run: ({ actor, db, organisationId }, caseId, { actionId }) =>
					deleteNetworkAction(actor, db, organisationId, caseId, actionId)
			},
			to: () => '?bewaard=1'
		})
};
