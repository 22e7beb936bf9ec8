import { and, eq, inArray, isNotNull, isNull, lt, or, sql, type AnyColumn } from 'drizzle-orm';
import type { AdviceSessionId } from './ids';
import { systemActor } from './actor';
import { writeAudit } from './audit';
import type { Db } from './db/client';
import {
	adviceParticipant,
	adviceSession,
	adviceTip,
	auditLog,
	codePrivateLink,
	codeRound,
	codeRoundRespondent,
	dilemmaReflection,
	feedbackBatch,
	feedbackContactRequest,
	feedbackFollowUp,
	feedbackMirrorSeen,
	feedbackResponse,
	feedbackFormNonce,
	feedbackRate,
	invitation,
	loginThrottle,
	networkCase,
	organisation,
	passwordReset,
	portfolioActivity,
	portfolioGoal,
	portfolioProfile,
	portfolioShare,
	reflection,
	selfRating,
	session,
	verification
} from './db/schema';
import { rowsOf } from './db/client';
import type { RecordingFiles } from './feedback/recording-files';
import { logger } from './logger';
import { WINDOW_MS as LOGIN_WINDOW_MS } from './auth/login-throttle';
import { todayInNL } from './dates';
import { reorderFinishedDays } from './feedback/reordering';

const DAY = 24 * 60 * 60 * 1000;
/** Used and expired invitation and reset links are kept this long, so an admin can still see them. */
export const LINK_KEEP_DAYS = 90;
/**
 * A call-back request the worker ticked off ("Afgehandeld") is kept this long, so it can be put back,
 * then deleted: names and phone numbers are the most identifying thing a resident leaves.
 */
export const CONTACT_HANDLED_KEEP_DAYS = 30;

export interface RetentionResult {
	sessions: number;
	verifications: number;
	loginThrottles: number;
	invitations: number;
	passwordResets: number;
	formNonces: number;
	rateCounters: number;
	contactRequests: number;
	networkCases: number;
	/** Residents' answers, follow-ups and unanswered call-back requests past the feedback period. */
	feedbackResponses: number;
	feedbackFollowUps: number;
	/** Advice sessions whose tips, votes and participants went (their counts stay). */
	adviceSessions: number;
	auditEntries: number;
	/** Reflections, self-ratings and "mirror seen" days of people who left the organisation. */
	leaverRows: number;
	/** Respondents of consultation rounds (with their reactions) past the consultation period. */
	consultationRespondents: number;
}

/** Audit entries without an organisation (the operator's) are kept this long. */
export const SYSTEM_AUDIT_KEEP_MONTHS = 24;

/**
 * Deletes what no one needs any more (AVG: data minimisation), per data class after the period the
 * organisation set (ARCHITECTURE.md, "Bewaartermijnen"), and writes one audit entry per organisation
 * for which it deleted anything. Later capabilities add their own rules here.
 */
export async function runRetention(db: Db, now = new Date()): Promise<RetentionResult> {
	const linkCutoff = new Date(now.getTime() - LINK_KEEP_DAYS * DAY);
	const sessions = await db.delete(session).where(lt(session.expiresAt, now)).returning({ id: session.id });
	const verifications = await db
		.delete(verification)
		.where(lt(verification.expiresAt, now))
		.returning({ id: verification.id });
	const loginThrottles = await db
		.delete(loginThrottle)
		.where(
			and(
				lt(loginThrottle.windowStartedAt, new Date(now.getTime() - LOGIN_WINDOW_MS)),
				or(isNull(loginThrottle.blockedUntil), lt(loginThrottle.blockedUntil, now))
			)
		)
		.returning({ key: loginThrottle.key });
	const invitations = await db
		.delete(invitation)
		.where(lt(invitation.expiresAt, linkCutoff))
		.returning({ id: invitation.id });
	const passwordResets = await db
		.delete(passwordReset)
		// A used link whose lock still waits for the person's confirmation stays (ADR 0010).
		.where(
			and(
				lt(passwordReset.expiresAt, linkCutoff),
				or(eq(passwordReset.locksPrivate, false), isNull(passwordReset.usedAt), isNotNull(passwordReset.confirmedAt))
			)
		)
		.returning({ id: passwordReset.id });
	// Used one-time form tokens only matter until the form itself expires (kept by the day, see the
	// schema); a link's day counter for that day.
	const today = todayInNL(now);
	const formNonces = await db
		.delete(feedbackFormNonce)
		.where(lt(feedbackFormNonce.keepUntil, today))
		.returning({ nonce: feedbackFormNonce.nonce });
	const rateCounters = await db
		.delete(feedbackRate)
		.where(lt(feedbackRate.day, today))
		.returning({ day: feedbackRate.day });
	const contactRequests = await db
		.delete(feedbackContactRequest)
		.where(lt(feedbackContactRequest.handledOn, todayInNL(new Date(now.getTime() - CONTACT_HANDLED_KEEP_DAYS * DAY))))
		.returning({ id: feedbackContactRequest.id });
	// A closed casus goes, with its people, versions and plan, once the organisation's retention period
	// (months, default 12) has passed since it was closed (PRODUCT.md, privacy model). Open ones stay.
	const networkCases = await db
		.delete(networkCase)
		.where(
			and(
				eq(networkCase.status, 'closed'),
				sql`${networkCase.closedAt} < ${now.toISOString()}::timestamptz - make_interval(months => (select ${organisation.retentionMonths} from ${organisation} where ${organisation.id} = ${networkCase.organisationId}))`
			)
		)
		.returning({ id: networkCase.id, organisationId: networkCase.organisationId });
	// Residents' answers and their follow-ups go the organisation's feedback period (months, default
	// 24) after their group was released, or after they came if never released; recordings go with their
	// answer (the file in the hourly sweep). The group (its day and size) stays: the count survives.
	/** The day before which a row of an organisation is past its period (`months`: the organisation's column). */
	const dayCut = (months: AnyColumn, organisationId: AnyColumn) =>
		sql`(${today}::date - make_interval(months => (select ${months} from ${organisation} where ${organisation.id} = ${organisationId})))::date`;
	/** A row's release day, or the day it came when its group was never released. */
	const releasedOrCame = (batchId: AnyColumn, submittedOn: AnyColumn) =>
		sql`coalesce((select b.released_on from ${feedbackBatch} b where b.id = ${batchId}), ${submittedOn})`;
	const feedbackResponses = await db
		.delete(feedbackResponse)
		.where(
			lt(
				releasedOrCame(feedbackResponse.batchId, feedbackResponse.submittedOn),
				dayCut(organisation.feedbackRetentionMonths, feedbackResponse.organisationId)
			)
		)
		.returning({ organisationId: feedbackResponse.organisationId });
	const feedbackFollowUps = await db
		.delete(feedbackFollowUp)
		.where(
			lt(
				releasedOrCame(feedbackFollowUp.batchId, feedbackFollowUp.submittedOn),
				dayCut(organisation.feedbackRetentionMonths, feedbackFollowUp.organisationId)
			)
		)
		.returning({ organisationId: feedbackFollowUp.organisationId });
	// A call-back request nobody ticked off still goes after the feedback period.
	const oldContacts = await db
		.delete(feedbackContactRequest)
		.where(
			lt(
				feedbackContactRequest.requestedOn,
				dayCut(organisation.feedbackRetentionMonths, feedbackContactRequest.organisationId)
			)
		)
		.returning({ organisationId: feedbackContactRequest.organisationId });
	// Advice sessions: the period (months, default 12) after the session last changed, its tips, votes and
	// participants go; the question, themes, top ideas, the organisation's answers and actions stay, and
	// the outcome page keeps the counts of participants and tips.
	const adviceSessions = rowsOf<{ id: string; organisationId: string }>(
		await db.execute(sql`
			update ${adviceSession} s set kept_counts = jsonb_build_object(
				'participants', coalesce((s.kept_counts->>'participants')::int, 0)
					+ (select count(*) from ${adviceParticipant} p where p.session_id = s.id),
				'tips', coalesce((s.kept_counts->>'tips')::int, 0)
					+ (select count(*) from ${adviceTip} t where t.session_id = s.id and t.status = 'visible'))
			where s.updated_at < ${now.toISOString()}::timestamptz - make_interval(months => (select o.advice_retention_months from ${organisation} o where o.id = s.organisation_id))
				and (exists (select 1 from ${adviceTip} t where t.session_id = s.id)
					or exists (select 1 from ${adviceParticipant} p where p.session_id = s.id))
			returning s.id as "id", s.organisation_id as "organisationId"
		`)
	);
	if (adviceSessions.length) {
		const ids = adviceSessions.map((a) => a.id as AdviceSessionId);
		await db.delete(adviceTip).where(inArray(adviceTip.sessionId, ids));
		await db.delete(adviceParticipant).where(inArray(adviceParticipant.sessionId, ids));
	}
	// Consultation reactions: the period (months, default 12) after the round's answers were published,
	// or after the round closed when they never were, its respondents go with their reactions and the
	// answers to single reactions (cascade). The round, its question and the answers per article stay.
	const consultationRespondents = rowsOf<{ organisationId: string }>(
		await db.execute(sql`
			delete from ${codeRoundRespondent} rr using ${codeRound} r, ${organisation} o
			where rr.round_id = r.id and o.id = r.organisation_id
				and coalesce(r.answers_published_at, r.closed_at, r.closes_at)
					< ${now.toISOString()}::timestamptz - make_interval(months => o.consultation_retention_months)
			returning r.organisation_id as "organisationId"
		`)
	);
	// Reflections, dilemma reflections, their links to the code, self-ratings, "mirror seen" days and the
	// development plan and portfolio are the worker's own: they stay until the worker deletes them or
	// leaves the organisation (then they go in the next run; a goal's evidence goes with the goal).
	// Deleted in this order: a private link to the code before its dilemma, evidence (via its goal)
	// before the activity it may point at.
	const ownTables = [
		reflection,
		selfRating,
		feedbackMirrorSeen,
		codePrivateLink,
		dilemmaReflection,
		portfolioShare,
		portfolioGoal,
		portfolioActivity,
		portfolioProfile
	];
	const leaverRows: { organisationId: string }[] = [];
	for (const table of ownTables) {
		const left = sql`not exists (select 1 from membership m where m.organisation_id = ${table.organisationId} and m.user_id = ${table.workerUserId})`;
		leaverRows.push(...(await db.delete(table).where(left).returning({ organisationId: table.organisationId })));
	}
	// The audit log: the organisation's period (months, default 24); the operator's own entries 24 months.
	const auditEntries = await db
		.delete(auditLog)
		.where(
			sql`${auditLog.createdAt} < ${now.toISOString()}::timestamptz - make_interval(months => coalesce((select ${organisation.auditRetentionMonths} from ${organisation} where ${organisation.id} = ${auditLog.organisationId}), ${SYSTEM_AUDIT_KEEP_MONTHS}))`
		)
		.returning({ id: auditLog.id });

	// One audit entry per organisation per run: what went, in counts (and the cases' ids), no content.
	const perOrganisation = new Map<string, Record<string, number | string[]>>();
	const tally = (rows: { organisationId: string }[], key: string) => {
		for (const r of rows) {
			const o = perOrganisation.get(r.organisationId) ?? {};
			o[key] = ((o[key] as number | undefined) ?? 0) + 1;
			perOrganisation.set(r.organisationId, o);
		}
	};
	tally(networkCases, 'networkCases');
	tally(feedbackResponses, 'feedbackResponses');
	tally(feedbackFollowUps, 'feedbackFollowUps');
	tally(oldContacts, 'contactRequests');
	tally(adviceSessions, 'adviceSessions');
	tally(leaverRows, 'leaverRows');
	tally(consultationRespondents, 'consultationRespondents');
	for (const [organisationId, details] of perOrganisation) {
		const caseIds = networkCases.filter((c) => c.organisationId === organisationId).map((c) => c.id);
		if (caseIds.length) details.networkCaseIds = caseIds;
		await writeAudit(db, systemActor('retentie'), {
			organisationId,
			action: 'retention.run',
			subjectType: 'organisation',
			subjectId: organisationId,
			details
		});
	}
	const result = {
		sessions: sessions.length,
		verifications: verifications.length,
		loginThrottles: loginThrottles.length,
		invitations: invitations.length,
		passwordResets: passwordResets.length,
		formNonces: formNonces.length,
		rateCounters: rateCounters.length,
		contactRequests: contactRequests.length + oldContacts.length,
		networkCases: networkCases.length,
		feedbackResponses: feedbackResponses.length,
		feedbackFollowUps: feedbackFollowUps.length,
		adviceSessions: adviceSessions.length,
		auditEntries: auditEntries.length,
		leaverRows: leaverRows.length,
		consultationRespondents: consultationRespondents.length
	};
	logger.info(result, 'retention run');
	return result;
}

/**
 * Runs retention now and then every hour in this process. Returns a stop function. Residents' rows of
 * days that are over are written again in random order (within an hour after midnight), and recording
 * files whose row is gone (deleted by retention, an erase or a cascade) are removed in the same run.
 */
export function scheduleRetention(
	db: Db,
	{ everyMs = 60 * 60 * 1000, recordings = null }: { everyMs?: number; recordings?: RecordingFiles | null } = {}
): () => void {
	const run = () =>
		runRetention(db)
			// Finished days' rows in random order, before the sweep (feedback/reordering.ts).
			.then(() => reorderFinishedDays(db, { recordings }))
			.then(() => recordings?.sweep(db))
			.catch((e) => logger.error({ err: (e as Error).message }, 'retention failed'));
	void run();
	const timer = setInterval(() => void run(), everyMs);
	timer.unref();
	return () => clearInterval(timer);
}
