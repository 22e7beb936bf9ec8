import { and, asc, desc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { code, codeVersion } from '../db/schema';
import { requireCodeEditor } from './code-editor';

/** Draft versions a new round can ask about (editors only). */
export async function findDraftVersions(
	actor: Actor,
	db: Db,
	organisationId: string
): Promise<{ id: string; codeTitle: string; number: number }[]> {
	await requireCodeEditor(db, actor, organisationId);
	return db
		.select({ id: codeVersion.id, codeTitle: code.title, number: codeVersion.number })
		.from(codeVersion)
		.innerJoin(code, eq(code.id, codeVersion.codeId))
		.where(and(eq(code.organisationId, organisationId), eq(codeVersion.status, 'draft')))
		.orderBy(asc(code.title), desc(codeVersion.number));
}
