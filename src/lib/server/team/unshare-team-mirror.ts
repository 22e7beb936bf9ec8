import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { teamMirrorShare, teamMirrorShareQuote } from '../db/schema';
import { AppError } from '../errors';
import { requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';
import { requireTeamMember } from './access';

/**
 * Stops showing a shared part to the team, with the answers chosen for it (those rows are removed).
 * Only the worker who shared may. The share row stays (with the
 * moment it stopped): what was on screen once keeps counting in the release rule (team-mirror-rule.ts).
 */
export async function unshareTeamMirror(
	actor: Actor,
	db: Db,
	input: { teamId: string; shareId: string }
): Promise<void> {
	requireUser(actor);
	const access = await requireTeamMember(db, actor, input.teamId);
	await db.transaction(async (tx) => {
		const [row] = await tx
			.update(teamMirrorShare)
			.set({ revokedAt: new Date() })
			.where(
				and(
					eq(teamMirrorShare.id, input.shareId),
					eq(teamMirrorShare.teamId, access.teamId),
					eq(teamMirrorShare.workerUserId, actor.userId),
					isNull(teamMirrorShare.revokedAt)
				)
			)
			.returning({ id: teamMirrorShare.id });
		if (!row) throw new AppError('NOT_FOUND', m.error_not_found());
		// The chosen answers go with it: they are shown only while the worker shares.
		await tx.delete(teamMirrorShareQuote).where(eq(teamMirrorShareQuote.shareId, row.id));
		await writeAudit(tx as unknown as Db, actor, {
			organisationId: access.organisationId,
			action: 'team_mirror.unshare',
			subjectType: 'team',
			subjectId: access.teamId,
			details: { shareId: row.id }
		});
	});
}
