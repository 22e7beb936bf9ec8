import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedbackTemplate } from '../db/schema';
import type { TemplateScale } from '../../feedback/scale';
import { FACE_SCALE } from '../../feedback/scale';
import { DIMENSIONS } from '../feedback/questionnaire';
import { SAFE_KEY } from '../feedback/dimensions';
import { dimensionLabel } from '../feedback/dimension-label';
import { questionScale } from '../feedback/scales';

/**
 * A feedback theme (residents' voice beside the code): a dimension of the organisation's feedback
 * questionnaires — one of the built-in six of "Vertrouwen", or a scale question of one of its own
 * templates (keys are unique across an organisation's templates). Not a use case: the callers check
 * the actor first.
 */
export interface FeedbackTheme {
	key: string;
	label: string;
	scale: TemplateScale;
}

export async function organisationThemes(db: Db, organisationId: string): Promise<FeedbackTheme[]> {
	const templates = await db
		.select({ questions: feedbackTemplate.questions })
		.from(feedbackTemplate)
		.where(eq(feedbackTemplate.organisationId, organisationId))
		.orderBy(feedbackTemplate.createdAt);
	const themes: FeedbackTheme[] = DIMENSIONS.map((key) => ({
		key,
		label: dimensionLabel({ key, builtIn: true }),
		scale: FACE_SCALE
	}));
	const seen = new Set<string>(DIMENSIONS);
	for (const q of templates.flatMap((t) => t.questions)) {
		if (!SAFE_KEY.test(q.key) || seen.has(q.key)) continue;
		seen.add(q.key);
		themes.push({
			key: q.key,
			label: dimensionLabel({ key: q.key, builtIn: false, texts: q.texts }),
			scale: questionScale(q)
		});
	}
	return themes;
}
