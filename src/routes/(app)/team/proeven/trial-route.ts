import type { RequestEvent } from '@sveltejs/kit';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';

/** Who acts, in which organisation, on which database: for the trial and story loads and actions. */
export async function teamLearningContext(event: Pick<RequestEvent, 'locals' | 'cookies'>) {
	const organisationId = await requireCurrentOrganisationId(event.locals, event.cookies);
	return { organisationId, actor: event.locals.actor!, db: event.locals.app.database.db };
}

/** A YYYY-MM-DD day plus a number of days. */
export function addDays(day: string, days: number): string {
	const d = new Date(`${day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}
