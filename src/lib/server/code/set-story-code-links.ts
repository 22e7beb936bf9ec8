import type { CodeId } from '../ids';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { codeLink } from '../db/schema';
import { AppError } from '../errors';
import { requireUser } from '../organisation/access';
import { requireOwnStory } from '../team/story-access';
import { m } from '../../paraglide/messages';
import { readableVersion } from './code-access';
import { linkRowValues, resolveLinkTargets } from './code-link-targets';

/** Ties a "wat werkt" story to articles and kernwaarden, replacing what it was tied to. Only its writer. */
export async function setStoryCodeLinks(
	actor: Actor,
	db: Db,
	options: { storyId: string; codeId?: CodeId | null },
	targets: string[]
): Promise<void> {
	requireUser(actor);
	const { story } = await requireOwnStory(db, actor, options.storyId);
	const version = await readableVersion(actor, db, { organisationId: story.organisationId, codeId: options.codeId });
	if (!version) {
		if (targets.length > 0) throw new AppError('INVALID_INPUT', m.code_link_error_unknown());
		return;
	}
	const rows = await resolveLinkTargets(db, version, targets);
	await db.transaction(async (tx) => {
		await tx.delete(codeLink).where(eq(codeLink.practiceStoryId, story.id));
		const values = linkRowValues(rows).map((target) => ({
			...target,
			organisationId: story.organisationId,
			codeId: version.codeId,
			practiceStoryId: story.id,
			createdByUserId: actor.userId
		}));
		if (values.length > 0) await tx.insert(codeLink).values(values);
	});
}
