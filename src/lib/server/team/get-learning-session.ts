import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import {
	learningSession,
	learningSessionEntry,
	learningSessionFollowUp,
	learningSessionParticipant,
	membership,
	user,
	type SessionStatus
} from '../db/schema';
import type { Method, MethodPhase, PhaseProduct } from '../../team/method';
import { netMinutes } from '../../team/session';
import { requireSessionParticipant } from './session-access';

interface SessionEntryView {
	id: string;
	phaseKey: string;
	kind: Exclude<PhaseProduct, 'nothing'>;
	text: string;
	chosen: boolean;
	mine: boolean;
}

export interface LearningSessionView {
	id: string;
	teamId: string | null;
	/** Set when the session belongs to a learning group across teams. */
	groupId: string | null;
	/** The team's or the group's name. */
	teamName: string;
	methodRef: string;
	method: Method;
	theme: string;
	status: SessionStatus;
	phaseIndex: number;
	/** The current phase while running or paused; null before the start and after the end. */
	phase: MethodPhase | null;
	phaseEndsAt: Date | null;
	plannedAt: Date;
	startedAt: Date | null;
	endedAt: Date | null;
	pausedAt: Date | null;
	netMinutes: number;
	chairName: string | null;
	inbrengerName: string | null;
	casus: { happened: string; did: string; learn: string };
	participants: { name: string; present: boolean; me: boolean }[];
	me: { present: boolean; isChair: boolean; isInbrenger: boolean };
	entries: SessionEntryView[];
	/** Answers to "Wat deed je met het advies?" from the group's earlier sessions, shown at the start. */
	earlierFollowUps: { sessionDate: Date; inbrengerName: string; answer: string }[];
	/** The inbrenger's own follow-up of this session, once it ended with advice. */
	myFollowUp: { id: string; answer: string | null } | null;
}

/** Everything of a session, for its participants only (requireSessionParticipant). */
export async function getLearningSession(actor: Actor, db: Db, sessionId: string): Promise<LearningSessionView> {
	const access = await requireSessionParticipant(db, actor, sessionId);
	const s = access.session;
	const [participants, entries, earlier, mine] = await Promise.all([
		db
			.select({ membershipId: membership.id, name: user.name, presentAt: learningSessionParticipant.presentAt })
			.from(learningSessionParticipant)
			.innerJoin(membership, eq(membership.id, learningSessionParticipant.membershipId))
			.innerJoin(user, eq(user.id, membership.userId))
			.where(eq(learningSessionParticipant.sessionId, s.id))
			.orderBy(asc(user.name)),
		db
			.select()
			.from(learningSessionEntry)
			.where(eq(learningSessionEntry.sessionId, s.id))
			.orderBy(asc(learningSessionEntry.createdAt), asc(learningSessionEntry.id)),
		db
			.select({
				sessionDate: learningSession.plannedAt,
				inbrengerName: user.name,
				answer: learningSessionFollowUp.answer
			})
			.from(learningSessionFollowUp)
			.innerJoin(learningSession, eq(learningSession.id, learningSessionFollowUp.sessionId))
			.innerJoin(membership, eq(membership.id, learningSessionFollowUp.membershipId))
			.innerJoin(user, eq(user.id, membership.userId))
			.where(eq(learningSessionFollowUp.nextSessionId, s.id))
			.orderBy(asc(learningSession.plannedAt)),
		db
			.select({ id: learningSessionFollowUp.id, answer: learningSessionFollowUp.answer })
			.from(learningSessionFollowUp)
			.where(
				and(eq(learningSessionFollowUp.sessionId, s.id), eq(learningSessionFollowUp.membershipId, access.membershipId))
			)
	]);
	const nameOf = (id: string | null) => participants.find((p) => p.membershipId === id)?.name ?? null;
	const live = s.status === 'running' || s.status === 'paused';
	return {
		id: s.id,
		teamId: s.teamId,
		groupId: s.groupId,
		teamName: access.teamName,
		methodRef: s.methodRef,
		method: s.method,
		theme: s.theme,
		status: s.status,
		phaseIndex: s.phaseIndex,
		phase: live ? (s.method.phases[s.phaseIndex] ?? null) : null,
		phaseEndsAt: live ? s.phaseEndsAt : null,
		plannedAt: s.plannedAt,
		startedAt: s.startedAt,
		endedAt: s.endedAt,
		pausedAt: s.pausedAt,
		netMinutes: netMinutes(s),
		chairName: nameOf(s.chairMembershipId),
		inbrengerName: nameOf(s.inbrengerMembershipId),
		casus: { happened: s.casusHappened, did: s.casusDid, learn: s.casusLearn },
		participants: participants.map((p) => ({
			name: p.name,
			present: !!p.presentAt,
			me: p.membershipId === access.membershipId
		})),
		me: {
			present: participants.some((p) => p.membershipId === access.membershipId && p.presentAt),
			isChair: access.isChair,
			isInbrenger: access.isInbrenger
		},
		entries: entries.map((e) => ({
			id: e.id,
			phaseKey: e.phaseKey,
			kind: e.kind,
			text: e.text,
			chosen: e.chosen,
			mine: e.authorMembershipId === access.membershipId
		})),
		earlierFollowUps: earlier.filter((f) => f.answer).map((f) => ({ ...f, answer: f.answer! })),
		myFollowUp: mine[0] ?? null
	};
}
