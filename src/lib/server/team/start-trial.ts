import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { teamTrial, teamTrialInstrument } from '../db/schema';
import type { TrialInput } from '../../validation/team-trial';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireTeamMember } from './access';
import { resolveSessionMethod } from './session-methods';

/**
 * Any member of the team may start a trial, the coach included: seed 003 says "kies als team", and a
 * trial asks the team to try something, it gives no one rights over anyone.
 */
export async function startTrial(actor: Actor, db: Db, teamId: string, input: TrialInput): Promise<{ id: string }> {
	const access = await requireTeamMember(db, actor, teamId);
	// A method is picked from the methods the team can use; its name is kept as it is now.
	const method = input.methodRef
		? await resolveSessionMethod(actor, db, {
				owner: { teamId: access.teamId, groupId: null, organisationId: access.organisationId },
				ref: input.methodRef
			})
		: undefined;
	if (input.methodRef && !method)
		throw new AppError('INVALID_INPUT', m.team_trial_pick_error_method(), {
			methodRef: m.team_trial_pick_error_method()
		});
	const instruments = [
		...input.tools.map((kind) => ({ kind, name: '', description: '', methodRef: null })),
		...(method ? [{ kind: 'method', name: method.name, description: '', methodRef: input.methodRef }] : []),
		...(input.ownName ? [{ kind: 'own', name: input.ownName, description: input.ownDescription, methodRef: null }] : [])
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
