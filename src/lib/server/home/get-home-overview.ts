import type { NetworkCaseId } from '../ids';
import { and, asc, count, desc, eq, gt, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import { isPrivateLocked } from '../auth/private-lock';
import type { Db } from '../db/client';
import {
	adviceSession,
	feedbackBatch,
	feedbackContactRequest,
	feedbackMirrorSeen,
	feedbackRequest,
	invitation,
	membership,
	networkAction,
	networkCase,
	networkCaseWorker,
	type AdvicePhase,
	type CaseKind
} from '../db/schema';
import { nextDay, todayInNL } from '../dates';
import { hasBatchesToRelease } from '../feedback/batches-to-release';
import { releaseBatches } from '../feedback/release-batches';
import { requireRole, requireUser } from '../organisation/access';
import { findMyFollowUps, type OpenFollowUp } from '../team/find-my-follow-ups';

/** Actions due within this many days (or overdue) show on the home page. */
const DUE_WITHIN_DAYS = 7;

/** What came in the mirror: whole released groups only, never anything of a single reaction. */
interface MirrorNews {
	/** Groups released after the day the worker last opened the mirror (all of them if never). */
	newGroups: number;
	/** Reactions in those groups together. */
	newResponses: number;
	/** The newest released group, new or not. */
	latest: { releasedOn: string; size: number } | null;
}

/** A casus of the worker's with plan actions that are overdue or due within DUE_WITHIN_DAYS days. */
interface DueCase {
	caseId: NetworkCaseId;
	kind: CaseKind;
	label: string;
	overdue: number;
	dueSoon: number;
	/** The earliest due day among them. */
	firstDue: string;
}

interface OpenAdviceSession {
	id: string;
	question: string;
	phase: AdvicePhase;
}

export type FirstStep = 'feedback_request' | 'practice_network' | 'advice_session' | 'invite_members';

export interface HomeOverview {
	/**
	 * A used password-reset link waits for confirmation (ADR 0010): nothing of the mirror or the casussen
	 * shows, not even a count, until the worker has seen who reset the password.
	 */
	locked: boolean;
	/** For workers. */
	mirror: MirrorNews | null;
	/** For workers: call-back requests not yet ticked off. */
	openContactRequests: number;
	/** For workers: their own casussen only. */
	dueCases: DueCase[];
	/** Sessions the actor started that are not closed. */
	adviceSessions: OpenAdviceSession[];
	/** For admins: invitations not yet accepted, revoked or expired. */
	openInvitations: number;
	/** The actor's own "Wat deed je met het advies?" after a team session (inbrenger only). */
	teamFollowUps: OpenFollowUp[];
	/** Only for what the actor has not done yet. */
	firstSteps: FirstStep[];
}

function addDays(day: string, days: number): string {
	let d = day;
	for (let i = 0; i < days; i++) d = nextDay(d);
	return d;
}

/**
 * "Wat staat er klaar": the actor's own next things to do in one organisation, each a count or a
 * short list that links to where the work is done. Everything is scoped to the actor: a worker's
 * mirror, call-back requests and casussen never show to a colleague, a coach or an admin.
 */
export async function getHomeOverview(
	actor: Actor,
	db: Db,
	organisationId: string,
	options: { now?: Date } = {}
): Promise<HomeOverview> {
	requireUser(actor);
	const member = await requireRole(db, actor, organisationId);
	const roles = member?.roles ?? [];
	const now = options.now ?? new Date();
	const today = todayInNL(now);
	const overview: HomeOverview = {
		locked: false,
		mirror: null,
		openContactRequests: 0,
		dueCases: [],
		adviceSessions: [],
		openInvitations: 0,
		teamFollowUps: [],
		firstSteps: []
	};

	if (roles.includes('worker')) {
		overview.locked = await isPrivateLocked(db, actor.userId);
		if (!overview.locked) {
			Object.assign(overview, await workerItems(actor.userId, db, organisationId, now, today));
		}
	}

	overview.teamFollowUps = await findMyFollowUps(actor, db, organisationId);

	overview.adviceSessions = await db
		.select({ id: adviceSession.id, question: adviceSession.question, phase: adviceSession.phase })
		.from(adviceSession)
		.where(
			and(
				eq(adviceSession.organisationId, organisationId),
				eq(adviceSession.createdByUserId, actor.userId),
				ne(adviceSession.phase, 'closed')
			)
		)
		.orderBy(desc(adviceSession.updatedAt))
		.limit(5);
	if (roles.includes('facilitator') && overview.adviceSessions.length === 0) {
		const [{ n }] = await db
			.select({ n: count() })
			.from(adviceSession)
			.where(and(eq(adviceSession.organisationId, organisationId), eq(adviceSession.createdByUserId, actor.userId)));
		if (n === 0) overview.firstSteps.push('advice_session');
	}

	if (roles.includes('admin')) {
		const [{ n }] = await db
			.select({ n: count() })
			.from(invitation)
			.where(
				and(
					eq(invitation.organisationId, organisationId),
					isNull(invitation.acceptedAt),
					isNull(invitation.revokedAt),
					gt(invitation.expiresAt, now)
				)
			);
		overview.openInvitations = n;
		if (n === 0) {
			const [{ members }] = await db
				.select({ members: count() })
				.from(membership)
				.where(eq(membership.organisationId, organisationId));
			if (members <= 1) overview.firstSteps.push('invite_members');
		}
	}
	return overview;
}

async function workerItems(
	userId: string,
	db: Db,
	organisationId: string,
	now: Date,
	today: string
): Promise<Pick<HomeOverview, 'mirror' | 'openContactRequests' | 'dueCases' | 'firstSteps'>> {
	// The same release the mirror does when it opens (it depends only on when residents answered), so
	// the home page does not wait for the mirror to say that a group is ready; only when there is
	// something to release, which one cheap query tells.
	if (await hasBatchesToRelease(db, userId, organisationId, now)) await releaseBatches(db, userId, organisationId, now);
	const mineBatch = and(eq(feedbackBatch.workerUserId, userId), eq(feedbackBatch.organisationId, organisationId));
	const [seen] = await db
		.select({ seenOn: feedbackMirrorSeen.seenOn })
		.from(feedbackMirrorSeen)
		.where(and(eq(feedbackMirrorSeen.workerUserId, userId), eq(feedbackMirrorSeen.organisationId, organisationId)));
	// A group released on a day after the last look is new: the look ran the release, so every group
	// made later ends on a later day (release-batches.ts).
	const [news] = await db
		.select({
			groups: count(),
			responses: sql<number>`cast(coalesce(sum(${feedbackBatch.size}), 0) as int)`
		})
		.from(feedbackBatch)
		.where(seen ? and(mineBatch, gt(feedbackBatch.releasedOn, seen.seenOn)) : mineBatch);
	const [latest] = await db
		.select({ releasedOn: feedbackBatch.releasedOn, size: feedbackBatch.size })
		.from(feedbackBatch)
		.where(mineBatch)
		.orderBy(desc(feedbackBatch.releasedOn))
		.limit(1);

	const [{ open }] = await db
		.select({ open: count() })
		.from(feedbackContactRequest)
		.where(
			and(
				eq(feedbackContactRequest.workerUserId, userId),
				eq(feedbackContactRequest.organisationId, organisationId),
				isNull(feedbackContactRequest.handledOn)
			)
		);

	const assigned = and(
		eq(networkCase.organisationId, organisationId),
		eq(networkCaseWorker.userId, userId),
		eq(networkCaseWorker.caseId, networkCase.id)
	);
	const due = await db
		.select({
			caseId: networkCase.id,
			kind: networkCase.kind,
			label: networkCase.label,
			overdue: sql<number>`cast(count(*) filter (where ${networkAction.due} < ${today}) as int)`,
			dueSoon: sql<number>`cast(count(*) filter (where ${networkAction.due} >= ${today}) as int)`,
			firstDue: sql<string>`min(${networkAction.due})::text`
		})
		.from(networkAction)
		.innerJoin(networkCase, eq(networkCase.id, networkAction.caseId))
		.innerJoin(networkCaseWorker, assigned)
		.where(
			and(
				eq(networkCase.status, 'open'),
				inArray(networkAction.status, ['open', 'busy']),
				lte(networkAction.due, addDays(today, DUE_WITHIN_DAYS))
			)
		)
		.groupBy(networkCase.id, networkCase.kind, networkCase.label)
		.orderBy(asc(sql`min(${networkAction.due})`), asc(networkCase.label));

	const firstSteps: FirstStep[] = [];
	const [{ requests }] = await db
		.select({ requests: count() })
		.from(feedbackRequest)
		.where(and(eq(feedbackRequest.workerUserId, userId), eq(feedbackRequest.organisationId, organisationId)));
	if (requests === 0) firstSteps.push('feedback_request');
	const [{ cases }] = await db.select({ cases: count() }).from(networkCase).innerJoin(networkCaseWorker, assigned);
	if (cases === 0) firstSteps.push('practice_network');

	return {
		mirror: { newGroups: news.groups, newResponses: news.responses, latest: latest ?? null },
		openContactRequests: open,
		dueCases: due,
		firstSteps
	};
}
