import { createHash, createHmac } from 'node:crypto';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { codeArticle, codeRound, codeRoundRespondent, codeRoundTeam, membership, team, teamMember } from '../db/schema';
import { requireRole } from '../organisation/access';
import { AppError } from '../errors';
import { isUuid } from '../ids';
import { hashToken, newToken } from '../tokens';
import { m } from '../../paraglide/messages';
import { requireCodeEditor } from './code-editor';
import type { CodeVersionId } from '../ids';

// Not a use case: how the round use cases find a round and its respondent. Editors find rounds of their
// organisation; respondents find a round through their membership (audience "organisation" or "teams")
// or through the open link's token (audience "link"), and themselves through member_key or the hash of
// the respondent token in their cookie. Nothing here returns a user id, a member_key or a salt.

export type CodeRoundRow = typeof codeRound.$inferSelect;

/** Who answers a round: a signed-in member, or a visitor of the open link known only by a token. */
export type RoundVisitor =
	| { kind: 'member'; actor: Actor; organisationId: string; roundId: string }
	| { kind: 'link'; linkToken: string; respondentToken: string | null };

const notFound = () => new AppError('NOT_FOUND', m.error_not_found());

/** An editor's round: of the editor's organisation, else NOT_FOUND. */
export async function requireEditorRound(
	db: Db,
	actor: Actor,
	options: { organisationId: string; roundId: string }
): Promise<CodeRoundRow> {
	await requireCodeEditor(db, actor, options.organisationId);
	if (!isUuid(options.roundId)) throw notFound();
	const [round] = await db
		.select()
		.from(codeRound)
		.where(and(eq(codeRound.id, options.roundId), eq(codeRound.organisationId, options.organisationId)));
	if (!round) throw notFound();
	return round;
}

/** The member's teams in the organisation, by name. */
async function memberTeams(db: Db, userId: string, organisationId: string): Promise<string[]> {
	const rows = await db
		.select({ teamId: team.id })
		.from(teamMember)
		.innerJoin(team, eq(team.id, teamMember.teamId))
		.innerJoin(membership, eq(membership.id, teamMember.membershipId))
		.where(and(eq(membership.userId, userId), eq(membership.organisationId, organisationId)))
		.orderBy(asc(team.name));
	return rows.map((r) => r.teamId);
}

/**
 * Sets one moment of an editor's round (closed, answers published) and writes its audit entry, in
 * one transaction. The caller has checked the round (requireEditorRound) and the moment's rule.
 */
export async function stampCodeRound(
	actor: Actor,
	db: Db,
	options: { organisationId: string; round: CodeRoundRow; action: string },
	moment: Partial<Pick<CodeRoundRow, 'closedAt' | 'answersPublishedAt'>>
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.update(codeRound).set(moment).where(eq(codeRound.id, options.round.id));
		await writeAudit(tx, actor, {
			organisationId: options.organisationId,
			action: options.action,
			subjectType: 'code_round',
			subjectId: options.round.id
		});
	});
}

export interface VisitorRound {
	round: CodeRoundRow;
	/** For members: the team counted in breakdowns (one of theirs in the audience), else null. */
	teamId: string | null;
}

/**
 * The round a visitor may answer, else NOT_FOUND: a member of the organisation for audience
 * "organisation", a member of one of the chosen teams for "teams", anyone with the token for "link".
 */
export async function requireVisitorRound(db: Db, visitor: RoundVisitor): Promise<VisitorRound> {
	if (visitor.kind === 'link') {
		if (!/^[A-Za-z0-9_-]{20,100}$/u.test(visitor.linkToken)) throw notFound();
		const [round] = await db
			.select()
			.from(codeRound)
			.where(and(eq(codeRound.linkToken, visitor.linkToken), eq(codeRound.audience, 'link')));
		if (!round) throw notFound();
		return { round, teamId: null };
	}
	const { actor, organisationId, roundId } = visitor;
	await requireRole(db, actor, organisationId);
	if (actor.kind !== 'user' || !isUuid(roundId)) throw notFound();
	const [round] = await db
		.select()
		.from(codeRound)
		.where(and(eq(codeRound.id, roundId), eq(codeRound.organisationId, organisationId)));
	if (!round || round.audience === 'link') throw notFound();
	const mine = await memberTeams(db, actor.userId, organisationId);
	if (round.audience === 'organisation') return { round, teamId: mine[0] ?? null };
	const chosen = mine.length
		? await db
				.select({ teamId: codeRoundTeam.teamId })
				.from(codeRoundTeam)
				.where(and(eq(codeRoundTeam.roundId, round.id), inArray(codeRoundTeam.teamId, mine)))
		: [];
	if (!chosen.length) throw notFound();
	const chosenIds = new Set(chosen.map((c) => c.teamId));
	return { round, teamId: mine.find((t) => chosenIds.has(t)) ?? null };
}

/** A member is found again by this key; without the round's salt it cannot be linked to the user. */
const memberKey = (round: CodeRoundRow, userId: string) =>
	createHash('sha256').update(`${round.memberSalt}:${round.id}:${userId}`).digest('hex');

/**
 * A member's personal link token (issue 17: every respondent, signed or not, gets a link to the answers
 * on their own reactions, no account needed). Derived, not stored: only its hash is kept, like every
 * token, and the member gets it again whenever they are signed in. Keyed with the round's salt, which
 * never leaves the server, so knowing a user id is not enough to make someone's link.
 */
const memberToken = (round: CodeRoundRow, userId: string) =>
	createHmac('sha256', round.memberSalt).update(`answers:${round.id}:${userId}`).digest('base64url');

export interface Respondent {
	id: string;
	signedName: string | null;
}

/** The visitor's respondent row for the round, or null when they have not reacted yet. */
export async function findRespondent(db: Db, visitor: RoundVisitor, round: CodeRoundRow): Promise<Respondent | null> {
	const where =
		visitor.kind === 'member'
			? visitor.actor.kind === 'user'
				? eq(codeRoundRespondent.memberKey, memberKey(round, visitor.actor.userId))
				: null
			: visitor.respondentToken
				? eq(codeRoundRespondent.tokenHash, hashToken(visitor.respondentToken))
				: null;
	if (!where) return null;
	const [row] = await db
		.select({ id: codeRoundRespondent.id, signedName: codeRoundRespondent.signedName })
		.from(codeRoundRespondent)
		.where(and(eq(codeRoundRespondent.roundId, round.id), where));
	return row ?? null;
}

/**
 * The visitor's respondent row, made on their first reaction. An open-link visitor gets a new random
 * token (returned once, for the cookie); only its hash is stored.
 */
export async function ensureRespondent(
	db: Db,
	visitor: RoundVisitor,
	found: VisitorRound
): Promise<{ respondent: Respondent; newToken: string | null }> {
	const existing = await findRespondent(db, visitor, found.round);
	if (existing) return { respondent: existing, newToken: null };
	const token =
		visitor.kind === 'member' && visitor.actor.kind === 'user'
			? memberToken(found.round, visitor.actor.userId)
			: newToken();
	const [row] = await db
		.insert(codeRoundRespondent)
		.values({
			roundId: found.round.id,
			tokenHash: hashToken(token),
			memberKey:
				visitor.kind === 'member' && visitor.actor.kind === 'user'
					? memberKey(found.round, visitor.actor.userId)
					: null,
			teamId: found.teamId
		})
		.onConflictDoNothing()
		.returning({ id: codeRoundRespondent.id, signedName: codeRoundRespondent.signedName });
	if (!row) {
		// Two tabs saved at once: the other one made the row.
		const again = await findRespondent(db, visitor, found.round);
		if (!again) throw notFound();
		return { respondent: again, newToken: null };
	}
	return { respondent: row, newToken: visitor.kind === 'link' ? token : null };
}

/**
 * The token of the visitor's personal link to their answers, or null before their first reaction. An
 * open-link visitor's is the one in their cookie; a member's is derived again (and a row made before
 * members had one gets its hash now).
 */
export async function personalToken(db: Db, visitor: RoundVisitor, round: CodeRoundRow): Promise<string | null> {
	const respondent = await findRespondent(db, visitor, round);
	if (!respondent) return null;
	if (visitor.kind === 'link') return visitor.respondentToken;
	if (visitor.actor.kind !== 'user') return null;
	const token = memberToken(round, visitor.actor.userId);
	await db
		.update(codeRoundRespondent)
		.set({ tokenHash: hashToken(token) })
		.where(and(eq(codeRoundRespondent.id, respondent.id), ne(codeRoundRespondent.tokenHash, hashToken(token))));
	return token;
}

export interface RoundArticle {
	articleId: string;
	number: string;
	title: string;
	body: string;
}

/** The articles of the round's version in reading order. */
export function roundArticles(db: Db, versionId: CodeVersionId): Promise<RoundArticle[]> {
	return db
		.select({
			articleId: codeArticle.articleId,
			number: codeArticle.number,
			title: codeArticle.title,
			body: codeArticle.body
		})
		.from(codeArticle)
		.where(eq(codeArticle.versionId, versionId))
		.orderBy(asc(codeArticle.position));
}
