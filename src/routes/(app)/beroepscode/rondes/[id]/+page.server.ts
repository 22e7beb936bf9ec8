import { fail } from '@sveltejs/kit';
import { closeCodeRound } from '$lib/server/code/close-code-round';
import { getCodeRoundResults } from '$lib/server/code/get-code-round-results';
import { AppError } from '$lib/server/errors';
import { answerCodeReactions } from '$lib/server/code/answer-code-reactions';
import { publishCodeRoundAnswers } from '$lib/server/code/publish-code-round-answers';
import { handleForm, orError } from '$lib/server/http';
import { codeRoundAnswerSchema } from '$lib/validation/code-round';
import { codeContext } from '../../code-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await codeContext(event);
	const results = await orError(getCodeRoundResults(actor, db, { organisationId, roundId: event.params.id }));
	return { results, origin: event.url.origin };
};

export const actions: Actions = {
	sluit: async (event) => {
		const { organisationId, actor, db } = await codeContext(event);
		try {
			await closeCodeRound(actor, db, { organisationId, roundId: event.params.id });
		} catch (e) {
			if (e instanceof AppError) return fail(e.status, { message: e.message });
			throw e;
		}
		return { closed: true };
	},
	beantwoord: async (event) => {
		const { organisationId, actor, db } = await codeContext(event);
		const result = await handleForm(event.request, codeRoundAnswerSchema, async (input) => {
			await answerCodeReactions(actor, db, { ...input, organisationId, roundId: event.params.id });
			return { answered: input.reactionId || input.articleId || 'algemeen' };
		});
		return result;
	},
	publiceer: async (event) => {
		const { organisationId, actor, db } = await codeContext(event);
		try {
			await publishCodeRoundAnswers(actor, db, { organisationId, roundId: event.params.id });
		} catch (e) {
			if (e instanceof AppError) return fail(e.status, { message: e.message });
			throw e;
		}
		return { published: true };
	}
};
