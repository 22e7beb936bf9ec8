import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { codeVersion } from '../db/schema';
import type { CodeVersionId } from '../ids';
import { m } from '../../paraglide/messages';

export interface PublishBlocker {
	kind: 'unconfirmed-match';
	/** The article (number in this version) the blocker is about, when it is about one. */
	articleNumber: string | null;
	/** Dutch, B1: what the editor still has to do. */
	label: string;
}

/**
 * What still stands in the way of publishing a draft version (issue 17): every article matched to the
 * previous version by text alone must be confirmed by an editor. Access is checked by the caller. More
 * kinds join here (reactions without an answer), so publishing has one list to check.
 */
export async function findPublishBlockers(db: Db, versionId: CodeVersionId): Promise<PublishBlocker[]> {
	const [row] = await db
		.select({ matchReport: codeVersion.matchReport })
		.from(codeVersion)
		.where(eq(codeVersion.id, versionId));
	const matches = row?.matchReport?.matches ?? [];
	return matches
		.filter((match) => match.kind === 'similarity' && !match.confirmed)
		.map((match) => ({
			kind: 'unconfirmed-match' as const,
			articleNumber: match.number,
			label: m.code_version_blocker_unconfirmed({ number: match.number, previous: match.previousNumber ?? '' })
		}));
}
