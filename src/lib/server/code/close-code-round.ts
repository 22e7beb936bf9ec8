import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { roundStatus } from '../../code/round';
import { requireEditorRound, stampCodeRound } from './code-round-access';

/** Closes a round before its closing time (an editor). A closed round takes no more reactions. */
export async function closeCodeRound(
	actor: Actor,
	db: Db,
	options: { organisationId: string; roundId: string },
	now = new Date()
): Promise<void> {
	const round = await requireEditorRound(db, actor, options);
	if (roundStatus(round, now) === 'closed') throw new AppError('CONFLICT', m.code_round_error_closed());
	await stampCodeRound(
		actor,
		db,
		{ organisationId: options.organisationId, round, action: 'code.round.close' },
		{ closedAt: now }
	);
}
