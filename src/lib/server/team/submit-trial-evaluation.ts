import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { teamTrialAnswer, teamTrialInstrument } from '../db/schema';
import { todayInNL } from '../dates';
import { AppError } from '../errors';
import { evaluationOpen } from '../../team/trial';
import type { TrialAnswerInput } from '../../validation/team-trial';
import { m } from '../../paraglide/messages';
import { requireTrialMember } from './trial-access';

/** A member's evaluation of every instrument of the trial; sending it again replaces their answers. */
export async function submitTrialEvaluation(
	actor: Actor,
	db: Db,
	trialId: string,
	answers: TrialAnswerInput[],
	today = todayInNL()
): Promise<void> {
	const { trial, access } = await requireTrialMember(db, actor, trialId);
	if (!evaluationOpen(trial, today)) throw new AppError('CONFLICT', m.ttrial_error_evaluation_closed());
	const instruments = await db
		.select({ id: teamTrialInstrument.id })
		.from(teamTrialInstrument)
		.where(eq(teamTrialInstrument.trialId, trial.id));
	const ids = new Set(instruments.map((i) => i.id));
	if (answers.length !== ids.size || answers.some((a) => !ids.has(a.instrumentId)))
		throw new AppError('INVALID_INPUT', m.ttrial_error_instrument_unknown());
	await db
		.insert(teamTrialAnswer)
		.values(answers.map((a) => ({ ...a, trialId: trial.id, membershipId: access.membershipId })))
		.onConflictDoUpdate({
			target: [teamTrialAnswer.instrumentId, teamTrialAnswer.membershipId],
			set: {
				keep: sql`excluded.keep`,
				worked: sql`excluded.worked`,
				forWhom: sql`excluded.for_whom`,
				updatedAt: sql`now()`
			}
		});
}
