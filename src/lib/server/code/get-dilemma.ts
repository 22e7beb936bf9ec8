import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { learningSession, team } from '../db/schema';
import { findCodeLinks } from './find-code-links';
import { requireOwnDilemma, type DilemmaRow } from './dilemma-access';
import { bringableSessions, type BringableSession } from './dilemma-sessions';

export interface DilemmaForWriter {
	dilemma: DilemmaRow;
	/** Picker values of the kernwaarden and articles at stake. */
	codeLinks: string[];
	/** The session it is brought to, and whether it can still be taken back (the session has not started). */
	session: { id: string; teamName: string; theme: string; plannedAt: Date; canTakeBack: boolean } | null;
	/** Sessions it can be brought to. */
	sessions: BringableSession[];
}

/** One of the actor's own dilemma reflections, for reading and editing. */
export async function getDilemma(
	actor: Actor,
	db: Db,
	options: { organisationId: string; dilemmaId: string }
): Promise<DilemmaForWriter> {
	const dilemma = await requireOwnDilemma(db, actor, options);
	const links = await findCodeLinks(actor, db, { dilemmaIds: [dilemma.id] });
	let session: DilemmaForWriter['session'] = null;
	if (dilemma.sessionId) {
		const [s] = await db
			.select({
				id: learningSession.id,
				teamName: team.name,
				theme: learningSession.theme,
				plannedAt: learningSession.plannedAt,
				status: learningSession.status
			})
			.from(learningSession)
			.innerJoin(team, eq(team.id, learningSession.teamId))
			.where(eq(learningSession.id, dilemma.sessionId));
		if (s) session = { ...s, canTakeBack: s.status === 'planned' };
	}
	return {
		dilemma,
		codeLinks: links.get(dilemma.id) ?? [],
		session,
		sessions: session ? [] : await bringableSessions(db, dilemma.workerUserId, options.organisationId)
	};
}
