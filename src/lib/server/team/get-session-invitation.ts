import type { Actor } from '../actor';
import type { CalendarEvent } from '../calendar/ics';
import type { Db } from '../db/client';
import { methodMinutes } from '../../team/method';
import { m } from '../../paraglide/messages';
import { getLearningSession } from './get-learning-session';

/**
 * The calendar invitation of a learning session, for its participants only (getLearningSession):
 * when, how long the method takes, the team or group and the voorzitter. Never the casus: a calendar
 * is synchronised to other services and shown on lock screens.
 */
export async function getSessionInvitation(
	actor: Actor,
	db: Db,
	options: { sessionId: string; origin: string }
): Promise<CalendarEvent> {
	const s = await getLearningSession(actor, db, options.sessionId);
	const url = `${options.origin}/team/sessies/${s.id}`;
	return {
		uid: `learning-session-${s.id}`,
		start: s.plannedAt,
		minutes: methodMinutes(s.method),
		summary: `${s.method.name}${s.theme ? `: ${s.theme}` : ''} · ${s.teamName}`,
		description: [
			m.ics_session_description({ team: s.teamName, method: s.method.name }),
			s.chairName ? m.tsession_chair_is({ name: s.chairName }) : '',
			m.ics_open_in_vakspiegel({ url })
		]
			.filter(Boolean)
			.join('\n'),
		url
	};
}
