import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { code, codeRound, codeVersion } from '../db/schema';
import type { CodeVersionId } from '../ids';
import { m } from '../../paraglide/messages';
import { unansweredByRound } from './code-round-answers';

// Not a use case: what stops a draft version from being published (issue 17). The publish action
// checks this one list; access is checked by the caller.

export interface PublishBlocker {
	kind: 'unconfirmed-match' | 'unanswered-reactions';
	/** The article (number in this version) the blocker is about, when it is about one. */
	articleNumber: string | null;
	/** Dutch, B1: what the editor still has to do. */
	label: string;
	/** Where the editor does it, when that is another page. */
	href: string | null;
}

/**
 * Two kinds: every article matched to the previous version by text alone must be confirmed by an editor,
 * and every reaction with a comment or a proposed wording, in any round on a version of this code, must
 * have an answer (dispositions).
 */
export async function findPublishBlockers(db: Db, versionId: CodeVersionId): Promise<PublishBlocker[]> {
	const [version] = await db
		.select({ matchReport: codeVersion.matchReport, codeId: codeVersion.codeId, organisationId: code.organisationId })
		.from(codeVersion)
		.innerJoin(code, eq(code.id, codeVersion.codeId))
		.where(eq(codeVersion.id, versionId));
	if (!version) return [];
	const unconfirmed: PublishBlocker[] = (version.matchReport?.matches ?? [])
		.filter((match) => match.kind === 'similarity' && !match.confirmed)
		.map((match) => ({
			kind: 'unconfirmed-match',
			articleNumber: match.number,
			label: m.code_version_blocker_unconfirmed({ number: match.number, previous: match.previousNumber ?? '' }),
			href: null
		}));
	const rounds = await db
		.select({ id: codeRound.id, question: codeRound.question })
		.from(codeRound)
		.where(eq(codeRound.codeId, version.codeId));
	const missing = await unansweredByRound(
		db,
		rounds.map((r) => r.id)
	);
	const unanswered: PublishBlocker[] = rounds
		.filter((r) => (missing.get(r.id) ?? 0) > 0)
		.map((r) => ({
			kind: 'unanswered-reactions',
			articleNumber: null,
			label: m.code_round_blocker_unanswered({ count: missing.get(r.id)!, question: r.question }),
			href: `/beroepscode/rondes/${r.id}`
		}));
	return [...unconfirmed, ...unanswered];
}
