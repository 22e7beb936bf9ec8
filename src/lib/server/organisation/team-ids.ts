import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { team } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';

/** Refuses team ids that are not teams of this organisation (a form could be tampered with). */
export async function assertTeamsInOrganisation(db: Db, organisationId: string, teamIds: string[]): Promise<void> {
	if (teamIds.length === 0) return;
	const found = await db
		.select({ id: team.id })
		.from(team)
		.where(and(eq(team.organisationId, organisationId), inArray(team.id, teamIds)));
	if (found.length !== new Set(teamIds).size) {
		throw new AppError('INVALID_INPUT', m.error_team_invalid(), { teamIds: m.error_team_invalid() });
	}
}
