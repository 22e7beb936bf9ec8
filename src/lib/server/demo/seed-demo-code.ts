import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { findMigrationsFolder } from '../db/client';
import { code } from '../db/schema';
import { systemActor } from '../actor';
import { importCodeVersion } from '../code/import-code-version';

/** The sample code written for this project (not the real, copyrighted Beroepscode voor de sociaal werker). */
const SAMPLE_CODE_FILE = 'docs/voorbeeld-beroepscode.md';
export const SAMPLE_CODE_TITLE = 'Voorbeeld-beroepscode voor sociaal werkers';

/** The sample code's Markdown, from the repository next to `drizzle/` (src, build or bin), or null. */
export function readSampleCode(): string | null {
	const file = path.join(path.dirname(findMigrationsFolder()), SAMPLE_CODE_FILE);
	return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

export interface DemoCode {
	path: string;
}

/** Imports the sample code for the demo organisation, once (idempotent: an existing one is kept). */
export async function seedDemoCode(db: Db, organisationId: string): Promise<DemoCode | null> {
	const [existing] = await db
		.select({ id: code.id })
		.from(code)
		.where(and(eq(code.organisationId, organisationId), eq(code.title, SAMPLE_CODE_TITLE)));
	if (!existing) {
		const markdown = readSampleCode();
		if (!markdown) return null;
		await importCodeVersion(systemActor('demo'), db, {
			organisationId,
			markdown,
			title: SAMPLE_CODE_TITLE,
			sample: true
		});
	}
	return { path: '/beroepscode' };
}
