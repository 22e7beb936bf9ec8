import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { bringDilemma } from '$lib/server/code/bring-dilemma';
import { deleteDilemma } from '$lib/server/code/delete-dilemma';
import { getCodeLinkOptions } from '$lib/server/code/get-code-link-options';
import { getDilemma } from '$lib/server/code/get-dilemma';
import { saveDilemma } from '$lib/server/code/save-dilemma';
import { takeBackDilemma } from '$lib/server/code/take-back-dilemma';
import { handleForm, orError } from '$lib/server/http';
import { m } from '$lib/paraglide/messages';
import { dilemmaSchema } from '$lib/validation/dilemma';
import { dilemmaContext } from '../dilemma-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await dilemmaContext(event);
	const dilemmaId = event.params.id;
	return {
		...(await orError(getDilemma(actor, db, { organisationId, dilemmaId }))),
		codeOptions: await orError(getCodeLinkOptions(actor, db, { organisationId }))
	};
};

const bringSchema = z.object({ sessionId: z.uuid({ error: () => m.dilemma_error_session() }) });

export const actions: Actions = {
	save: async (event) => {
		const { organisationId, actor, db } = await dilemmaContext(event);
		const dilemmaId = event.params.id;
		return handleForm(
			event.request,
			dilemmaSchema,
			async (input) => {
				await saveDilemma(actor, db, { organisationId, dilemmaId }, input);
				return { saved: true as const };
			},
			{ multi: ['codeLinks'] }
		);
	},
	bring: async (event) => {
		const { organisationId, actor, db } = await dilemmaContext(event);
		return handleForm(event.request, bringSchema, async ({ sessionId }) => {
			await bringDilemma(actor, db, { organisationId, dilemmaId: event.params.id, sessionId });
			return { brought: true as const };
		});
	},
	takeBack: async (event) => {
		const { organisationId, actor, db } = await dilemmaContext(event);
		return handleForm(event.request, z.object({}), async () => {
			await takeBackDilemma(actor, db, { organisationId, dilemmaId: event.params.id });
			return { takenBack: true as const };
		});
	},
	delete: async (event) => {
		const { organisationId, actor, db } = await dilemmaContext(event);
		const result = await handleForm(event.request, z.object({}), async () => {
			await deleteDilemma(actor, db, { organisationId, dilemmaId: event.params.id });
			return { ok: true as const };
		});
		if ('ok' in result) redirect(303, '/beroepscode/dilemmas?verwijderd=1');
		return result;
	}
};
