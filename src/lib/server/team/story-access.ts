import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { practiceStory } from '../db/schema';
import { AppError } from '../errors';
import { requireRole } from '../organisation/access';
import { m } from '../../paraglide/messages';

/**
 * Not a use case: a story for its writer, to change or delete. Another member of the organisation
 * gets FORBIDDEN (they can read it); anyone outside the organisation NOT_FOUND.
 */
export async function requireOwnStory(db: Db, actor: Actor, storyId: string) {
	if (!/^[0-9a-f-]{36}$/iu.test(storyId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const [story] = await db.select().from(practiceStory).where(eq(practiceStory.id, storyId));
	if (!story) throw new AppError('NOT_FOUND', m.error_not_found());
	const member = await requireRole(db, actor, story.organisationId);
	if (!member || story.authorMembershipId !== member.id) throw new AppError('FORBIDDEN', m.tstory_error_not_yours());
	return { story, member };
}
