import { confirmArticleMatch } from '$lib/server/code/confirm-article-match';
import { getCodeVersion } from '$lib/server/code/get-code-version';
import { publishCodeVersion } from '$lib/server/code/publish-code-version';
import { handleForm, orError } from '$lib/server/http';
import { idFrom, type CodeVersionId } from '$lib/server/ids';
import { confirmMatchSchema, publishVersionSchema } from '$lib/validation/code-version';
import { codeContext } from '../../../code-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, db } = await codeContext(event);
	return {
		version: await orError(getCodeVersion(actor, db, idFrom<CodeVersionId>(event.params.id))),
		imported: event.url.searchParams.has('ingelezen')
	};
};

export const actions: Actions = {
	confirm: async (event) => {
		const { actor, db } = await codeContext(event);
		const versionId = idFrom<CodeVersionId>(event.params.id);
		const result = await handleForm(event.request, confirmMatchSchema, (input) =>
			confirmArticleMatch(actor, db, { versionId, ...input })
		);
		return result ?? { saved: true };
	},
	publish: async (event) => {
		const { actor, db } = await codeContext(event);
		const versionId = idFrom<CodeVersionId>(event.params.id);
		const result = await handleForm(event.request, publishVersionSchema, () =>
			publishCodeVersion(actor, db, versionId)
		);
		return result ?? { published: true };
	}
};
