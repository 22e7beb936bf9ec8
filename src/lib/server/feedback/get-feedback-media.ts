import { and, eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { feedbackMedia, feedbackResponse } from '../db/schema';
import { notFound } from '../errors';
import { requireRole, requireUser } from '../organisation/access';
import type { RecordingFiles } from './recording-files';

export interface FeedbackMedia {
	/** As stored; serve it through recordingHeaders (recording-format.ts), never as it is. */
	mimeType: string;
	size: number;
	body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>;
}

/**
 * A spoken or filmed answer: playable only by the worker it is about, and only once released.
 * `recordings` is where this instance keeps recordings as files (null: all in the database).
 */
export async function getFeedbackMedia(
	actor: Actor,
	db: Db,
	organisationId: string,
	responseId: string,
	recordings: RecordingFiles | null = null
): Promise<FeedbackMedia> {
	requireUser(actor);
	await requireRole(db, actor, organisationId, 'worker');
	const [row] = await db
		.select({ mimeType: feedbackMedia.mimeType, bytes: feedbackMedia.bytes, fileName: feedbackMedia.fileName })
		.from(feedbackMedia)
		.innerJoin(feedbackResponse, eq(feedbackResponse.id, feedbackMedia.responseId))
		.where(
			and(
				eq(feedbackMedia.responseId, responseId),
				eq(feedbackResponse.workerUserId, actor.userId),
				eq(feedbackResponse.organisationId, organisationId),
				isNotNull(feedbackResponse.batchId)
			)
		);
	if (!row) throw notFound();
	let media: FeedbackMedia;
	if (row.bytes) {
		media = { mimeType: row.mimeType, size: row.bytes.length, body: new Uint8Array(row.bytes) };
	} else {
		const file = row.fileName && recordings ? await recordings.open(row.fileName) : null;
		if (!file) throw notFound();
		media = { mimeType: row.mimeType, ...file };
	}
	await writeAudit(db, actor, {
		organisationId,
		action: 'feedback.media_play',
		subjectType: 'feedback_response',
		subjectId: responseId
	});
	return media;
}
