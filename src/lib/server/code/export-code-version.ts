import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { code, codeVersion } from '../db/schema';
import { requireRole } from '../organisation/access';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { isUuid, type CodeVersionId } from '../ids';
import { exportCode } from '../../code/markdown';
import { loadDocument } from './code-document';

/**
 * A version of a code as Markdown, in the layout the importer reads (import → export gives the same
 * text back). Members of the code's organisation may; drafts only admins.
 */
export async function exportCodeVersion(actor: Actor, db: Db, versionId: CodeVersionId): Promise<string> {
	if (!isUuid(versionId)) throw new AppError('NOT_FOUND', m.error_not_found());
	const [row] = await db
		.select({ organisationId: code.organisationId, status: codeVersion.status })
		.from(codeVersion)
		.innerJoin(code, eq(code.id, codeVersion.codeId))
		.where(eq(codeVersion.id, versionId));
	if (!row) throw new AppError('NOT_FOUND', m.error_not_found());
	if (row.status === 'published') await requireRole(db, actor, row.organisationId);
	else await requireRole(db, actor, row.organisationId, 'admin');
	const doc = await loadDocument(db, versionId);
	return exportCode(doc!);
}
