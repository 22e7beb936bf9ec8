import { redirect } from '@sveltejs/kit';
import { getCodeLinkOptions } from '$lib/server/code/get-code-link-options';
import { saveDilemma } from '$lib/server/code/save-dilemma';
import { handleForm, orError } from '$lib/server/http';
import { dilemmaSchema } from '$lib/validation/dilemma';
import { dilemmaContext } from '../dilemma-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await dilemmaContext(event);
	return { codeOptions: await orError(getCodeLinkOptions(actor, db, { organisationId })) };
};

export const actions: Actions = {
	default: async (event) => {
		const { organisationId, actor, db } = await dilemmaContext(event);
		const result = await handleForm(
			event.request,
			dilemmaSchema,
			async (input) => saveDilemma(actor, db, { organisationId }, input),
			{ multi: ['codeLinks'] }
		);
		if ('id' in result) redirect(303, `/beroepscode/dilemmas/${result.id}?bewaard=1`);
		return result;
	}
};
