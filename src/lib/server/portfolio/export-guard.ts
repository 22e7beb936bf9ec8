import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import {
	maskedExcerpt,
	residentDataGuard,
	type ResidentDataGuard,
	type ResidentDataKind
} from '../../portfolio/resident-data-guard';
import type { ReflectionDimensions } from '../../portfolio/model';
import { residentDataSources, type ExportGoal } from './export-data';
import type { ActivityRow } from './activity-access';
import { m } from '../../paraglide/messages';

// Runs the resident-data guard over every text an export would carry. Not a use case: each export-*
// use case calls it first and exports nothing when it finds something.

export type ExportFormat = 'pdf' | 'csv' | 'leap2a' | 'attestation';

type GoalField = 'title' | 'description' | 'lookBack' | 'evidence';
type ActivityField =
	'title' | 'reflection' | 'technisch' | 'normatief' | 'persoonlijk' | 'evidence' | 'method' | 'chair';

/** One place where the guard found resident data: which item, which field, the part masked. */
export interface RefusalPlace {
	on: 'goal' | 'activity';
	id: string;
	/** The item's title, itself masked where it holds resident data. */
	label: string;
	field: GoalField | ActivityField;
	kind: ResidentDataKind;
	excerpt: string;
}

/** The export is refused: nothing left. Routes show the places (never a 500). */
export class ResidentDataRefused extends AppError {
	constructor(readonly places: RefusalPlace[]) {
		super('INVALID_INPUT', m.pfx_refused_message());
		this.name = 'ResidentDataRefused';
	}
}

const DIMENSION_FIELDS = ['technisch', 'normatief', 'persoonlijk'] as const satisfies (keyof ReflectionDimensions)[];

function masked(guard: ResidentDataGuard, text: string): string {
	const found = guard.find(text);
	if (!found.length) return text;
	let out = '';
	let i = 0;
	for (const f of found) {
		out += text.slice(i, f.start) + text.slice(f.start, f.end).replace(/(?<=[\p{L}\p{N}])[\p{L}\p{N}]/gu, '•');
		i = f.end;
	}
	return out + text.slice(i);
}

/** Every place in the goals and activities where resident data would leave. */
function findPlaces(
	guard: ResidentDataGuard,
	items: { goals?: readonly ExportGoal[]; activities?: readonly ActivityRow[] }
): RefusalPlace[] {
	const places: RefusalPlace[] = [];
	const check = (on: RefusalPlace['on'], id: string, title: string, field: RefusalPlace['field'], text: string) => {
		const found = guard.find(text);
		found.forEach((f, i) =>
			places.push({ on, id, label: masked(guard, title), field, kind: f.kind, excerpt: maskedExcerpt(text, found, i) })
		);
	};
	for (const g of items.goals ?? []) {
		check('goal', g.id, g.title, 'title', g.title);
		check('goal', g.id, g.title, 'description', g.description);
		check('goal', g.id, g.title, 'lookBack', g.lookBack);
		for (const e of g.evidence) {
			check('goal', g.id, g.title, 'evidence', e.title);
			check('goal', g.id, g.title, 'evidence', e.text);
		}
	}
	for (const a of items.activities ?? []) {
		check('activity', a.id, a.title, 'title', a.title);
		check('activity', a.id, a.title, 'reflection', a.reflection);
		for (const d of DIMENSION_FIELDS) check('activity', a.id, a.title, d, a.dimensions[d] ?? '');
		check('activity', a.id, a.title, 'evidence', a.evidence);
		check('activity', a.id, a.title, 'method', a.methodName);
		check('activity', a.id, a.title, 'chair', a.chairName);
	}
	return places;
}

/**
 * The guard before an export: loads what to look for, checks every text that would leave and, when it
 * finds something, audits the refusal (counts only) and throws. Nothing is exported then.
 */
export async function guardExport(
	actor: UserActor,
	db: Db,
	options: {
		organisationId: string;
		format: ExportFormat;
		goals?: readonly ExportGoal[];
		activities?: readonly ActivityRow[];
	}
): Promise<void> {
	const places = await findExportPlaces(actor, db, options);
	if (!places.length) return;
	await writeAudit(db, actor, {
		organisationId: options.organisationId,
		action: 'portfolio.export_refused',
		subjectType: 'portfolio',
		subjectId: actor.userId,
		details: { format: options.format, places: places.length }
	});
	throw new ResidentDataRefused(places);
}

export async function findExportPlaces(
	actor: UserActor,
	db: Db,
	options: { organisationId: string; goals?: readonly ExportGoal[]; activities?: readonly ActivityRow[] }
): Promise<RefusalPlace[]> {
	const guard = residentDataGuard(await residentDataSources(actor, db, options.organisationId));
	return findPlaces(guard, options);
}
