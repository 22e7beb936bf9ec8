import { z } from 'zod';
import {
	deleteAdviceAction,
	deleteTopIdea,
	saveAdviceAction,
	saveTopIdea,
	saveTopIdeaResponse
} from '$lib/server/advice/manage-top-ideas';
import { handleForm } from '$lib/server/http';
import { adviceActionSchema, responseSchema, topIdeaSchema } from '$lib/validation/advice';
import { m } from '$lib/paraglide/messages';
import { adviceContext } from '../../../context';
import type { Actions } from './$types';

const idOnly = z.object({ id: z.uuid({ error: () => m.advice_error_unknown_item() }) });

export const actions: Actions = {
	idea: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(
			event.request,
			topIdeaSchema,
			(input) => saveTopIdea(actor, db, organisationId, event.params.id, input),
			{ multi: ['quoteTipIds'] }
		);
		return result && 'id' in result ? { saved: result.id } : result;
	},
	deleteIdea: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		return (
			(await handleForm(event.request, idOnly, (input) =>
				deleteTopIdea(actor, db, organisationId, event.params.id, input)
			)) ?? {
				saved: 'deleted'
			}
		);
	},
	response: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, responseSchema, (input) =>
			saveTopIdeaResponse(actor, db, organisationId, event.params.id, input)
		);
		return result ?? { saved: 'response' };
	},
	action: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, adviceActionSchema, (input) =>
			saveAdviceAction(actor, db, organisationId, event.params.id, input)
		);
		return result ?? { saved: 'action' };
	},
	deleteAction: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		return (
			(await handleForm(event.request, idOnly, (input) =>
				deleteAdviceAction(actor, db, organisationId, event.params.id, input)
			)) ?? { saved: 'deleted' }
		);
	}
};
