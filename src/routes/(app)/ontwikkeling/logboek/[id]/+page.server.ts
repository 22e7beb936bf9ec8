import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { deleteActivity } from '$lib/server/portfolio/delete-activity';
import { getActivity } from '$lib/server/portfolio/get-activity';
import { getActivityForm } from '$lib/server/portfolio/get-activity-form';
import { getProgress } from '$lib/server/portfolio/get-progress';
import { saveActivity } from '$lib/server/portfolio/save-activity';
import { handleForm, orError } from '$lib/server/http';
import { activitySchema } from '$lib/validation/portfolio-activity';
import { logContext } from '../log-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await logContext(event);
	const activityId = event.params.id;
	const found = await orError(getActivity(actor, db, { organisationId, activityId }));
	// Why this line does not count, if it does not (a meeting too short, no accreditation number).
	const progress = (await orError(getProgress(actor, db, organisationId))).progress;
	return {
		...found,
		form: await orError(getActivityForm(actor, db, organisationId)),
		warnings: progress?.warnings.filter((w) => 'lineId' in w && w.lineId === activityId) ?? []
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { organisationId, actor, db } = await logContext(event);
		const activityId = event.params.id;
		return handleForm(event.request, activitySchema, async (input) => {
			await saveActivity(actor, db, { organisationId, activityId }, input);
			return { saved: true as const };
		});
	},
	delete: async (event) => {
		const { organisationId, actor, db } = await logContext(event);
		const result = await handleForm(event.request, z.object({}), async () => {
			await deleteActivity(actor, db, { organisationId, activityId: event.params.id });
			return { ok: true as const };
		});
		if ('ok' in result) redirect(303, '/ontwikkeling/logboek?verwijderd=1');
		return result;
	}
};
