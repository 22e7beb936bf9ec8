import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { codePrivateLink, dilemmaReflection, user } from '../db/schema';
import { linkTargetValue } from '../../code/link-target';
import { requireSessionParticipant } from '../team/session-access';
import { getCodeLinkOptions } from './get-code-link-options';

export interface SessionDilemma {
	id: string;
	writer: string;
	title: string;
	situation: string;
	question: string;
	options: string;
	choice: string;
	action: string;
	/** The kernwaarden and articles at stake, as readable labels. */
	atStake: string[];
}

/**
 * The dilemmas brought to a learning session, for its participants only (requireSessionParticipant:
 * a teammate who is not invited, an admin or another organisation gets NOT_FOUND).
 */
export async function findSessionDilemmas(actor: Actor, db: Db, sessionId: string): Promise<SessionDilemma[]> {
	const access = await requireSessionParticipant(db, actor, sessionId);
	const rows = await db
		.select({ dilemma: dilemmaReflection, writer: user.name })
		.from(dilemmaReflection)
		.innerJoin(user, eq(user.id, dilemmaReflection.workerUserId))
		.where(eq(dilemmaReflection.sessionId, access.session.id))
		.orderBy(asc(dilemmaReflection.createdAt));
	if (rows.length === 0) return [];
	// Only the links of the dilemmas brought to this very session (checked above).
	const links = await db
		.select()
		.from(codePrivateLink)
		.where(
			inArray(
				codePrivateLink.dilemmaId,
				rows.map((r) => r.dilemma.id)
			)
		);
	const labels = new Map<string, string>();
	const code = await getCodeLinkOptions(actor, db, { organisationId: access.session.organisationId });
	for (const k of code?.kernwaarden ?? []) labels.set(k.value, `${k.number}. ${k.name}`);
	for (const c of code?.chapters ?? []) for (const a of c.articles) labels.set(a.value, `${a.number} ${a.title}`);
	return rows.map(({ dilemma, writer }) => ({
		id: dilemma.id,
		writer,
		title: dilemma.title,
		situation: dilemma.situation,
		question: dilemma.question,
		options: dilemma.options,
		choice: dilemma.choice,
		action: dilemma.action,
		atStake: links
			.filter((l) => l.dilemmaId === dilemma.id)
			.map((l) =>
				labels.get(
					l.articleId
						? linkTargetValue({ kind: 'article', articleId: l.articleId })
						: linkTargetValue({ kind: 'kernwaarde', number: l.kernwaarde ?? '' })
				)
			)
			.filter((l): l is string => !!l)
	}));
}
