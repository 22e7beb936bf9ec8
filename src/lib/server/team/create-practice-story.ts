import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { practiceStory } from '../db/schema';
import { AppError } from '../errors';
import { requireRole } from '../organisation/access';
import type { StoryInput } from '../../validation/team-trial';
import { m } from '../../paraglide/messages';
import { requireTrialMember } from './trial-access';

/**
 * A "wat werkt" story, written by a worker (or coach) of the organisation. From a trial only for a
 * member of that trial's team (the button under the conclusion).
 */
export async function createPracticeStory(
	actor: Actor,
	db: Db,
	organisationId: string,
	input: StoryInput
): Promise<{ id: string }> {
	const member = await requireRole(db, actor, organisationId, 'worker', 'coach');
	if (!member) throw new AppError('FORBIDDEN', m.error_forbidden());
	if (input.trialId) {
		const { trial } = await requireTrialMember(db, actor, input.trialId);
		if (trial.organisationId !== organisationId) throw new AppError('NOT_FOUND', m.error_not_found());
	}
	const [row] = await db
		.insert(practiceStory)
		.values({ ...input, organisationId, authorMembershipId: member.id })
		.returning({ id: practiceStory.id });
	return row;
}
