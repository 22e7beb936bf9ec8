import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { codeRound, codeVersion } from '../db/schema';
import { m } from '../../paraglide/messages';
import { unansweredByRound } from './code-round-answers';

// Not a use case: what stops a draft version from being published (issue 17). The publish action
// checks this list; access is checked by the caller.

export interface PublishBlocker {
	kind: 'unanswered-reactions';
	message: string;
	/** Where the editor fixes it. */
	href: string;
}

/**
 * Reactions without an answer: every reaction with a comment or a proposed wording, in any round on a
 * version of this code, must have an answer before a new version is published (dispositions).
 */
export async function findPublishBlockers(
	db: Db,
	options: { organisationId: string; versionId: string }
): Promise<PublishBlocker[]> {
	const [version] = await db
		.select({ codeId: codeVersion.codeId })
		.from(codeVersion)
		.where(eq(codeVersion.id, options.versionId));
	if (!version) return [];
	const rounds = await db
		.select({ id: codeRound.id, question: codeRound.question })
		.from(codeRound)
		.where(and(eq(codeRound.organisationId, options.organisationId), eq(codeRound.codeId, version.codeId)));
	const missing = await unansweredByRound(
		db,
		rounds.map((r) => r.id)
	);
	return rounds
		.filter((r) => (missing.get(r.id) ?? 0) > 0)
		.map((r) => ({
			kind: 'unanswered-reactions' as const,
			message: m.code_round_blocker_unanswered({ count: missing.get(r.id)!, question: r.question }),
			href: `/beroepscode/rondes/${r.id}`
		}));
}
