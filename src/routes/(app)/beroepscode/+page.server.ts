import { getCode } from '$lib/server/code/get-code';
import { MAX_QUERY_LENGTH, searchCode } from '$lib/server/code/search-code';
import { orError } from '$lib/server/http';
import { isCodeEditor } from '$lib/server/code/code-editor';
import { codeContext } from './code-route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, codeId, actor, db } = await codeContext(event);
	const code = await orError(getCode(actor, db, { organisationId, codeId }));
	const query = (event.url.searchParams.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
	const hits = code && query ? await orError(searchCode(actor, db, { organisationId, codeId, query })) : [];
	const { organisation } = await event.parent();
	return { code, query, hits, mayManage: isCodeEditor(organisation?.roles ?? []) };
};
