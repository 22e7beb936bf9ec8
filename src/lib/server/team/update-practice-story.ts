import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { practiceStory } from '../db/schema';
import type { StoryInput } from '../../validation/team-trial';
import { requireOwnStory } from './story-access';

/** The writer changes their own story (the link to a trial stays as it was). */
export async function updatePracticeStory(
	actor: Actor,
	db: Db,
	storyId: string,
	input: Omit<StoryInput, 'trialId'>
): Promise<void> {
	const { story } = await requireOwnStory(db, actor, storyId);
	await db
		.update(practiceStory)
		.set({
			title: input.title,
			body: input.body,
			instrument: input.instrument,
			themes: input.themes,
			showName: input.showName,
			updatedAt: new Date()
		})
		.where(eq(practiceStory.id, story.id));
}
