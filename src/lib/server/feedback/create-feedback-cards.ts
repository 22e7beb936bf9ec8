import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { requireOwnRequest } from './access';
import { feedbackCard } from '../db/schema';
import { newCardCode } from './codes';

export const CARDS_PER_SHEET = 8;

/** Adds a sheet of cards (8 by default) to one of the worker's own requests. */
export async function createFeedbackCards(
	actor: Actor,
	db: Db,
	organisationId: string,
	requestId: string,
	count = CARDS_PER_SHEET
): Promise<string[]> {
	await requireOwnRequest(actor, db, organisationId, requestId);
	return insertCards(db, requestId, Math.max(1, Math.min(count, 80)));
}

/** Inserts n cards with fresh codes; a code that happens to exist already is drawn again. */
async function insertCards(db: Db, requestId: string, n: number): Promise<string[]> {
	const codes: string[] = [];
	while (codes.length < n) {
		const batch = Array.from({ length: n - codes.length }, newCardCode);
		const inserted = await db
			.insert(feedbackCard)
			.values(batch.map((code) => ({ code, requestId })))
			.onConflictDoNothing()
			.returning({ code: feedbackCard.code });
		codes.push(...inserted.map((r) => r.code));
	}
	return codes;
}
