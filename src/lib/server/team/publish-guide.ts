import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { guide, guideVersion } from '../db/schema';
import { AppError } from '../errors';
import { requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';
import type { GuideSectionContent } from '../../team/guide';
import { requireGuide } from './guide-access';
import { draftSections, versionsOf } from './guide-versions';

/** The sections as plain values in a fixed order (jsonb does not keep the order of an object's keys). */
const canonical = (sections: GuideSectionContent[]) =>
	JSON.stringify(
		sections.map((s) => [
			s.id,
			s.heading,
			s.body,
			s.provenance && [s.provenance.kind, s.provenance.ref, s.provenance.label, s.provenance.note]
		])
	);

const sectionName = (s: GuideSectionContent, index: number) => s.heading || m.tguide_section_number({ n: index + 1 });

/** Why the draft cannot be published, on the first section that stops it (with the field to mark). */
function checkDraft(sections: GuideSectionContent[]): void {
	if (sections.length === 0) throw new AppError('INVALID_INPUT', m.tguide_error_no_sections());
	sections.forEach((s, i) => {
		if (!s.heading) {
			const message = m.tguide_error_heading({ n: i + 1 });
			throw new AppError('INVALID_INPUT', message, { [`heading-${s.id}`]: message });
		}
		if (!s.body) {
			const message = m.tguide_error_body({ section: sectionName(s, i) });
			throw new AppError('INVALID_INPUT', message, { [`body-${s.id}`]: message });
		}
		// Issue 16: "a version cannot be published while a section has none".
		if (!s.provenance) {
			const message = m.tguide_error_provenance({ section: sectionName(s, i) });
			throw new AppError('INVALID_INPUT', message, { [`source-${s.id}`]: message });
		}
		if (s.provenance.kind === 'own' && !s.provenance.note) {
			const message = m.tguide_error_own_note({ section: sectionName(s, i) });
			throw new AppError('INVALID_INPUT', message, { [`note-${s.id}`]: message });
		}
	});
}

/**
 * Publishes the draft: a new version with a change note, or — a minor edit ("kleine wijziging", e.g. a
 * typo) — the current version changed in place, recorded in its history without a new number.
 */
export async function publishGuide(
	actor: Actor,
	db: Db,
	input: { guideId: string; changeNote: string; minor: boolean }
): Promise<{ number: number }> {
	requireUser(actor);
	return db.transaction(async (tx) => {
		const { guide: row } = await requireGuide(tx, actor, input.guideId, { forUpdate: true });
		const sections = await draftSections(tx, row.id);
		checkDraft(sections);
		const current = (await versionsOf(tx, row.id)).at(-1);
		const unchanged = current && current.title === row.title && canonical(current.sections) === canonical(sections);
		if (unchanged) throw new AppError('INVALID_INPUT', m.tguide_error_unchanged());
		if (input.minor) {
			if (!current) throw new AppError('INVALID_INPUT', m.tguide_error_minor_first());
			const edit = { at: new Date().toISOString(), userId: actor.userId, note: input.changeNote };
			await tx
				.update(guideVersion)
				.set({
					title: row.title,
					sections,
					minorEdits: sql`${guideVersion.minorEdits} || ${JSON.stringify([edit])}::jsonb`
				})
				.where(eq(guideVersion.id, current.id));
			await tx.update(guide).set({ updatedAt: new Date() }).where(eq(guide.id, row.id));
			return { number: current.number };
		}
		if (!input.changeNote) {
			const message = m.tguide_error_change_note();
			throw new AppError('INVALID_INPUT', message, { changeNote: message });
		}
		const number = (current?.number ?? 0) + 1;
		await tx.insert(guideVersion).values({
			guideId: row.id,
			number,
			title: row.title,
			sections,
			changeNote: input.changeNote,
			publishedByUserId: actor.userId
		});
		await tx.update(guide).set({ updatedAt: new Date() }).where(eq(guide.id, row.id));
		return { number };
	});
}
