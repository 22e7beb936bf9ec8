import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { guide } from '../db/schema';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { m } from '../../paraglide/messages';
import { requireTeamMember, type TeamAccess } from './access';

export type GuideRow = typeof guide.$inferSelect;

/**
 * A guide opens only for the members of its team (team/access.ts): for anyone else — another team,
 * another organisation, an admin outside the team — it does not exist.
 */
export async function requireGuide(
	db: Db,
	actor: Actor,
	guideId: string,
	options: { forUpdate?: boolean } = {}
): Promise<{ guide: GuideRow; access: TeamAccess }> {
	if (!isUuid(guideId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const query = db.select().from(guide).where(eq(guide.id, guideId));
	const [row] = options.forUpdate ? await query.for('update') : await query;
	if (!row) throw new AppError('NOT_FOUND', m.error_not_found());
	const access = await requireTeamMember(db, actor, row.teamId);
	return { guide: row, access };
}
