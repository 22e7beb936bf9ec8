import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { membership, practiceStory, user } from '../db/schema';
import { AppError } from '../errors';
import { requireRole } from '../organisation/access';
import type { InstrumentKind } from '../../team/trial';
import { m } from '../../paraglide/messages';
import { splitThemes } from './find-practice-stories';

/** One story, for any member of its organisation; `mine` tells the page to offer edit and delete. */
export async function getPracticeStory(actor: Actor, db: Db, organisationId: string, storyId: string) {
	const me = await requireRole(db, actor, organisationId);
	if (!/^[0-9a-f-]{36}$/iu.test(storyId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const [row] = await db
		.select({ story: practiceStory, authorName: user.name })
		.from(practiceStory)
		.leftJoin(membership, eq(membership.id, practiceStory.authorMembershipId))
		.leftJoin(user, eq(user.id, membership.userId))
		.where(eq(practiceStory.id, storyId));
	if (!row || row.story.organisationId !== organisationId) throw new AppError('NOT_FOUND', m.error_not_found());
	const s = row.story;
	return {
		id: s.id,
		title: s.title,
		body: s.body,
		instrument: s.instrument as InstrumentKind | '',
		themes: s.themes,
		themeList: splitThemes(s.themes),
		showName: s.showName,
		author: s.showName ? row.authorName : null,
		mine: !!me && s.authorMembershipId === me.id,
		fromTrial: s.trialId !== null,
		createdAt: s.createdAt,
		updatedAt: s.updatedAt
	};
}
