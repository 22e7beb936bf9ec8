import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { linkTargetValue } from '../../code/link-target';
import { requireOwnActivity, type ActivityRow } from './activity-access';

export interface ActivityForWorker {
	activity: ActivityRow;
	/** The code link as the form's value ("a:<id>" or "k:<n>"), or ''. */
	codeLink: string;
	fromSuggestion: boolean;
}

/** One line of the actor's own log, for reading and changing. */
export async function getActivity(
	actor: Actor,
	db: Db,
	options: { organisationId: string; activityId: string }
): Promise<ActivityForWorker> {
	const activity = await requireOwnActivity(db, actor, options);
	return {
		activity,
		codeLink: activity.articleId
			? linkTargetValue({ kind: 'article', articleId: activity.articleId })
			: activity.kernwaarde
				? linkTargetValue({ kind: 'kernwaarde', number: activity.kernwaarde })
				: '',
		fromSuggestion: !!(activity.sourceParticipantId || activity.sourceAdviceSessionId || activity.sourceCodeRoundId)
	};
}
