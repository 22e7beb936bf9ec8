import { requireSessionParticipant } from '$lib/server/team/session-access';
import { sessionChannel } from '$lib/server/team/session-live';
import { orError } from '$lib/server/http';
import { eventStream, type LiveEvent } from '$lib/server/realtime';
import { teamContext } from '../../../team-context';
import type { RequestHandler } from './$types';

/** Events carry no content ("look again"); every participant gets the same. */
const asIs = (event: LiveEvent) => event;

/** Live events of a learning session, for its participants' pages and the projector screen. */
export const GET: RequestHandler = async (event) => {
	const { actor, db } = await teamContext(event);
	const { session } = await orError(requireSessionParticipant(db, actor, event.params.id));
	return eventStream({
		hub: event.locals.app.live,
		channel: sessionChannel(session.id),
		lastEventId: event.request.headers.get('last-event-id'),
		signal: event.request.signal,
		// Read again now, after subscribing: a move between the read above and the subscription would
		// otherwise be in neither the state nor the events (TeamSessionLive compares the state).
		snapshot: async () => {
			const now = (await orError(requireSessionParticipant(db, actor, session.id))).session;
			return { status: now.status, phaseIndex: now.phaseIndex };
		},
		audience: () => 'participant',
		project: asIs
	});
};
