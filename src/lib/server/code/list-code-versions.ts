import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { code, codeVersion, type CodeVersionStatus } from '../db/schema';
import type { CodeId, CodeVersionId } from '../ids';
import { requireCodeEditor } from './code-editor';

export interface ManagedCode {
	id: CodeId;
	title: string;
	sample: boolean;
	versions: {
		id: CodeVersionId;
		number: number;
		status: CodeVersionStatus;
		createdAt: Date;
		publishedAt: Date | null;
	}[];
}

/** The organisation's codes with all their versions, drafts included: for its editors. */
export async function listCodeVersions(actor: Actor, db: Db, organisationId: string): Promise<ManagedCode[]> {
	await requireCodeEditor(db, actor, organisationId);
	const rows = await db
		.select({
			codeId: code.id,
			title: code.title,
			sample: code.sample,
			id: codeVersion.id,
			number: codeVersion.number,
			status: codeVersion.status,
			createdAt: codeVersion.createdAt,
			publishedAt: codeVersion.publishedAt
		})
		.from(code)
		.innerJoin(codeVersion, eq(codeVersion.codeId, code.id))
		.where(eq(code.organisationId, organisationId))
		.orderBy(asc(code.createdAt), asc(code.title), asc(codeVersion.number));
	const codes = new Map<CodeId, ManagedCode>();
	for (const { codeId, title, sample, ...version } of rows) {
		const entry = codes.get(codeId) ?? { id: codeId, title, sample, versions: [] };
		entry.versions.push(version);
		codes.set(codeId, entry);
	}
	return [...codes.values()];
}
