import type { RequestEvent } from '@sveltejs/kit';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { idFrom, type CodeId } from '$lib/server/ids';

/** Who reads, in which organisation, on which database, and which code (?code=, else the first). */
export async function codeContext(event: Pick<RequestEvent, 'locals' | 'cookies' | 'url'>) {
	const organisationId = await requireCurrentOrganisationId(event.locals, event.cookies);
	return {
		organisationId,
		codeId: event.url.searchParams.has('code') ? idFrom<CodeId>(event.url.searchParams.get('code')!) : null,
		actor: event.locals.actor!,
		db: event.locals.app.database.db
	};
}
