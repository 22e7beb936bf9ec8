import { getAdviceSession } from '$lib/server/advice/get-advice-session';
import { groupLabel } from '$lib/server/advice/groups';
import { outcomePath } from '$lib/server/advice/outcome-link';
import { config } from '$lib/server/config';
import { orError } from '$lib/server/http';
import { stateVersion } from '$lib/server/realtime';
import type { AdviceSessionId } from '$lib/server/ids';
import { phaseLabel } from './context';

/**
 * What the facilitator's pages and the wall show of a session (never who sent which tip), and its
 * `version`: the facilitator's live stream starts with the version of the moment it opens, so a page
 * that missed a change while its stream was opening catches up (AdviceLive).
 */
export async function loadBoard(locals: App.Locals, organisationId: string, sessionId: AdviceSessionId) {
	const board = await orError(getAdviceSession(locals.actor!, locals.app.database.db, organisationId, sessionId));
	const { session } = board;
	const shown = {
		session: {
			id: session.id,
			code: session.code,
			question: session.question,
			explanation: session.explanation,
			groups: session.groups,
			dotsPerPerson: session.dotsPerPerson,
			moderation: session.moderation,
			language: session.language,
			phase: session.phase,
			phaseLabel: phaseLabel(session.phase),
			showResults: session.showResults,
			joinsLocked: session.joinsLocked,
			meetingAt: session.meetingAt,
			meetingMinutes: session.meetingMinutes,
			meetingPlace: session.meetingPlace
		},
		joinUrl: `${config.origin}/doe-mee/${session.code}`,
		/** The public page "Wat deden we met jullie advies?" and since when it is public (null: not public). */
		outcome: { url: `${config.origin}${outcomePath(session.outcomeToken)}`, publishedOn: session.outcomePublishedOn },
		tips: board.tips.map((t) => ({ ...t, groupLabel: groupLabel(session.groups, t.groupKey) })),
		themes: board.themes.map((t) => ({ id: t.id, name: t.name })),
		participants: board.participants,
		participantsPerGroup: session.groups.map((g) => ({
			key: g.key,
			label: g.label,
			count: board.participantsPerGroup[g.key] ?? 0
		})),
		results: board.results,
		topIdeas: board.topIdeas
	};
	return { ...shown, version: stateVersion(shown) };
}
