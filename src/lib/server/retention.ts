import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { systemActor } from './actor';
import { writeAudit } from './audit';
import type { Db } from './db/client';
import {
	feedbackContactRequest,
	feedbackFormNonce,
	feedbackRate,
	invitation,
	loginThrottle,
	networkCase,
	organisation,
	passwordReset,
	session,
	verification
} from './db/schema';
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
}

/**
 * Deletes what no one needs any more (AVG: data minimisation). Later capabilities add their own
 * rules here.
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
	for (const c of networkCases) {
		await writeAudit(db, systemActor('retentie'), {
			organisationId: c.organisationId,
			action: 'network.retention_delete',
			subjectType: 'network_case',
			subjectId: c.id
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
		contactRequests: contactRequests.length,
		networkCases: networkCases.length
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
