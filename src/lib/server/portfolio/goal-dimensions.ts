import type { Db } from '../db/client';
import { AppError } from '../errors';
import { workerDimensions } from '../feedback/dimensions';
import { dimensionLabel } from '../feedback/dimension-label';
import { m } from '../../paraglide/messages';

// Not a use case: the feedback dimensions a worker's goal may be about — the built-in six and the
// questions of the questionnaires their own links used — with the name the mirror gives them.

export interface GoalDimension {
	key: string;
	label: string;
}

export async function goalDimensions(db: Db, workerUserId: string, organisationId: string): Promise<GoalDimension[]> {
	const dims = await workerDimensions(db, workerUserId, organisationId);
	const seen = new Set<string>();
	return dims.filter((d) => !seen.has(d.key) && seen.add(d.key)).map((d) => ({ key: d.key, label: dimensionLabel(d) }));
}

/** Refuses a dimension the worker's mirror does not know (a made-up key, another worker's question). */
export async function checkGoalDimension(
	db: Db,
	workerUserId: string,
	organisationId: string,
	dimension: string | null
): Promise<void> {
	if (dimension === null) return;
	const known = await goalDimensions(db, workerUserId, organisationId);
	if (!known.some((d) => d.key === dimension)) {
		throw new AppError('INVALID_INPUT', m.pfg_error_dimension(), { dimension: m.pfg_error_dimension() });
	}
}
