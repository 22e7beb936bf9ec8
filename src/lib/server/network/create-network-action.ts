import type { NetworkCaseId } from '../ids';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { networkAction, networkGoal, networkPerson, type ActionWho } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireAssignedCase, touchCase } from './access';

export interface NewNetworkAction {
	goalId: string;
	who: ActionWho;
	personId: string | null;
	professional: string;
	what: string;
	due: string | null;
}

/** Wie doet wat wanneer: an action under a goal, done by the client, a person on the map or a professional. */
export async function createNetworkAction(
	actor: Actor,
	db: Db,
	organisationId: string,
	caseId: NetworkCaseId,
	input: NewNetworkAction
): Promise<{ id: string }> {
	await requireAssignedCase(actor, db, organisationId, caseId, { write: true });
	const [goal] = await db
		.select({ id: networkGoal.id })
		.from(networkGoal)
		.where(and(eq(networkGoal.id, input.goalId), eq(networkGoal.caseId, caseId)));
	if (!goal) throw new AppError('INVALID_INPUT', m.network_error_goal(), { goalId: m.network_error_goal() });
	if (input.who === 'person') {
		const [person] = input.personId
			? await db
					.select({ id: networkPerson.id })
					.from(networkPerson)
					.where(and(eq(networkPerson.id, input.personId), eq(networkPerson.caseId, caseId)))
			: [];
		if (!person) throw new AppError('INVALID_INPUT', m.network_error_person(), { who: m.network_error_person() });
	}
	if (input.who === 'professional' && !input.professional) {
		throw new AppError('INVALID_INPUT', m.network_error_professional(), {
			professional: m.network_error_professional()
		});
	}
	const [row] = await db
		.insert(networkAction)
		.values({
			caseId,
			goalId: input.goalId,
			who: input.who,
			personId: input.who === 'person' ? input.personId : null,
			professional: input.who === 'professional' ? input.professional : '',
			what: input.what,
			due: input.due
		})
		.returning({ id: networkAction.id });
	await touchCase(db, caseId);
	return row;
}
