import { requireFacilitatedSession } from '$lib/server/advice/access';
import { adviceChannel, voteTotals } from '$lib/server/advice/live';
import { orError } from '$lib/server/http';
import { eventStream, type LiveEvent } from '$lib/server/realtime';
import { loadBoard } from '../../board-data';
import { adviceContext } from '../../context';
import type { RequestHandler } from './$types';
import { idFrom, type AdviceSessionId } from '$lib/server/ids';

/** Facilitators see every event as it is, waiting tips included. */
const everything = (event: LiveEvent) => event;

/** Live events for the facilitator's pages and the wall: everything, including waiting tips. */
export const GET: RequestHandler = async (event) => {
	const { organisationId, actor, db } = await adviceContext(event);
	const session = await orError(
		requireFacilitatedSession(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id))
	);
	return eventStream({
		hub: event.locals.app.live,
		channel: adviceChannel(session.id),
		lastEventId: event.request.headers.get('last-event-id'),
		signal: event.request.signal,
		// Read now, after subscribing (not the session read above): a change in between would
		// otherwise be in neither the state nor the events. The page compares the version with its own.
		snapshot: async () => {
			const board = await loadBoard(event.locals, organisationId, session.id);
			return { phase: board.session.phase, version: board.version, totals: await voteTotals(db, session.id) };
		},
		audience: () => 'facilitator',
		project: everything,
		// The wall shows tips as they come, however many phones are connected.
		prompt: true
	});
};
