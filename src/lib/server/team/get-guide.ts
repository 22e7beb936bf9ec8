import type { Actor } from '../actor';
import type { Db } from '../db/client';
import type { GuideSectionContent } from '../../team/guide';
import { requireGuide } from './guide-access';
import { namesOf, versionsOf } from './guide-versions';

interface GuideHistoryEntry {
	number: number;
	title: string;
	changeNote: string;
	publishedAt: Date;
	publishedBy: string | null;
	minorEdits: { at: string; note: string; by: string | null }[];
}

export interface GuideView {
	id: string;
	teamId: string;
	teamName: string;
	/** The draft's title (the current version has its own). */
	draftTitle: string;
	current: { number: number; title: string; sections: GuideSectionContent[]; publishedAt: Date } | null;
	/** Newest first. */
	history: GuideHistoryEntry[];
}

/** A guide as its team reads it: the current version and the history of all versions and minor edits. */
export async function getGuide(actor: Actor, db: Db, guideId: string): Promise<GuideView> {
	const { guide, access } = await requireGuide(db, actor, guideId);
	const versions = await versionsOf(db, guide.id);
	const names = await namesOf(db, [
		...versions.map((v) => v.publishedByUserId),
		...versions.flatMap((v) => v.minorEdits.map((e) => e.userId))
	]);
	const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
	const last = versions.at(-1);
	return {
		id: guide.id,
		teamId: access.teamId,
		teamName: access.teamName,
		draftTitle: guide.title,
		current: last
			? { number: last.number, title: last.title, sections: last.sections, publishedAt: last.publishedAt }
			: null,
		history: versions
			.map((v) => ({
				number: v.number,
				title: v.title,
				changeNote: v.changeNote,
				publishedAt: v.publishedAt,
				publishedBy: name(v.publishedByUserId),
				minorEdits: v.minorEdits.map((e) => ({ at: e.at, note: e.note, by: name(e.userId) }))
			}))
			.reverse()
	};
}
