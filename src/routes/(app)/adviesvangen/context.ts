import type { RequestEvent } from '@sveltejs/kit';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';

/** Who acts, in which organisation, on which database: for actions and endpoints of a session. */
export async function adviceContext(event: Pick<RequestEvent, 'locals' | 'cookies'>) {
	const organisationId = await requireCurrentOrganisationId(event.locals, event.cookies);
	return { organisationId, actor: event.locals.actor!, db: event.locals.app.database.db };
}

export { phaseLabel } from '$lib/advice/phases';
