import { getAdviceInvitation } from '$lib/server/advice/get-advice-invitation';
import { calendarFile, calendarResponse } from '$lib/server/calendar/ics';
import { orError } from '$lib/server/http';
import { idFrom, type AdviceSessionId } from '$lib/server/ids';
import { adviceContext } from '../../context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await adviceContext(event);
	const invitation = await orError(
		getAdviceInvitation(actor, db, {
			organisationId,
			sessionId: idFrom<AdviceSessionId>(event.params.id),
			origin: event.url.origin
		})
	);
	return calendarResponse(calendarFile(invitation), 'adviesvangen.ics');
};
