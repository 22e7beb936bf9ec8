import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { guide, guideSection } from '../db/schema';
import { AppError } from '../errors';
import { requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';
import { GUIDE_SECTIONS_MAX, type Provenance } from '../../team/guide';
import { requireGuide } from './guide-access';
import { resolveProvenance } from './guide-provenance';

export interface GuideSectionInput {
	id: string;
	heading: string;
	body: string;
	/** The provenance select: "kind:ref", "own", or '' (none yet). */
	source: string;
	note: string;
}

export type GuideDraftOperation =
	{ kind: 'add' } | { kind: 'remove'; sectionId: string } | { kind: 'move'; sectionId: string; by: -1 | 1 };

/**
 * Saves the shared draft as one member sent it, then does what their button asked (add, remove or
 * move a section). Sections a colleague added meanwhile are not in this member's form: they are kept
 * (at the end), never dropped; only the remove button removes. Returns the id of an added section.
 */
export async function saveGuideDraft(
	actor: Actor,
	db: Db,
	input: { guideId: string; title: string; sections: GuideSectionInput[]; operation?: GuideDraftOperation }
): Promise<{ addedId: string | null }> {
	requireUser(actor);
	return db.transaction(async (tx) => {
		const { guide: row, access } = await requireGuide(tx, actor, input.guideId, { forUpdate: true });
		const stored = await tx.select().from(guideSection).where(eq(guideSection.guideId, row.id));
		const byId = new Map(stored.map((s) => [s.id, s]));
		const sent = input.sections.filter((s) => byId.has(s.id));
		const order = [
			...sent.map((s) => s.id),
			...stored.filter((s) => !sent.some((x) => x.id === s.id)).map((s) => s.id)
		];

		const changes = new Map<string, { heading: string; body: string; provenance: Provenance | null }>();
		for (const s of sent) {
			const before = byId.get(s.id)!.provenance ?? null;
			const provenance = await resolveProvenance(
				actor,
				tx,
				access,
				{ value: s.source, note: s.note, field: `source-${s.id}` },
				before
			);
			changes.set(s.id, { heading: s.heading, body: s.body, provenance });
		}

		let addedId: string | null = null;
		const op = input.operation;
		if (op?.kind === 'add') {
			if (order.length >= GUIDE_SECTIONS_MAX) {
				throw new AppError('INVALID_INPUT', m.tguide_error_too_many({ max: GUIDE_SECTIONS_MAX }));
			}
			const [added] = await tx
				.insert(guideSection)
				.values({ guideId: row.id, position: order.length })
				.returning({ id: guideSection.id });
			addedId = added.id;
			order.push(added.id);
		} else if (op?.kind === 'remove' && byId.has(op.sectionId)) {
			order.splice(order.indexOf(op.sectionId), 1);
			changes.delete(op.sectionId);
			await tx.delete(guideSection).where(and(eq(guideSection.guideId, row.id), eq(guideSection.id, op.sectionId)));
		} else if (op?.kind === 'move' && byId.has(op.sectionId)) {
			const at = order.indexOf(op.sectionId);
			const to = at + op.by;
			if (to >= 0 && to < order.length) [order[at], order[to]] = [order[to], order[at]];
		}

		for (const [position, id] of order.entries()) {
			const change = changes.get(id);
			await tx
				.update(guideSection)
				.set(change ? { ...change, position } : { position })
				.where(and(eq(guideSection.guideId, row.id), eq(guideSection.id, id)));
		}
		await tx.update(guide).set({ title: input.title, updatedAt: new Date() }).where(eq(guide.id, row.id));
		return { addedId };
	});
}
