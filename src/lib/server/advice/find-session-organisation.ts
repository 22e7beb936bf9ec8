import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { adviceSession, organisation } from '../db/schema';
import type { PublicOrganisation } from '../who-is-asking';
import { normaliseJoinCode } from './join-code';

/**
 * The organisation behind a join code, for the "Wie vraagt dit?" block on the participant's pages;
 * null for an unknown code and for a session still being prepared (its code shows nothing of it).
 */
export async function findSessionOrganisation(code: string, db: Db): Promise<PublicOrganisation | null> {
	const normal = normaliseJoinCode(code);
	if (!normal) return null;
	const [row] = await prepared(db, 'advice-session-organisation', (q) =>
		q
			.select({
				name: organisation.name,
				contactEmail: organisation.contactEmail,
				settings: organisation.settings,
				batchSize: organisation.feedbackBatchSize,
				feedbackRetentionMonths: organisation.feedbackRetentionMonths,
				adviceRetentionMonths: organisation.adviceRetentionMonths,
				phase: adviceSession.phase
			})
			.from(adviceSession)
			.innerJoin(organisation, eq(organisation.id, adviceSession.organisationId))
			.where(eq(adviceSession.code, sql.placeholder('code')))
			.prepare('advice_session_organisation')
	).execute({ code: normal });
	if (!row || row.phase === 'preparing') return null;
	const { phase: _phase, ...found } = row;
	return found;
}
