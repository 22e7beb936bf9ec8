import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { codeVersion } from '../db/schema';
import { AppError } from '../errors';
import type { CodeVersionId } from '../ids';
import { m } from '../../paraglide/messages';
import { editorVersion } from './code-access';
import { findPublishBlockers } from './publish-blockers';

/**
 * Publishes a draft version: from then on members read it, and it never changes again. Refused
 * (CONFLICT) while a blocker stands (publish-blockers.ts) and for a version that is already published.
 */
export async function publishCodeVersion(actor: Actor, db: Db, versionId: CodeVersionId): Promise<void> {
	await db.transaction(async (tx) => {
		const version = await editorVersion(actor, tx, versionId, true);
		if (version.status !== 'draft') throw new AppError('CONFLICT', m.code_version_error_published());
		if ((await findPublishBlockers(tx, version.versionId)).length > 0)
			throw new AppError('CONFLICT', m.code_version_error_blocked());
		await tx
			.update(codeVersion)
			.set({ status: 'published', publishedAt: new Date() })
			.where(eq(codeVersion.id, version.versionId));
		await writeAudit(tx, actor, {
			organisationId: version.organisationId,
			action: 'code.publish',
			subjectType: 'code_version',
			subjectId: version.versionId,
			details: { codeId: version.codeId, version: version.number }
		});
	});
}
