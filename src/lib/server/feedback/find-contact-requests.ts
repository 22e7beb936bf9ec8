import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { isPrivateLocked } from '../auth/private-lock';
import type { Db } from '../db/client';
import { feedbackContactRequest } from '../db/schema';
import { forbidden } from '../errors';
import { requireRole, requireUser } from '../organisation/access';
import { CONTACT_HANDLED_KEEP_DAYS } from '../retention';
import { m } from '../../paraglide/messages';

/** A resident who asked for a conversation: who, how to reach them, and the day (never a time). */
interface ContactRequest {
	id: string;
	name: string;
	contact: string;
	requestedOn: string;
	handledOn: string | null;
}

export interface ContactRequests {
	/** Waiting for the worker, oldest first. */
	open: ContactRequest[];
	/** Ticked off, newest first; at most HANDLED_SHOWN (retention deletes them after a while). */
	handled: ContactRequest[];
	/** Days a ticked-off request is kept (retention.ts). */
	keepDays: number;
}

const HANDLED_SHOWN = 10;

/**
 * The worker's own call-back requests, on their own: no scores, texts or anything else of the answer
 * they came with. Only the worker they are for sees them, and not while a password reset still waits
 * for the worker's confirmation (ADR 0010: the home page is outside the locked paths, so the lock is
 * checked here).
 */
export async function findContactRequests(actor: Actor, db: Db, organisationId: string): Promise<ContactRequests> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	if (await isPrivateLocked(db, actor.userId)) throw forbidden(m.error_forbidden());
	const mine = and(
		eq(feedbackContactRequest.workerUserId, actor.userId),
		eq(feedbackContactRequest.organisationId, organisationId)
	);
	const columns = {
		id: feedbackContactRequest.id,
		name: feedbackContactRequest.name,
		contact: feedbackContactRequest.contact,
		requestedOn: feedbackContactRequest.requestedOn,
		handledOn: feedbackContactRequest.handledOn
	};
	const open = await db
		.select(columns)
		.from(feedbackContactRequest)
		.where(and(mine, isNull(feedbackContactRequest.handledOn)))
		.orderBy(asc(feedbackContactRequest.requestedOn), asc(feedbackContactRequest.name));
	const handled = await db
		.select(columns)
		.from(feedbackContactRequest)
		.where(and(mine, isNotNull(feedbackContactRequest.handledOn)))
		.orderBy(desc(feedbackContactRequest.handledOn), asc(feedbackContactRequest.name))
		.limit(HANDLED_SHOWN);
	const count = open.length + handled.length;
	if (count) {
		await writeAudit(db, actor, {
			organisationId,
			action: 'feedback.read_named',
			subjectType: 'feedback_contact_request',
			details: { count }
		});
	}
	return { open, handled, keepDays: CONTACT_HANDLED_KEEP_DAYS };
}
