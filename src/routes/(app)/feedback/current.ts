import type { RequestEvent } from '@sveltejs/kit';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';

/** For the feedback endpoints (files, downloads): who acts, in which organisation, on which database. */
export async function currentOrganisationForRequest(event: RequestEvent) {
	const organisationId = await requireCurrentOrganisationId(event.locals, event.cookies);
	return { organisationId, actor: event.locals.actor!, db: event.locals.app.database.db };
}
