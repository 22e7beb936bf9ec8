import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { code, codeRound, codeRoundTeam, codeVersion, team } from '../db/schema';
import { AppError } from '../errors';
import { newToken } from '../tokens';
import { m } from '../../paraglide/messages';
import { dutchDateTime } from '../../team/session';
import type { CodeRoundInput } from '../../validation/code-round';
import { requireCodeEditor } from './code-editor';
import { idFrom, type CodeVersionId } from '../ids';

/**
 * Opens a consultation round on a draft version of one of the organisation's codes (issue 17). Only an
 * editor (admin or redacteur) may. The open link gets an unguessable token; the teams must be the
 * organisation's own.
 */
export async function createCodeRound(
	actor: Actor,
	db: Db,
	input: CodeRoundInput & { organisationId: string },
	now = new Date()
): Promise<{ roundId: string }> {
	await requireCodeEditor(db, actor, input.organisationId);
	const [version] = await db
		.select({ id: codeVersion.id, codeId: codeVersion.codeId })
		.from(codeVersion)
		.innerJoin(code, eq(code.id, codeVersion.codeId))
		.where(
			and(
				eq(codeVersion.id, idFrom<CodeVersionId>(input.versionId)),
				eq(code.organisationId, input.organisationId),
				eq(codeVersion.status, 'draft')
			)
		);
	if (!version)
		throw new AppError('INVALID_INPUT', m.code_round_error_version(), { versionId: m.code_round_error_version() });
	const opensAt = dutchDateTime(input.opensDay, input.opensTime);
	const closesAt = dutchDateTime(input.closesDay, input.closesTime);
	if (!(closesAt > opensAt) || closesAt <= now)
		throw new AppError('INVALID_INPUT', m.code_round_error_dates(), { closesDay: m.code_round_error_dates() });
	const teamIds = input.audience === 'teams' ? [...new Set(input.teamIds)] : [];
	if (teamIds.length) {
		const own = await db
			.select({ id: team.id })
			.from(team)
			.where(and(eq(team.organisationId, input.organisationId), inArray(team.id, teamIds)));
		if (own.length !== teamIds.length)
			throw new AppError('INVALID_INPUT', m.code_round_error_teams(), { teamIds: m.code_round_error_teams() });
	}
	return db.transaction(async (tx) => {
		const [round] = await tx
			.insert(codeRound)
			.values({
				organisationId: input.organisationId,
				codeId: version.codeId,
				versionId: version.id,
				question: input.question,
				opensAt,
				closesAt,
				audience: input.audience,
				linkToken: input.audience === 'link' ? newToken() : null,
				memberSalt: newToken(),
				createdByUserId: actor.kind === 'user' ? actor.userId : null
			})
			.returning({ id: codeRound.id });
		if (teamIds.length) await tx.insert(codeRoundTeam).values(teamIds.map((teamId) => ({ roundId: round.id, teamId })));
		await writeAudit(tx, actor, {
			organisationId: input.organisationId,
			action: 'code.round.create',
			subjectType: 'code_round',
			subjectId: round.id,
			details: { versionId: version.id, audience: input.audience, teams: teamIds.length }
		});
		return { roundId: round.id };
	});
}
