import { redirect } from '@sveltejs/kit';
import { handleForm, orError } from '$lib/server/http';
import { createPracticeStory } from '$lib/server/team/create-practice-story';
import { getCodeLinkOptions } from '$lib/server/code/get-code-link-options';
import { setStoryCodeLinks } from '$lib/server/code/set-story-code-links';
import { codeLinksSchema } from '$lib/validation/dilemma';
import { findPracticeStories } from '$lib/server/team/find-practice-stories';
import { getTrial } from '$lib/server/team/get-trial';
import { storySchema, storySearchSchema } from '$lib/validation/team-trial';
import { NETWORK_TOOL_KINDS } from '$lib/team/trial';
import { m } from '$lib/paraglide/messages';
import { teamLearningContext } from '../proeven/trial-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await teamLearningContext(event);
	const { parent, url } = event;
	const { organisation } = await parent();
	const filter = storySearchSchema.parse(Object.fromEntries(url.searchParams));
	const stories = await orError(findPracticeStories(actor, db, organisationId, filter));
	// "Maak er een wat-werkt-verhaal van": the form starts with the trial's conclusion (team members only).
	const trialId = url.searchParams.get('proef');
	let prefill: { trialId: string; title: string; body: string; instrument: string } | null = null;
	if (trialId) {
		const trial = await orError(getTrial(actor, db, trialId));
		const tool = trial.instruments.find((i) => (NETWORK_TOOL_KINDS as readonly string[]).includes(i.kind));
		prefill = {
			trialId: trial.id,
			title: m.tstory_from_trial_title(),
			body: trial.conclusion,
			instrument: tool?.kind ?? trial.instruments[0]?.kind ?? ''
		};
	}
	const roles = organisation?.roles ?? [];
	return {
		filter,
		stories,
		prefill,
		mayWrite: roles.includes('worker') || roles.includes('coach'),
		codeOptions: await orError(getCodeLinkOptions(actor, db, { organisationId }))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { organisationId, actor, db } = await teamLearningContext(event);
		const result = await handleForm(
			event.request,
			storySchema.extend(codeLinksSchema.shape),
			async ({ codeLinks, ...input }) => {
				const created = await createPracticeStory(actor, db, organisationId, input);
				if (codeLinks.length > 0) await setStoryCodeLinks(actor, db, { storyId: created.id }, codeLinks);
				return created;
			},
			{ multi: ['codeLinks'] }
		);
		if ('id' in result) redirect(303, `/team/wat-werkt/${result.id}?nieuw=1`);
		return result;
	}
};
