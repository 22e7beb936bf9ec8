import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import type { GuideRef, GuideSectionContent } from '../../team/guide';
import { compareGuideSections, type SectionComparison } from '../../team/guide-comparison';
import { provenanceText } from '../../team/guide-labels';
import { diffWords, type DiffPart } from '../../text/word-diff';
import { requireGuide } from './guide-access';
import { draftSections, versionsOf } from './guide-versions';

export interface GuideComparison {
	id: string;
	teamName: string;
	from: GuideRef;
	to: GuideRef;
	/** Every version that can be chosen, newest first (for the form to compare others). */
	versions: { number: number; changeNote: string; publishedAt: Date }[];
	title: DiffPart[];
	sections: SectionComparison[];
}

/**
 * Any two versions of a guide (or a version and the draft), word by word and section by section. A
 * version number the guide does not have is "not found".
 */
export async function getGuideComparison(
	actor: Actor,
	db: Db,
	input: { guideId: string; from: GuideRef; to: GuideRef }
): Promise<GuideComparison> {
	const { guide, access } = await requireGuide(db, actor, input.guideId);
	const versions = await versionsOf(db, guide.id);
	const side = async (ref: GuideRef): Promise<{ title: string; sections: GuideSectionContent[] }> => {
		if (ref === 'concept') return { title: guide.title, sections: await draftSections(db, guide.id) };
		const v = versions.find((x) => x.number === ref);
		if (!v) throw new AppError('NOT_FOUND', m.tguide_error_no_version());
		return v;
	};
	const [from, to] = [await side(input.from), await side(input.to)];
	return {
		id: guide.id,
		teamName: access.teamName,
		from: input.from,
		to: input.to,
		versions: versions
			.map((v) => ({ number: v.number, changeNote: v.changeNote, publishedAt: v.publishedAt }))
			.reverse(),
		title: diffWords(from.title, to.title),
		sections: compareGuideSections(from.sections, to.sections, provenanceText)
	};
}
