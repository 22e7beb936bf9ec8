import { redirect } from '@sveltejs/kit';
import { handleForm, orError } from '$lib/server/http';
import { concludeTrial } from '$lib/server/team/conclude-trial';
import { getTrial } from '$lib/server/team/get-trial';
import { logTrialUse } from '$lib/server/team/log-trial-use';
import { submitTrialEvaluation } from '$lib/server/team/submit-trial-evaluation';
import { trialConclusionSchema, trialEvaluationSchema, trialUseSchema } from '$lib/validation/team-trial';
import { teamLearningContext } from '../trial-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, db } = await teamLearningContext(event);
	return { trial: await orError(getTrial(actor, db, event.params.id)) };
};

export const actions: Actions = {
	// "Ik heb het gebruikt" on this page, and "Telt mee voor de proef" on a network tool's page
	// (which comes back to that page: `terug`).
	use: async (event) => {
		const { actor, db } = await teamLearningContext(event);
		const trialId = event.params.id;
		const result = await handleForm(event.request, trialUseSchema, async (input) => {
			await logTrialUse(actor, db, { trialId, instrumentId: input.instrumentId }, input);
			return { to: input.terug ? `${input.terug}?proef=geteld#proef` : `/team/proeven/${trialId}?gebruikt=1#gebruik` };
		});
		if ('to' in result) redirect(303, result.to);
		return result;
	},
	evaluate: async (event) => {
		const { actor, db } = await teamLearningContext(event);
		const trial = await orError(getTrial(actor, db, event.params.id));
		const schema = trialEvaluationSchema(trial.instruments.map((i) => i.id));
		const result = await handleForm(event.request, schema, async (answers) => {
			await submitTrialEvaluation(actor, db, trial.id, answers);
			return { ok: true as const };
		});
		if ('ok' in result) redirect(303, `/team/proeven/${trial.id}?geevalueerd=1#evaluatie`);
		return result;
	},
	conclude: async (event) => {
		const { actor, db } = await teamLearningContext(event);
		const trialId = event.params.id;
		const result = await handleForm(event.request, trialConclusionSchema, async (input) => {
			await concludeTrial(actor, db, trialId, input);
			return { ok: true as const };
		});
		if ('ok' in result) redirect(303, `/team/proeven/${trialId}?conclusie=1#conclusie`);
		return result;
	}
};
