import { randomBytes } from 'node:crypto';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { adviceSession } from '../db/schema';
import { CODE_ALPHABET } from '../code-alphabet';
import { requireRole, requireUser } from '../organisation/access';
import { groupsFromLabels } from './groups';

export interface AdviceSessionInput {
	question: string;
	explanation: string;
	/** Group labels, one per participant group. */
	groups: string[];
	dotsPerPerson: number;
	moderation: boolean;
	language: 'nl' | 'en';
}

/** A join code like "KT7M3Q": six unambiguous characters (~28 bits), unique over all organisations. */
export function newJoinCode(): string {
	return [...randomBytes(6)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

export function normaliseJoinCode(input: string): string | null {
	const cleaned = input
		.normalize('NFKC')
		.toUpperCase()
		.replace(/[\s\-–—_.]/gu, '');
	if (cleaned.length !== 6 || [...cleaned].some((c) => !CODE_ALPHABET.includes(c))) return null;
	return cleaned;
}

export async function createAdviceSession(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: AdviceSessionInput
): Promise<{ id: string; code: string }> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'facilitator');
	return db.transaction(async (tx) => {
		for (let attempt = 0; ; attempt += 1) {
			const code = newJoinCode();
			const [row] = await tx
				.insert(adviceSession)
				.values({
					organisationId,
					createdByUserId: actor.userId,
					code,
					question: input.question,
					explanation: input.explanation,
					groups: groupsFromLabels(input.groups),
					dotsPerPerson: input.dotsPerPerson,
					moderation: input.moderation,
					language: input.language
				})
				.onConflictDoNothing({ target: adviceSession.code })
				.returning({ id: adviceSession.id, code: adviceSession.code });
			if (row) {
				await writeAudit(tx, actor, {
					organisationId,
					action: 'advice.session.create',
					subjectType: 'advice_session',
					subjectId: row.id
				});
				return row;
			}
			if (attempt > 5) throw new Error('Geen vrije code gevonden.');
		}
	});
}
