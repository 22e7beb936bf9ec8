import { and, eq, inArray, ne } from 'drizzle-orm';
import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import { adviceSession, codeRound, codeRoundRespondent, learningSession } from '../db/schema';
import { findMyAttendance } from '../team/find-my-attendance';
import { findMyCodeRounds } from '../code/find-my-code-rounds';
import { findRespondent } from '../code/code-round-access';
import { todayInNL } from '../dates';
import { m } from '../../paraglide/messages';
import type { ActivityKind, RegisterRules } from '../../portfolio/model';
import { defaultCategory } from '../../portfolio/progress';
import { dutchDayAndTime } from '../../team/session';

// Not a use case: what Vakspiegel already knows the worker did, as log lines waiting to be saved. The
// same list both shows the suggestions and checks "Toevoegen", so a worker can only turn their own
// attendance, their own advice session and a round they reacted to into a line of their own.

export type SuggestionSource = 'session' | 'advice' | 'round';

export interface ActivitySuggestion {
	source: SuggestionSource;
	/** The attendance line, the advice session or the round. */
	sourceId: string;
	kind: ActivityKind;
	title: string;
	/** Where it happened: a team or group, "Adviesvangen", the code's title. */
	context: string;
	occurredOn: string;
	startedAt: Date | null;
	endedAt: Date | null;
	/** Null when nothing measured it: the worker says how long. */
	netMinutes: number | null;
	category: string;
	methodName: string;
	chairName: string;
	participantNames: string[];
	evidence: string;
}

/** The kind a learning session counts as: by what its method asks the group to bring. */
const SESSION_KIND: Record<string, ActivityKind> = { casus: 'intervisie', dilemma: 'casuistiek', theme: 'other' };

const day = (at: Date) => dutchDayAndTime(at).day;
const cut = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function suggestionSources(
	actor: UserActor,
	db: Db,
	organisationId: string,
	rules: RegisterRules
): Promise<ActivitySuggestion[]> {
	const out: ActivitySuggestion[] = [];

	const attended = (await findMyAttendance(actor, db)).filter((a) => a.organisationId === organisationId);
	const sessions = attended.length
		? await db
				.select({ id: learningSession.id, theme: learningSession.theme, method: learningSession.method })
				.from(learningSession)
				.where(
					inArray(
						learningSession.id,
						attended.map((a) => a.sessionId)
					)
				)
		: [];
	for (const a of attended) {
		const s = sessions.find((x) => x.id === a.sessionId);
		const kind = SESSION_KIND[s?.method.needs ?? 'theme'] ?? 'other';
		out.push({
			source: 'session',
			sourceId: a.id,
			kind,
			title: cut(s?.theme ? `${a.methodName}: ${s.theme}` : a.methodName),
			context: a.teamName,
			occurredOn: day(a.startedAt),
			startedAt: a.startedAt,
			endedAt: a.endedAt,
			netMinutes: a.netMinutes,
			category: defaultCategory(rules, kind),
			methodName: a.methodName,
			chairName: a.chairName ?? '',
			participantNames: a.participants,
			evidence: m.pfl_evidence_session()
		});
	}

	// Advice sessions the worker facilitated, once they were under way (not one still being prepared).
	const facilitated = await db
		.select()
		.from(adviceSession)
		.where(
			and(
				eq(adviceSession.organisationId, organisationId),
				eq(adviceSession.createdByUserId, actor.userId),
				ne(adviceSession.phase, 'preparing')
			)
		);
	for (const s of facilitated) {
		const at = s.meetingAt ?? s.createdAt;
		if (day(at) > todayInNL()) continue;
		out.push({
			source: 'advice',
			sourceId: s.id,
			kind: 'advice',
			title: cut(s.question),
			context: m.pfl_context_advice(),
			occurredOn: day(at),
			startedAt: s.meetingAt,
			endedAt: s.meetingAt ? new Date(s.meetingAt.getTime() + s.meetingMinutes * 60_000) : null,
			netMinutes: s.meetingAt ? s.meetingMinutes : null,
			category: defaultCategory(rules, 'advice'),
			methodName: m.pfl_context_advice(),
			chairName: actor.name,
			participantNames: [],
			evidence: m.pfl_evidence_advice()
		});
	}

	// Consultation rounds: a reaction carries no user id, only the member's key for that round, so the
	// round's own lookup finds out whether this member reacted.
	const reacted = (await findMyCodeRounds(actor, db, organisationId)).filter((r) => r.answersToken !== null);
	const rounds = reacted.length
		? await db
				.select()
				.from(codeRound)
				.where(
					and(
						eq(codeRound.organisationId, organisationId),
						inArray(
							codeRound.id,
							reacted.map((r) => r.id)
						)
					)
				)
		: [];
	for (const round of rounds) {
		const respondent = await findRespondent(db, { kind: 'member', actor, organisationId, roundId: round.id }, round);
		if (!respondent) continue;
		const [first] = await db
			.select({ createdAt: codeRoundRespondent.createdAt })
			.from(codeRoundRespondent)
			.where(eq(codeRoundRespondent.id, respondent.id));
		const info = reacted.find((r) => r.id === round.id)!;
		out.push({
			source: 'round',
			sourceId: round.id,
			kind: 'consultation',
			title: cut(m.pfl_round_title({ question: round.question })),
			context: info.codeTitle,
			occurredOn: day(first.createdAt),
			startedAt: null,
			endedAt: null,
			netMinutes: null,
			category: defaultCategory(rules, 'consultation'),
			methodName: m.pfl_context_round(),
			chairName: '',
			participantNames: [],
			evidence: m.pfl_evidence_round()
		});
	}
	return out.sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
}
