import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import type { CodeId } from '../ids';
import { code, codeVersion } from '../db/schema';
import { readableVersion, type ReadableVersion } from './code-access';
import { loadDocument, type StoredDocument } from './code-document';

export interface CodeForReading extends ReadableVersion {
	document: StoredDocument;
	/** The organisation's other codes with a published version, to switch to. */
	codes: { id: string; title: string }[];
}

/** The code members read (newest published version), whole. Null when the organisation has none yet. */
export async function getCode(
	actor: Actor,
	db: Db,
	options: { organisationId: string; codeId?: CodeId | null }
): Promise<CodeForReading | null> {
	const version = await readableVersion(actor, db, options);
	if (!version) return null;
	const [document, codes] = await Promise.all([
		loadDocument(db, version.versionId),
		db
			.selectDistinct({ id: code.id, title: code.title })
			.from(code)
			.innerJoin(codeVersion, eq(codeVersion.codeId, code.id))
			.where(and(eq(code.organisationId, options.organisationId), eq(codeVersion.status, 'published')))
			.orderBy(asc(code.title))
	]);
	return { ...version, document: document!, codes };
}
