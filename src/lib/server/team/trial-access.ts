import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { teamTrial } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireTeamMember, type TeamAccess } from './access';

export type TrialRow = typeof teamTrial.$inferSelect;

/**
 * Not a use case: the trial with the team access of the actor, for the trial use cases. Anyone
 * outside the trial's team gets NOT_FOUND, the same as for an id that does not exist.
 */
export async function requireTrialMember(
	db: Db,
	actor: Actor,
	trialId: string
): Promise<{ trial: TrialRow; access: TeamAccess }> {
	if (!/^[0-9a-f-]{36}$/iu.test(trialId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const [trial] = await db.select().from(teamTrial).where(eq(teamTrial.id, trialId));
	if (!trial) throw new AppError('NOT_FOUND', m.error_not_found());
	const access = await requireTeamMember(db, actor, trial.teamId);
	return { trial, access };
}
