import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { codeRoundRespondent } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { roundStatus } from '../../code/round';
import { ensureRespondent, requireVisitorRound, type RoundVisitor } from './code-round-access';

/**
 * Signs all of the visitor's reactions in a round with a name, or makes them anonymous again (name
 * null). Anonymous is the default. A member signs with the name of their account; an open-link visitor
 * with the name they type.
 */
export async function signCodeRound(
	visitor: RoundVisitor,
	db: Db,
	input: { sign: boolean; name: string },
	now = new Date()
): Promise<{ respondentToken: string | null }> {
	const found = await requireVisitorRound(db, visitor);
	if (roundStatus(found.round, now) !== 'open') throw new AppError('CONFLICT', m.code_round_error_closed());
	let name: string | null = null;
	if (input.sign) {
		name = visitor.kind === 'member' && visitor.actor.kind === 'user' ? visitor.actor.name : input.name.trim();
		if (!name) throw new AppError('INVALID_INPUT', m.code_round_error_name(), { name: m.code_round_error_name() });
	}
	return db.transaction(async (tx) => {
		const { respondent, newToken } = await ensureRespondent(tx, visitor, found);
		await tx.update(codeRoundRespondent).set({ signedName: name }).where(eq(codeRoundRespondent.id, respondent.id));
		return { respondentToken: newToken };
	});
}
