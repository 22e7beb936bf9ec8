import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceSession, adviceTopIdea } from '../db/schema';
import { requireCodeEditor } from './code-editor';

/** The organisation's advice top ideas an editor can tie to an article (newest sessions first). */
export async function findLinkableTopIdeas(
	actor: Actor,
	db: Db,
	organisationId: string
): Promise<{ id: string; wording: string; question: string }[]> {
	await requireCodeEditor(db, actor, organisationId);
	return db
		.select({ id: adviceTopIdea.id, wording: adviceTopIdea.wording, question: adviceSession.question })
		.from(adviceTopIdea)
		.innerJoin(adviceSession, eq(adviceSession.id, adviceTopIdea.sessionId))
		.where(eq(adviceSession.organisationId, organisationId))
		.orderBy(desc(adviceSession.createdAt), adviceTopIdea.position)
		.limit(200);
}
