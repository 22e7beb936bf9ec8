import { error } from '@sveltejs/kit';
import { adviceChannel, voteTotals } from '$lib/server/advice/live';
import { findSessionByCode } from '$lib/server/advice/participant';
import { AppError } from '$lib/server/errors';
import { eventStream, type LiveEvent } from '$lib/server/realtime';
import type { RequestHandler } from './$types';

/**
 * Live events for a participant's phone. It learns that something changed (a new tip's id, a new
 * phase, the themes) but never a tip's text or who sent it; vote totals only once results are shown.
 */
export const GET: RequestHandler = async ({ params, locals, request }) => {
	const db = locals.app.database.db;
	const session = await findSessionByCode(params.code, db).catch((e) => {
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	});
	let showResults = session.showResults;
	const project = (event: LiveEvent): LiveEvent | null => {
		const data = (event.data ?? {}) as Record<string, unknown>;
		switch (event.type) {
			case 'tip':
				return { ...event, data: { id: data.id, status: data.status } };
			case 'phase':
				showResults = Boolean(data.showResults);
				return event;
			case 'votes':
				return showResults ? event : null;
			default:
				return { ...event, data: null };
		}
	};
	return eventStream({
		hub: locals.app.live,
		channel: adviceChannel(session.id),
		lastEventId: request.headers.get('last-event-id'),
		signal: request.signal,
		snapshot: async () => ({
			phase: session.phase,
			showResults,
			totals: showResults ? await voteTotals(db, session.id) : null
		}),
		project
	});
};
