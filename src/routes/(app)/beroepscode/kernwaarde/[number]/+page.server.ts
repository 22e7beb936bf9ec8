import { getArticleLinks } from '$lib/server/code/get-article-links';
import { getCodeKernwaarde } from '$lib/server/code/get-code-kernwaarde';
import { orError } from '$lib/server/http';
import { codeContext } from '../../code-route';
import type { PageServerLoad } from './$types';

/** One kernwaarde with what is tied to it: the member's own reflections and dilemmas, the stories. */
export const load: PageServerLoad = async (event) => {
	const { organisationId, codeId, actor, db } = await codeContext(event);
	const value = await orError(getCodeKernwaarde(actor, db, { organisationId, codeId, number: event.params.number }));
	const links = await orError(
		getArticleLinks(actor, db, { organisationId, codeId: value.codeId, kernwaarde: value.kernwaarde.number })
	);
	return { codeParam: codeId ? `?code=${encodeURIComponent(codeId)}` : '', value, links };
};
