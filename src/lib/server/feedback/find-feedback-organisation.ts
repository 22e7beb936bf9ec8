import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { feedbackCard, feedbackRequest, organisation } from '../db/schema';
import type { PublicOrganisation } from '../who-is-asking';
import { isCardCodeShape, normaliseCardCode } from './codes';

export interface FeedbackOrganisation {
	organisation: PublicOrganisation;
	firstName: string;
	address: 'je' | 'u';
}

const columns = {
	name: organisation.name,
	contactEmail: organisation.contactEmail,
	settings: organisation.settings,
	batchSize: organisation.feedbackBatchSize,
	feedbackRetentionMonths: organisation.feedbackRetentionMonths,
	adviceRetentionMonths: organisation.adviceRetentionMonths,
	firstName: feedbackRequest.firstName,
	address: feedbackRequest.address
};

/**
 * The organisation behind a personal link or a card code, for the "Wie vraagt dit?" block; null for
 * an unknown one. Whatever the request's state, and the same for a used card as for an unused one (a
 * used card must not show: SECURITY.md, "Cards").
 */
export async function findFeedbackOrganisation(tokenOrCode: string, db: Db): Promise<FeedbackOrganisation | null> {
	const code = isCardCodeShape(tokenOrCode) ? normaliseCardCode(tokenOrCode) : null;
	if (!code && !/^[A-Za-z0-9_-]{20,100}$/u.test(tokenOrCode)) return null;
	const [row] = code
		? await prepared(db, 'feedback-organisation-by-card', (q) =>
				q
					.select(columns)
					.from(feedbackCard)
					.innerJoin(feedbackRequest, eq(feedbackRequest.id, feedbackCard.requestId))
					.innerJoin(organisation, eq(organisation.id, feedbackRequest.organisationId))
					.where(eq(feedbackCard.code, sql.placeholder('key')))
					.prepare('feedback_organisation_by_card')
			).execute({ key: code })
		: await prepared(db, 'feedback-organisation-by-token', (q) =>
				q
					.select(columns)
					.from(feedbackRequest)
					.innerJoin(organisation, eq(organisation.id, feedbackRequest.organisationId))
					.where(eq(feedbackRequest.token, sql.placeholder('key')))
					.prepare('feedback_organisation_by_token')
			).execute({ key: tokenOrCode });
	if (!row) return null;
	const { firstName, address, ...org } = row;
	return { organisation: org, firstName, address: address === 'u' ? 'u' : 'je' };
}
