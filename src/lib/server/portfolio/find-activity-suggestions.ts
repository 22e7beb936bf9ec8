import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioActivity } from '../db/schema';
import { requireMember } from './access';
import { periodEnd } from '../../portfolio/progress';
import { ownProfile, registerOf } from './register-rules';
import { suggestionSources, type ActivitySuggestion } from './suggestion-sources';

export type { ActivitySuggestion } from './suggestion-sources';

/**
 * What the actor could add to their log without typing: sessions they attended and confirmed, advice
 * sessions they facilitated, consultation rounds they reacted to. Not what is in the log already
 * (from a suggestion), and not what lies outside their current period.
 */
export async function findActivitySuggestions(
	actor: Actor,
	db: Db,
	organisationId: string
): Promise<ActivitySuggestion[]> {
	const { actor: worker } = await requireMember(db, actor, organisationId);
	const profile = await ownProfile(db, worker, organisationId);
	const register = await registerOf(db, organisationId, profile);
	const logged = await db
		.select({
			participant: portfolioActivity.sourceParticipantId,
			advice: portfolioActivity.sourceAdviceSessionId,
			round: portfolioActivity.sourceCodeRoundId
		})
		.from(portfolioActivity)
		.where(
			and(eq(portfolioActivity.organisationId, organisationId), eq(portfolioActivity.workerUserId, worker.userId))
		);
	const taken = {
		session: new Set(logged.map((l) => l.participant)),
		advice: new Set<string | null>(logged.map((l) => l.advice)),
		round: new Set(logged.map((l) => l.round))
	};
	const end = profile ? periodEnd(profile.periodStart, register.periodYears) : null;
	return (await suggestionSources(worker, db, organisationId, register)).filter(
		(s) =>
			!taken[s.source].has(s.sourceId) && (!profile || (s.occurredOn >= profile.periodStart && s.occurredOn < end!))
	);
}
