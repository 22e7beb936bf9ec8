import { error } from '@sveltejs/kit';
import { adviceChannel, voteTotals } from '$lib/server/advice/live';
import { findSessionByCode } from '$lib/server/advice/participant';
import { AppError } from '$lib/server/errors';
import { eventStream, type LiveEvent } from '$lib/server/realtime';
import type { RequestHandler } from './$types';

/** What a phone may see of an event; vote totals only for the audience that sees results. */
function project(event: LiveEvent, audience: string): LiveEvent | null {
	const data = (event.data ?? {}) as Record<string, unknown>;
	switch (event.type) {
		case 'tip':
			return { ...event, data: { id: data.id, status: data.status, visible: data.visible } };
		case 'tips':
			return { ...event, data: { visible: data.visible } };
		case 'phase':
			return event;
		case 'votes':
			return audience === 'phone+results' ? event : null;
		case 'participants':
			// Only the wall shows how many joined; a phone has no use for it.
			return null;
		default:
			return { ...event, data: null };
	}
}

/**
 * Live events for a participant's phone. It learns that something changed (a new tip's id and the
 * number of tips on the wall, a new phase, the themes) but never a tip's text or who sent it; vote totals only once results are shown.
 */
export const GET: RequestHandler = async ({ params, locals, request }) => {
	const db = locals.app.database.db;
	const session = await findSessionByCode(params.code, db).catch((e) => {
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	});
	let showResults = session.showResults;
	return eventStream({
		hub: locals.app.live,
		channel: adviceChannel(session.id),
		lastEventId: request.headers.get('last-event-id'),
		signal: request.signal,
		// Read again now, after subscribing: a phase change between the read above and the subscription
		// would otherwise be in neither the state nor the events (doe-mee.js compares the state's phase
		// with the page's).
		snapshot: async () => {
			const now = await findSessionByCode(params.code, db);
			showResults = now.showResults;
			return { phase: now.phase, showResults, totals: showResults ? await voteTotals(db, session.id) : null };
		},
		observe: (event) => {
			if (event.type === 'phase') showResults = Boolean((event.data as { showResults?: unknown })?.showResults);
		},
		audience: () => (showResults ? 'phone+results' : 'phone'),
		project
	});
};
