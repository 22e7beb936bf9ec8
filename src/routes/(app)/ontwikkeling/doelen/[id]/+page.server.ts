import { redirect } from '@sveltejs/kit';
import { addGoalEvidence } from '$lib/server/portfolio/add-goal-evidence';
import { deleteGoal } from '$lib/server/portfolio/delete-goal';
import { findEvidenceOptions } from '$lib/server/portfolio/find-evidence-options';
import { findGoalDimensions } from '$lib/server/portfolio/find-goal-dimensions';
import { findShareCoaches } from '$lib/server/portfolio/find-share-coaches';
import { getGoal } from '$lib/server/portfolio/get-goal';
import { removeGoalEvidence } from '$lib/server/portfolio/remove-goal-evidence';
import { sharePortfolio } from '$lib/server/portfolio/share-portfolio';
import { takeBackShare } from '$lib/server/portfolio/take-back-share';
import { updateGoal } from '$lib/server/portfolio/update-goal';
import { handleForm, orError } from '$lib/server/http';
import {
	deleteGoalSchema,
	evidenceSchema,
	goalSchema,
	removeEvidenceSchema,
	shareSchema,
	takeBackSchema
} from '$lib/validation/portfolio-goal';
import { goalContext } from '../goal-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await goalContext(event);
	const goal = await orError(getGoal(actor, db, { organisationId, goalId: event.params.id }));
	return {
		goal,
		dimensions: await orError(findGoalDimensions(actor, db, organisationId)),
		evidenceOptions: await orError(findEvidenceOptions(actor, db, organisationId)),
		coaches: await orError(findShareCoaches(actor, db, organisationId))
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { organisationId, actor, db } = await goalContext(event);
		return handleForm(event.request, goalSchema, async (input) => {
			await updateGoal(actor, db, { organisationId, goalId: event.params.id }, input);
			return { saved: true as const };
		});
	},
	addEvidence: async (event) => {
		const { organisationId, actor, db } = await goalContext(event);
		return handleForm(event.request, evidenceSchema, async ({ evidence }) => {
			await addGoalEvidence(actor, db, { organisationId, goalId: event.params.id }, evidence);
			return { evidenceAdded: true as const };
		});
	},
	removeEvidence: async (event) => {
		const { organisationId, actor, db } = await goalContext(event);
		return handleForm(event.request, removeEvidenceSchema, async ({ evidenceId }) => {
			await removeGoalEvidence(actor, db, { organisationId, goalId: event.params.id, evidenceId });
			return { evidenceRemoved: true as const };
		});
	},
	share: async (event) => {
		const { organisationId, actor, db } = await goalContext(event);
		return handleForm(event.request, shareSchema, async ({ coachMembershipId }) => {
			await sharePortfolio(actor, db, { organisationId, coachMembershipId, goalId: event.params.id });
			return { shared: true as const };
		});
	},
	takeBack: async (event) => {
		const { organisationId, actor, db } = await goalContext(event);
		return handleForm(event.request, takeBackSchema, async ({ shareId }) => {
			// The goal must be the actor's own, like every action on this page.
			await getGoal(actor, db, { organisationId, goalId: event.params.id });
			await takeBackShare(actor, db, { organisationId, shareId });
			return { takenBack: true as const };
		});
	},
	delete: async (event) => {
		const { organisationId, actor, db } = await goalContext(event);
		const result = await handleForm(event.request, deleteGoalSchema, async () => {
			await deleteGoal(actor, db, { organisationId, goalId: event.params.id });
			return { ok: true as const };
		});
		if ('ok' in result) redirect(303, '/ontwikkeling?verwijderd=1');
		return result;
	}
};
