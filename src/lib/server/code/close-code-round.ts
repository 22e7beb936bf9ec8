import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { codeRound } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { roundStatus } from '../../code/round';
import { requireEditorRound } from './code-round-access';

/** Closes a round before its closing time (an editor). A closed round takes no more reactions. */
export async function closeCodeRound(
	actor: Actor,
	db: Db,
	options: { organisationId: string; roundId: string },
	now = new Date()
): Promise<void> {
	const round = await requireEditorRound(db, actor, options);
	if (roundStatus(round, now) === 'closed') throw new AppError('CONFLICT', m.code_round_error_closed());
	await db.transaction(async (tx) => {
		await tx.update(codeRound).set({ closedAt: now }).where(eq(codeRound.id, round.id));
		await writeAudit(tx, actor, {
			organisationId: options.organisationId,
			action: 'code.round.close',
			subjectType: 'code_round',
			subjectId: round.id
		});
	});
}
