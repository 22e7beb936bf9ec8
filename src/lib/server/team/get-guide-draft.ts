import { requireUser } from '../organisation/access';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import type { GuideSectionContent } from '../../team/guide';
import { requireGuide } from './guide-access';
import { provenanceChoices, type ProvenanceChoice } from './guide-provenance';
import { draftSections, versionsOf } from './guide-versions';

export interface GuideDraft {
	id: string;
	teamName: string;
	title: string;
	sections: GuideSectionContent[];
	/** The current version's number, or null before the first is published. */
	currentNumber: number | null;
	choices: ProvenanceChoice[];
}

/** The shared draft of a guide, and what the acting member can name as a section's provenance. */
export async function getGuideDraft(actor: Actor, db: Db, guideId: string): Promise<GuideDraft> {
	const { guide, access } = await requireGuide(db, actor, guideId);
	requireUser(actor);
	const versions = await versionsOf(db, guide.id);
	return {
		id: guide.id,
		teamName: access.teamName,
		title: guide.title,
		sections: await draftSections(db, guide.id),
		currentNumber: versions.at(-1)?.number ?? null,
		choices: await provenanceChoices(actor, db, access)
	};
}
