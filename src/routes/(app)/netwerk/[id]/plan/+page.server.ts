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
import { fieldErrors } from '$lib/validation/form';
import { m } from '$lib/paraglide/messages';
import {
	loadNetworkPage,
	networkFormAction,
	networkPageAction,
	trialOffersFor,
	type NetworkCtx
} from '../../network-route';
import { planActions } from './plan';
import type { Actions, PageServerLoad } from './$types';

/** The casus id as the use cases take it. */
type CaseId = Parameters<typeof updateNetworkActions>[3];

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

// The plan's page form (issue 14): every action as standVan (its id, repeated) and status-<id>; every
// goal as doelVan (its id, repeated), text-<id> and evaluation-<id>; every goal's "new action" as
// nieuwVoor (the goal's id, repeated), who-<id>, professional-<id>, what-<id> and due-<id>; the new
// goal as text. Any of its buttons saves all of them (a new action or goal only when something was
// typed in it), so nothing typed anywhere on the plan is lost by pressing another button.
type NewAction = z.output<typeof networkActionSchema>;
type PlanCards = {
	statuses: { actionId: string; status: z.output<typeof networkActionStatusSchema>['status'] }[];
	goals: z.output<typeof networkGoalEditSchema>[];
	newActions: NewAction[];
	newGoal: string;
};
const GOAL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const idOf = (data: FormData, name: string) => {
	const v = data.get(name);
	return typeof v === 'string' && GOAL_ID.test(v) ? v : null;
};
/**
 * `exceptGoal`: the goal being deleted (its words and its new action are not saved).
 * `requireAction`: the goal whose "Actie toevoegen" was pressed (its new action must be filled in).
 * `requireGoal`: "Doel toevoegen" was pressed (the new goal must be filled in).
 */
const planCards = (
	data: FormData,
	options: { exceptGoal?: string | null; requireAction?: string; requireGoal?: boolean } = {}
): ListParse<PlanCards> => {
	const { exceptGoal = null, requireAction, requireGoal = false } = options;
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
	// A goal's new action counts once something is typed or chosen in it, or its button was pressed.
	// (An id that is not a goal's makes the list unreadable: the whole save is refused.)
	if (requireAction !== undefined && !data.getAll('nieuwVoor').includes(requireAction))
		data.append('nieuwVoor', requireAction);
	const newActions = parseList(
		data,
		'nieuwVoor',
		(goalId, get) => {
			const typed = get('what') || get('professional') || get('due') || (get('who') && get('who') !== 'client');
			if (goalId === exceptGoal || (!typed && goalId !== requireAction)) return null;
			return { goalId, who: get('who'), professional: get('professional'), what: get('what'), due: get('due') };
		},
		networkActionSchema.nullable()
	);
	const text = data.get('text');
	const newGoal =
		typeof text === 'string' && (text.trim() || requireGoal) ? networkGoalSchema.safeParse({ text }) : null;
	const errors = {
		...(statuses.ok ? {} : statuses.errors),
		...(goals.ok ? {} : goals.errors),
		...(newActions.ok ? {} : newActions.errors),
		...(newGoal && !newGoal.success ? fieldErrors(newGoal.error) : {}),
		...(requireGoal && !newGoal ? { text: m.network_error_goal_text() } : {})
	};
	if (!statuses.ok || !goals.ok || !newActions.ok || Object.keys(errors).length) return { ok: false, errors };
	return {
		ok: true,
		items: [
			{
				statuses: statuses.items,
				goals: goals.items.filter((g) => g !== null),
				newActions: newActions.items.filter((a) => a !== null),
				newGoal: newGoal?.success ? newGoal.data.text : ''
			}
		]
	};
};
const savePlan = async ({ actor, db, organisationId }: NetworkCtx, caseId: CaseId, [cards]: PlanCards[]) => {
	if (!cards) return;
	await updateNetworkActions(actor, db, organisationId, caseId, cards.statuses);
	await updateNetworkGoals(actor, db, organisationId, caseId, cards.goals);
	for (const action of cards.newActions) await createNetworkAction(actor, db, organisationId, caseId, action);
	if (cards.newGoal) await createNetworkGoal(actor, db, organisationId, caseId, { text: cards.newGoal });
};

export const actions: Actions = {
	// "Doel toevoegen": the whole plan, with the new goal (which must be filled in).
	goal: (event) =>
		networkPageAction(event, {
			cards: (data) => planCards(data, { requireGoal: true }),
			save: savePlan,
			to: () => '?bewaard=1#nieuw-doel'
		}),
	// Deleting a goal saves the rest of the plan first (not the goal itself: an emptied text may go).
	goalDelete: (event) =>
		networkPageAction(event, {
			cards: (data) => planCards(data, { exceptGoal: idOf(data, 'goalId') }),
			save: savePlan,
			then: {
				schema: networkGoalIdSchema,
				run: ({ actor, db, organisationId }, caseId, { goalId }) =>
					deleteNetworkGoal(actor, db, organisationId, caseId, goalId)
			},
			to: () => '?bewaard=1'
		}),
	// "Actie toevoegen" at a goal: the whole plan, with that goal's new action (which must be filled in).
	action: (event) =>
		networkPageAction(event, {
			cards: (data) => planCards(data, { requireAction: String(data.get('goalId') ?? '') }),
			save: savePlan,
			to: (data) => `?bewaard=1#doel-${idOf(data, 'goalId')}`
		}),
	// The whole plan at once (Enter, "Stand bewaren" at one action, "Opslaan" at a goal): back to that
	// action or goal.
	statuses: (event) =>
		networkPageAction(event, {
			cards: (data) => planCards(data),
			save: savePlan,
			to: (data) => {
				const goal = idOf(data, 'doelFocus');
				if (goal) return `?bewaard=1#doel-${goal}`;
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
