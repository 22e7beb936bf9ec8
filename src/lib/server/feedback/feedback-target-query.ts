import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { feedbackRequest, feedbackTemplate, organisation } from '../db/schema';

/** The request with its template and the organisation's batch size, by id or by link token. */
export const targetQuery = (db: Db, by: 'id' | 'token') =>
	prepared(db, `feedback-target-by-${by}`, (q) =>
		q
			.select({ request: feedbackRequest, template: feedbackTemplate, batchSize: organisation.feedbackBatchSize })
			.from(feedbackRequest)
			.innerJoin(organisation, eq(organisation.id, feedbackRequest.organisationId))
			.leftJoin(feedbackTemplate, eq(feedbackTemplate.id, feedbackRequest.templateId))
			.where(eq(by === 'id' ? feedbackRequest.id : feedbackRequest.token, sql.placeholder('key')))
			.prepare(`feedback_target_by_${by}`)
	);
