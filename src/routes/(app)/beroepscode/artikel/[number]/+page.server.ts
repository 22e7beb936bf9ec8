import { getCodeArticle } from '$lib/server/code/get-code-article';
import { orError } from '$lib/server/http';
import { codeContext } from '../../code-route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, codeId, actor, db } = await codeContext(event);
	return {
		codeParam: codeId ? `?code=${encodeURIComponent(codeId)}` : '',
		article: await orError(getCodeArticle(actor, db, { organisationId, codeId, number: event.params.number }))
	};
};
