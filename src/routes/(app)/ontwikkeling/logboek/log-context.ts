import type { RequestEvent } from '@sveltejs/kit';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';

/** Whose log, in which organisation, on which database. */
export async function logContext(event: Pick<RequestEvent, 'locals' | 'cookies'>) {
	return {
		organisationId: await requireCurrentOrganisationId(event.locals, event.cookies),
		actor: event.locals.actor!,
		db: event.locals.app.database.db
	};
}
