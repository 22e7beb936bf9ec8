import { calendarFile, calendarResponse } from '$lib/server/calendar/ics';
import { orError } from '$lib/server/http';
import { getSessionInvitation } from '$lib/server/team/get-session-invitation';
import { teamContext } from '../../../team-context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { actor, db } = await teamContext(event);
	const invitation = await orError(
		getSessionInvitation(actor, db, { sessionId: event.params.id, origin: event.url.origin })
	);
	return calendarResponse(calendarFile(invitation), 'leersessie.ics');
};
