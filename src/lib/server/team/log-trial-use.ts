import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { teamTrialInstrument, teamTrialUse } from '../db/schema';
import { todayInNL } from '../dates';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireTrialMember } from './trial-access';

/**
 * "Ik heb het gebruikt": one use of one instrument of the trial, by a member of its team, during the
 * trial. The row holds the day, the source and the note only: no member, no casus (see the schema).
 */
export async function logTrialUse(
	actor: Actor,
	db: Db,
	ids: { trialId: string; instrumentId: string },
	input: { note: string; source: 'tap' | 'instrument' },
	today = todayInNL()
): Promise<void> {
	const { trial } = await requireTrialMember(db, actor, ids.trialId);
	const [instrument] = await db
		.select({ id: teamTrialInstrument.id })
		.from(teamTrialInstrument)
		.where(and(eq(teamTrialInstrument.id, ids.instrumentId), eq(teamTrialInstrument.trialId, trial.id)));
	if (!instrument) throw new AppError('NOT_FOUND', m.ttrial_error_instrument_unknown());
	if (today < trial.startsOn || today > trial.endsOn) throw new AppError('CONFLICT', m.ttrial_error_not_running());
	await db
		.insert(teamTrialUse)
		.values({ trialId: trial.id, instrumentId: instrument.id, usedOn: today, source: input.source, note: input.note });
}
