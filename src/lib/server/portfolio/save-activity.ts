import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioActivity } from '../db/schema';
import { AppError } from '../errors';
import { requireMember } from './access';
import { m } from '../../paraglide/messages';
import { defaultCategory } from '../../portfolio/progress';
import { dutchDateTime } from '../../team/session';
import type { ActivityInput } from '../../validation/portfolio-activity';
import { readableVersion } from '../code/code-access';
import { resolveLinkTargets } from '../code/code-link-targets';
import { requireOwnActivity } from './activity-access';
import { ownProfile, registerOf } from './register-rules';

/**
 * Writes a line in the actor's log, or changes one of their own (activityId). The category must be one
 * of the worker's register ('' takes the one that goes with the kind); "meest relevante artikel of
 * kernwaarde" must be in the code the organisation publishes. A line made from a suggestion keeps its
 * source.
 */
export async function saveActivity(
	actor: Actor,
	db: Db,
	options: { organisationId: string; activityId?: string | null },
	input: ActivityInput
): Promise<{ id: string }> {
	const { organisationId } = options;
	const { actor: worker } = await requireMember(db, actor, organisationId);
	const existing = options.activityId
		? await requireOwnActivity(db, worker, { organisationId, activityId: options.activityId })
		: null;
	const register = await registerOf(db, organisationId, await ownProfile(db, worker, organisationId));
	const category = input.category || defaultCategory(register, input.kind, input.accreditationId);
	// A line keeps a category of an earlier register until the worker picks another.
	if (!register.categories.some((c) => c.key === category) && category !== existing?.category)
		throw new AppError('INVALID_INPUT', m.pfl_error_category(), { category: m.pfl_error_category() });

	let link: { codeId: string | null; articleId: string | null; kernwaarde: string | null } = {
		codeId: null,
		articleId: null,
		kernwaarde: null
	};
	if (input.codeLink) {
		const version = await readableVersion(worker, db, { organisationId });
		if (!version)
			throw new AppError('INVALID_INPUT', m.code_link_error_unknown(), { codeLink: m.code_link_error_unknown() });
		const rows = await resolveLinkTargets(db, version, [input.codeLink]);
		link = { codeId: version.codeId, articleId: rows.articleIds[0] ?? null, kernwaarde: rows.kernwaarden[0] ?? null };
	}

	const fields = {
		kind: input.kind,
		title: input.title,
		occurredOn: input.occurredOn,
		startedAt: input.startTime ? dutchDateTime(input.occurredOn, input.startTime) : null,
		endedAt: input.endTime ? dutchDateTime(input.occurredOn, input.endTime) : null,
		netMinutes: input.netMinutes,
		category,
		accreditationId: input.accreditationId,
		methodName: input.methodName,
		chairName: input.chairName,
		participantNames: input.participantNames,
		evidence: input.evidence,
		reflection: input.reflection,
		dimensions: input.dimensions,
		codeId: link.codeId as typeof portfolioActivity.$inferInsert.codeId,
		articleId: link.articleId as typeof portfolioActivity.$inferInsert.articleId,
		kernwaarde: link.kernwaarde
	};
	if (existing) {
		await db
			.update(portfolioActivity)
			.set({ ...fields, updatedAt: new Date() })
			.where(eq(portfolioActivity.id, existing.id));
		return { id: existing.id };
	}
	const [row] = await db
		.insert(portfolioActivity)
		.values({ ...fields, organisationId, workerUserId: worker.userId })
		.returning({ id: portfolioActivity.id });
	return { id: row.id };
}
