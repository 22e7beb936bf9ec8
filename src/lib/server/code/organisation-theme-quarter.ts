import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedbackBatch, feedbackResponse, organisation, teamMirrorQuarter, type TeamMirrorFigure } from '../db/schema';
import { everSharers, loadQuarterCounts, quarterEnd, quarterStart, TEAM_DIMENSIONS } from '../team/team-mirror-data';
import { teamThresholds, TEAM_MIN_WORKERS } from '../team/release-team-mirror';
import { decideRelease, dimMeasure, RESPONSES } from '../team/team-mirror-rule';

/** Marks the organisation-wide figure among a quarter's frozen figures (a measure no check looks for). */
const ORGANISATION_SCOPE = 'scope:organisation';

export interface OrganisationQuarter {
	released: boolean;
	/** Residents' figures of the built-in six that may show (only the released ones). */
	residents: Record<string, TeamMirrorFigure>;
}

/**
 * The organisation-wide figure of the built-in six for a finished quarter, as the article page shows it
 * beside the code (not a use case; the caller checks membership). It is one more figure over a set of
 * workers — everyone whose residents' answers were released in the quarter — so it goes through the
 * team mirror's rule (ADR 0015): decided once under the organisation's row lock, against every team
 * figure already released for the quarter and every sharer, and frozen in `team_mirror_quarter` (no
 * team; marked with ORGANISATION_SCOPE). Team figures decided later count it in turn, so no team
 * figure subtracted from it comes down to one worker or fewer than k answers.
 */
export async function organisationQuarter(
	db: Db,
	organisationId: string,
	quarter: string
): Promise<OrganisationQuarter> {
	const found = await find(db, organisationId, quarter);
	if (found) return found;
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		const [{ k }] = await tx
			.select({ k: organisation.feedbackBatchSize })
			.from(organisation)
			.where(eq(organisation.id, organisationId))
			.for('update');
		const again = await find(tx, organisationId, quarter);
		if (again) return again;
		const workers = (
			await tx
				.selectDistinct({ w: feedbackResponse.workerUserId })
				.from(feedbackResponse)
				.innerJoin(feedbackBatch, eq(feedbackBatch.id, feedbackResponse.batchId))
				.where(
					and(
						eq(feedbackResponse.organisationId, organisationId),
						eq(feedbackBatch.organisationId, organisationId),
						sql`${feedbackBatch.releasedOn} >= ${quarterStart(quarter)}::date`,
						sql`${feedbackBatch.releasedOn} < ${quarterEnd(quarter)}::date`
					)
				)
		)
			.map((r) => r.w)
			.sort();
		const released = await tx
			.select({ workers: teamMirrorQuarter.workerUserIds, measures: teamMirrorQuarter.measures })
			.from(teamMirrorQuarter)
			.where(
				and(
					eq(teamMirrorQuarter.organisationId, organisationId),
					eq(teamMirrorQuarter.quarter, quarter),
					eq(teamMirrorQuarter.released, true)
				)
			);
		const everyone = [...new Set([...workers, ...released.flatMap((r) => r.workers)])];
		const perWorker = (await loadQuarterCounts(tx, organisationId, [quarter], everyone)).get(quarter)!;
		const residents = teamThresholds(k);
		const decided = decideRelease({
			candidate: workers,
			released,
			counts: perWorker,
			sharers: await everSharers(tx, organisationId),
			dimensions: TEAM_DIMENSIONS,
			residents,
			// Self-ratings are not shown here: a threshold nothing passes keeps them out.
			self: { minCount: Number.MAX_SAFE_INTEGER, minWorkers: TEAM_MIN_WORKERS }
		});
		const isReleased = decided.includes(RESPONSES);
		const figures: Record<string, TeamMirrorFigure> = {};
		let responses = 0;
		if (isReleased) {
			for (const w of workers) responses += perWorker.get(w)?.responses ?? 0;
			for (const d of TEAM_DIMENSIONS) {
				if (!decided.includes(dimMeasure(d))) continue;
				const distribution: TeamMirrorFigure['distribution'] = [0, 0, 0, 0, 0];
				for (const w of workers) perWorker.get(w)?.distribution[d]?.forEach((c, i) => (distribution[i] += c));
				const n = distribution.reduce((a, b) => a + b, 0);
				const mean = Math.round((distribution.reduce((s, c, i) => s + c * (i + 1), 0) / n) * 10) / 10;
				figures[d] = { n, mean, distribution };
			}
		}
		await tx.insert(teamMirrorQuarter).values({
			organisationId,
			teamId: null,
			quarter,
			released: isReleased,
			workerUserIds: workers,
			measures: isReleased ? [...decided, ORGANISATION_SCOPE] : [ORGANISATION_SCOPE],
			responses,
			residents: figures,
			self: {}
		});
		return { released: isReleased, residents: figures };
	});
}

async function find(db: Db, organisationId: string, quarter: string): Promise<OrganisationQuarter | null> {
	const [row] = await db
		.select({ released: teamMirrorQuarter.released, residents: teamMirrorQuarter.residents })
		.from(teamMirrorQuarter)
		.where(
			and(
				eq(teamMirrorQuarter.organisationId, organisationId),
				eq(teamMirrorQuarter.quarter, quarter),
				isNull(teamMirrorQuarter.teamId),
				sql`${teamMirrorQuarter.measures} @> ${JSON.stringify([ORGANISATION_SCOPE])}::jsonb`
			)
		)
		.limit(1);
	return row ? { released: row.released, residents: row.released ? row.residents : {} } : null;
}
