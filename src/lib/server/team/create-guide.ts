import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { guide, guideSection } from '../db/schema';
import { requireTeamMember } from './access';

/** A new guide of a team, with one empty section to start writing in. Any member of the team may start one. */
export async function createGuide(
	actor: Actor,
	db: Db,
	input: { teamId: string; title: string }
): Promise<{ id: string }> {
	const access = await requireTeamMember(db, actor, input.teamId);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(guide)
			.values({
				organisationId: access.organisationId,
				teamId: access.teamId,
				title: input.title,
				createdByUserId: actor.kind === 'user' ? actor.userId : null
			})
			.returning({ id: guide.id });
		await tx.insert(guideSection).values({ guideId: row.id, position: 0 });
		return row;
	});
}
