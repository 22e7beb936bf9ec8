import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { practiceStory } from '../db/schema';
import { requireOwnStory } from './story-access';

/** The writer deletes their own story. */
export async function deletePracticeStory(actor: Actor, db: Db, storyId: string): Promise<void> {
	const { story } = await requireOwnStory(db, actor, storyId);
	await db.delete(practiceStory).where(eq(practiceStory.id, story.id));
}
