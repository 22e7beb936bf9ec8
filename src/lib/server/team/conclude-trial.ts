import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { teamTrial } from '../db/schema';
import { todayInNL } from '../dates';
import { AppError } from '../errors';
import { evaluationOpen } from '../../team/trial';
import { m } from '../../paraglide/messages';
import { requireTrialMember } from './trial-access';

/** The team's short conclusion, written (and rewritten) by any member once the evaluation is open. */
export async function concludeTrial(
	actor: Actor,
	db: Db,
	trialId: string,
	input: { conclusion: string },
	today = todayInNL()
): Promise<void> {
	const { trial, access } = await requireTrialMember(db, actor, trialId);
	if (!evaluationOpen(trial, today)) throw new AppError('CONFLICT', m.ttrial_error_evaluation_closed());
	await db.transaction(async (tx) => {
		await tx
			.update(teamTrial)
			.set({ conclusion: input.conclusion, concludedAt: new Date() })
			.where(eq(teamTrial.id, trial.id));
		await writeAudit(tx, actor, {
			organisationId: access.organisationId,
			action: 'team.trial.conclude',
			subjectType: 'team_trial',
			subjectId: trial.id
		});
	});
}
