import { z } from 'zod';
import { deleteAdviceAction } from '$lib/server/advice/delete-advice-action';
import { deleteTopIdea } from '$lib/server/advice/delete-top-idea';
import { saveAdviceAction } from '$lib/server/advice/save-advice-action';
import { saveTopIdea } from '$lib/server/advice/save-top-idea';
import { saveTopIdeaResponse } from '$lib/server/advice/save-top-idea-response';
import { publishAdviceOutcome } from '$lib/server/advice/publish-advice-outcome';
import { handleForm } from '$lib/server/http';
import { adviceActionSchema, responseSchema, topIdeaSchema } from '$lib/validation/advice';
import { m } from '$lib/paraglide/messages';
import { adviceContext } from '../../../context';
import type { Actions } from './$types';
import { idFrom, type AdviceSessionId } from '$lib/server/ids';

const idOnly = z.object({ id: z.uuid({ error: () => m.advice_error_unknown_item() }) });
const outcomeSchema = z.object({
	published: z.enum(['ja', 'nee'], { error: () => m.advice_error_unknown_item() }).transform((v) => v === 'ja')
});

export const actions: Actions = {
	/** "Uitkomst openbaar maken" / "Niet meer openbaar": the public page "Wat deden we met jullie advies?". */
	outcome: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, outcomeSchema, async (input) => {
			await publishAdviceOutcome(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input);
			return input.published;
		});
		if (typeof result !== 'boolean') return result;
		return { saved: result ? 'published' : 'unpublished' };
	},
	idea: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(
			event.request,
			topIdeaSchema,
			(input) => saveTopIdea(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input),
			{ multi: ['quoteTipIds'] }
		);
		return result && 'id' in result ? { saved: result.id } : result;
	},
	deleteIdea: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		return (
			(await handleForm(event.request, idOnly, (input) =>
				deleteTopIdea(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input)
			)) ?? {
				saved: 'deleted'
			}
		);
	},
	response: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, responseSchema, (input) =>
			saveTopIdeaResponse(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input)
		);
		return result ?? { saved: 'response' };
	},
	action: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, adviceActionSchema, (input) =>
			saveAdviceAction(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input)
		);
		return result ?? { saved: 'action' };
	},
	deleteAction: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		return (
			(await handleForm(event.request, idOnly, (input) =>
				deleteAdviceAction(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input)
			)) ?? { saved: 'deleted' }
		);
	}
};
