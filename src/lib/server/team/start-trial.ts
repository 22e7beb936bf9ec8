import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { teamTrial, teamTrialInstrument } from '../db/schema';
import type { TrialInput } from '../../validation/team-trial';
import { requireTeamMember } from './access';

/**
 * Any member of the team may start a trial, the coach included: seed 003 says "kies als team", and a
 * trial asks the team to try something, it gives no one rights over anyone.
 */
export async function startTrial(actor: Actor, db: Db, teamId: string, input: TrialInput): Promise<{ id: string }> {
	const access = await requireTeamMember(db, actor, teamId);
	const instruments = [
		...input.tools.map((kind) => ({ kind, name: '', description: '' })),
		...(input.methodName ? [{ kind: 'method', name: input.methodName, description: '' }] : []),
		...(input.ownName ? [{ kind: 'own', name: input.ownName, description: input.ownDescription }] : [])
	];
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(teamTrial)
			.values({ organisationId: access.organisationId, teamId, startsOn: input.startsOn, endsOn: input.endsOn })
			.returning({ id: teamTrial.id });
		await tx
			.insert(teamTrialInstrument)
			.values(instruments.map((x, position) => ({ ...x, trialId: row.id, position })));
		await writeAudit(tx, actor, {
			organisationId: access.organisationId,
			action: 'team.trial.start',
			subjectType: 'team_trial',
			subjectId: row.id
		});
		return row;
	});
}
