import { getProgress } from '$lib/server/portfolio/get-progress';
import { savePortfolioProfile } from '$lib/server/portfolio/save-portfolio-profile';
import { handleForm, orError } from '$lib/server/http';
import { profileSchema } from '$lib/validation/portfolio-activity';
import { logContext } from '../logboek/log-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await logContext(event);
	return { view: await orError(getProgress(actor, db, organisationId)) };
};

export const actions: Actions = {
	profile: async (event) => {
		const { organisationId, actor, db } = await logContext(event);
		return handleForm(event.request, profileSchema, async (input) => {
			await savePortfolioProfile(actor, db, organisationId, input);
			return { saved: true as const };
		});
	}
};
