import type { Actor } from '../actor';
import type { Db } from '../db/client';
import type { CodeId } from '../ids';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { readableVersion, type ReadableVersion } from './code-access';
import { loadDocument } from './code-document';

interface Kernwaarde {
	number: string;
	name: string;
	body: string;
}

export interface CodeKernwaardeForReading extends ReadableVersion {
	kernwaarde: Kernwaarde;
	previous: Kernwaarde | null;
	next: Kernwaarde | null;
}

/** One kernwaarde of the code members read, by its number (deep link), with its neighbours. */
export async function getCodeKernwaarde(
	actor: Actor,
	db: Db,
	options: { organisationId: string; number: string; codeId?: CodeId | null }
): Promise<CodeKernwaardeForReading> {
	const version = await readableVersion(actor, db, options);
	const doc = version ? await loadDocument(db, version.versionId) : null;
	const i = doc ? doc.kernwaarden.findIndex((k) => k.number === options.number) : -1;
	if (!version || !doc || i < 0) throw new AppError('NOT_FOUND', m.error_not_found());
	return {
		...version,
		kernwaarde: doc.kernwaarden[i],
		previous: doc.kernwaarden[i - 1] ?? null,
		next: doc.kernwaarden[i + 1] ?? null
	};
}
