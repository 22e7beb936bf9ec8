import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioActivity } from '../db/schema';
import { AppError } from '../errors';
import { requireMember } from './access';
import { m } from '../../paraglide/messages';
import { ownProfile, registerOf } from './register-rules';
import { suggestionSources, type SuggestionSource } from './suggestion-sources';

const SOURCE_COLUMN = {
	session: portfolioActivity.sourceParticipantId,
	advice: portfolioActivity.sourceAdviceSessionId,
	round: portfolioActivity.sourceCodeRoundId
} as const;

/**
 * "Toevoegen" on a suggestion: one tap makes the log line with everything Vakspiegel knows (date, net
 * hours, kind, category, method, chair, who confirmed). Only the actor's own suggestions: someone
 * else's attendance line or advice session is NOT_FOUND. A second tap (or a second tab) gives the line
 * made by the first. Where nothing measured the time, the worker's hours are needed.
 */
export async function addSuggestedActivity(
	actor: Actor,
	db: Db,
	options: { organisationId: string; source: SuggestionSource; sourceId: string; netMinutes?: number | null }
): Promise<{ id: string; created: boolean }> {
	const { organisationId } = options;
	const { actor: worker } = await requireMember(db, actor, organisationId);
	const register = await registerOf(db, organisationId, await ownProfile(db, worker, organisationId));
	const suggestion = (await suggestionSources(worker, db, organisationId, register)).find(
		(s) => s.source === options.source && s.sourceId === options.sourceId
	);
	if (!suggestion) throw new AppError('NOT_FOUND', m.error_not_found());
	const netMinutes = suggestion.netMinutes ?? options.netMinutes ?? null;
	if (netMinutes === null)
		throw new AppError('INVALID_INPUT', m.pfl_error_hours_missing(), { hours: m.pfl_error_hours_missing() });

	const column = SOURCE_COLUMN[options.source];
	const [row] = await db
		.insert(portfolioActivity)
		.values({
			organisationId,
			workerUserId: worker.userId,
			kind: suggestion.kind,
			title: suggestion.title,
			occurredOn: suggestion.occurredOn,
			startedAt: suggestion.startedAt,
			endedAt: suggestion.endedAt,
			netMinutes,
			category: suggestion.category,
			methodName: suggestion.methodName,
			chairName: suggestion.chairName,
			participantNames: suggestion.participantNames,
			evidence: suggestion.evidence,
			sourceParticipantId: options.source === 'session' ? suggestion.sourceId : null,
			sourceAdviceSessionId: options.source === 'advice' ? suggestion.sourceId : null,
			sourceCodeRoundId: options.source === 'round' ? suggestion.sourceId : null
		})
		.onConflictDoNothing()
		.returning({ id: portfolioActivity.id });
	if (row) return { id: row.id, created: true };
	const [existing] = await db
		.select({ id: portfolioActivity.id })
		.from(portfolioActivity)
		.where(and(eq(portfolioActivity.workerUserId, worker.userId), eq(column, suggestion.sourceId)));
	if (!existing) throw new AppError('CONFLICT', m.error_not_found());
	return { id: existing.id, created: false };
}
