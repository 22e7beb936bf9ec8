import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { feedbackResponse, teamMirrorShare, teamMirrorShareQuote } from '../db/schema';
import { AppError } from '../errors';
import { requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';
import { requireTeamMember } from './access';
import { ownReleasedAnswers } from './shareable-quotes';

/**
 * A worker chooses which open answers from their own released feedback show with one of their active
 * shares, under their name (they chose to). The choice replaces the earlier one; an empty choice shows
 * figures only. Someone else's share, or an answer that is not the worker's own, not released, or (for
 * a share of one link) of another link: NOT_FOUND, and nothing changes.
 */
export async function chooseSharedQuotes(
	actor: Actor,
	db: Db,
	input: { teamId: string; shareId: string; quotes: { kind: 'good' | 'better'; responseId: string }[] }
): Promise<{ chosen: number }> {
	requireUser(actor);
	const access = await requireTeamMember(db, actor, input.teamId);
	const [share] = await db
		.select()
		.from(teamMirrorShare)
		.where(
			and(
				eq(teamMirrorShare.id, input.shareId),
				eq(teamMirrorShare.teamId, access.teamId),
				eq(teamMirrorShare.workerUserId, actor.userId),
				isNull(teamMirrorShare.revokedAt)
			)
		);
	if (!share) throw new AppError('NOT_FOUND', m.error_not_found());
	const wanted = [...new Map(input.quotes.map((q) => [`${q.kind}:${q.responseId}`, q])).values()];
	const ids = [...new Set(wanted.map((q) => q.responseId))];
	const own = ids.length
		? await ownReleasedAnswers(db, {
				workerUserId: actor.userId,
				organisationId: access.organisationId,
				requestId: share.requestId,
				extra: inArray(feedbackResponse.id, ids)
			})
		: [];
	const ok = wanted.every((q) => {
		const row = own.find((r) => r.responseId === q.responseId);
		return !!row && row[q.kind] !== '';
	});
	if (!ok) throw new AppError('NOT_FOUND', m.error_not_found());
	await db.transaction(async (tx) => {
		await tx.delete(teamMirrorShareQuote).where(eq(teamMirrorShareQuote.shareId, share.id));
		if (wanted.length) await tx.insert(teamMirrorShareQuote).values(wanted.map((q) => ({ shareId: share.id, ...q })));
		await writeAudit(tx as unknown as Db, actor, {
			organisationId: access.organisationId,
			action: 'team_mirror.share_quotes',
			subjectType: 'team',
			subjectId: access.teamId,
			details: { shareId: share.id, quotes: wanted.length }
		});
	});
	return { chosen: wanted.length };
}
