import type { AdviceSessionId } from '../ids';
import type { Actor } from '../actor';
import type { CalendarEvent } from '../calendar/ics';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireFacilitatedSession } from './access';

/**
 * The calendar invitation of an advice session's meeting, for its facilitators, to forward to whom
 * they invite. It names the question, the place and where to take part, never the join code (that
 * is given in the room: an invitation travels further than the meeting). NOT_FOUND while no meeting
 * is planned.
 */
export async function getAdviceInvitation(
	actor: Actor,
	db: Db,
	options: { organisationId: string; sessionId: AdviceSessionId; origin: string }
): Promise<CalendarEvent> {
	const s = await requireFacilitatedSession(actor, db, options.organisationId, options.sessionId);
	if (!s.meetingAt) throw new AppError('NOT_FOUND', m.ics_advice_no_meeting());
	const url = `${options.origin}/adviesvangen/${s.id}`;
	// In the session's language, as its wall and report.
	const lang = { locale: s.language === 'en' ? 'en' : 'nl' } as const;
	return {
		uid: `advice-session-${s.id}`,
		start: s.meetingAt,
		minutes: s.meetingMinutes,
		summary: m.ics_advice_summary({ question: s.question }, lang),
		description: [
			s.explanation,
			m.ics_advice_join({ url: `${options.origin}/doe-mee` }, lang),
			m.ics_advice_open({ url }, lang)
		]
			.filter(Boolean)
			.join('\n\n'),
		location: s.meetingPlace,
		url
	};
}
