import { findGoals } from '$lib/server/portfolio/find-goals';
import { findShareCoaches } from '$lib/server/portfolio/find-share-coaches';
import { sharePortfolio } from '$lib/server/portfolio/share-portfolio';
import { takeBackShare } from '$lib/server/portfolio/take-back-share';
import { handleForm, orError } from '$lib/server/http';
import { shareSchema, takeBackSchema } from '$lib/validation/portfolio-goal';
import { goalContext } from './doelen/goal-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await event.parent();
	const roles = organisation?.roles ?? [];
	const isWorker = roles.includes('worker');
	if (!isWorker) return { isWorker, isCoach: roles.includes('coach'), plan: null, coaches: [] };
	const { organisationId, actor, db } = await goalContext(event);
	return {
		isWorker,
		isCoach: roles.includes('coach'),
		plan: await orError(findGoals(actor, db, organisationId)),
		coaches: await orError(findShareCoaches(actor, db, organisationId))
	};
};

export const actions: Actions = {
	share: async (event) => {
		const { organisationId, actor, db } = await goalContext(event);
		return handleForm(event.request, shareSchema, async ({ coachMembershipId }) => {
			await sharePortfolio(actor, db, { organisationId, coachMembershipId, goalId: null });
			return { shared: true as const };
		});
	},
	takeBack: async (event) => {
		const { organisationId, actor, db } = await goalContext(event);
		return handleForm(event.request, takeBackSchema, async ({ shareId }) => {
			await takeBackShare(actor, db, { organisationId, shareId });
			return { takenBack: true as const };
		});
	}
};
