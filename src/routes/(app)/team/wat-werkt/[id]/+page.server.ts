import { redirect } from '@sveltejs/kit';
import { handleForm, orError } from '$lib/server/http';
import { deletePracticeStory } from '$lib/server/team/delete-practice-story';
import { getPracticeStory } from '$lib/server/team/get-practice-story';
import { updatePracticeStory } from '$lib/server/team/update-practice-story';
import { storySchema } from '$lib/validation/team-trial';
import { findCodeLinks } from '$lib/server/code/find-code-links';
import { getCodeLinkOptions } from '$lib/server/code/get-code-link-options';
import { setStoryCodeLinks } from '$lib/server/code/set-story-code-links';
import { codeLinksSchema } from '$lib/validation/dilemma';
import { z } from 'zod';
import { teamLearningContext } from '../../proeven/trial-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await teamLearningContext(event);
	const story = await orError(getPracticeStory(actor, db, organisationId, event.params.id));
	// The articles and kernwaarden the story cites: every member who reads the story sees them.
	const links = await findCodeLinks(actor, db, { storyIds: [story.id] });
	return {
		story,
		codeOptions: await orError(getCodeLinkOptions(actor, db, { organisationId })),
		codeLinks: links.get(story.id) ?? []
	};
};

export const actions: Actions = {
	update: async (event) => {
		const { actor, db } = await teamLearningContext(event);
		const result = await handleForm(
			event.request,
			storySchema.omit({ trialId: true }).extend(codeLinksSchema.shape),
			async ({ codeLinks, ...input }) => {
				await updatePracticeStory(actor, db, event.params.id, input);
				await setStoryCodeLinks(actor, db, { storyId: event.params.id }, codeLinks);
				return { ok: true as const };
			},
			{ multi: ['codeLinks'] }
		);
		if ('ok' in result) redirect(303, `/team/wat-werkt/${event.params.id}?bewaard=1`);
		return result;
	},
	delete: async (event) => {
		const { actor, db } = await teamLearningContext(event);
		const result = await handleForm(event.request, z.object({}), async () => {
			await deletePracticeStory(actor, db, event.params.id);
			return { ok: true as const };
		});
		if ('ok' in result) redirect(303, '/team/wat-werkt?verwijderd=1');
		return result;
	}
};
