import { sql, type SQL } from 'drizzle-orm';
import { feedbackBatch, feedbackFollowUp, feedbackResponse } from '../db/schema';

/**
 * The one definition of "something waits to be released" for a worker (`worker` is an SQL expression
 * for their user id): a response from a finished day without a batch, or a follow-up without a batch
 * for which a batch released after its day exists (a follow-up only joins a batch that starts on a
 * later day). Exactly what `releaseWorker` would touch; used by `hasBatchesToRelease` (one worker) and
 * `releaseTeamBatches` (a team).
 */
export const waitingForRelease = (worker: SQL, organisationId: string, today: string): SQL => sql`(
	exists (
		select 1 from ${feedbackResponse} r
		where r.worker_user_id = ${worker} and r.organisation_id = ${organisationId}
			and r.batch_id is null and r.submitted_on < ${today}::date
	) or exists (
		select 1 from ${feedbackFollowUp} f
		where f.worker_user_id = ${worker} and f.organisation_id = ${organisationId}
			and f.batch_id is null
			and exists (
				select 1 from ${feedbackBatch} b
				where b.worker_user_id = ${worker} and b.organisation_id = ${organisationId}
					and b.released_on > f.submitted_on + 1
			)
	)
)`;
