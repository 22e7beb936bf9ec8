import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedbackRequest, feedbackTemplate, type TemplateQuestion } from '../db/schema';
import { FACE_SCALE, type TemplateScale } from '../../feedback/scale';
import { DIMENSIONS } from './questionnaire';
import { fallbackLang, pickTemplateText, questionScale, residentScale, type ResidentScale } from './scales';
import type { ResidentLanguage, ResidentTexts } from './texts';

export interface MirrorDimension {
	key: string;
	/** Built-in "Vertrouwen" dimension (labelled by the app) or a question of an organisation template. */
	builtIn: boolean;
	/** For template questions: the question per language. */
	texts?: Record<string, string>;
	/** The five-point answer scale (the face scale for the built-in six). */
	scale: TemplateScale;
}

/** Keys end up in SQL column aliases (get-mirror.ts): only these characters are accepted. */
export const SAFE_KEY = /^[A-Za-z][A-Za-z0-9_]{0,40}$/u;

/** The built-in dimensions plus the questions of every template the worker has used. */
export async function workerDimensions(
	db: Db,
	workerUserId: string,
	organisationId: string
): Promise<MirrorDimension[]> {
	const templates = await db
		.selectDistinct({ id: feedbackTemplate.id, questions: feedbackTemplate.questions })
		.from(feedbackTemplate)
		.innerJoin(feedbackRequest, eq(feedbackRequest.templateId, feedbackTemplate.id))
		.where(
			and(
				eq(feedbackRequest.workerUserId, workerUserId),
				eq(feedbackRequest.organisationId, organisationId),
				isNotNull(feedbackRequest.templateId)
			)
		);
	const extra = templates
		.flatMap((t) => t.questions)
		.filter((q) => SAFE_KEY.test(q.key))
		.map((q) => ({ key: q.key, builtIn: false, texts: q.texts, scale: questionScale(q) }));
	return [...DIMENSIONS.map((key) => ({ key, builtIn: true, scale: FACE_SCALE })), ...extra];
}

export interface FormQuestion {
	key: string;
	text: string;
	/** The question's language when it fell back to one other than the page's (WCAG 3.1.2). */
	lang: string | null;
	/** Pictogram id for built-in questions. */
	pictogram: string | null;
	scale: ResidentScale;
}

const PICTOGRAM: Record<string, string> = {
	time: 'p-time',
	appointments: 'p-appointment',
	respect: 'p-respect',
	understanding: 'p-understanding',
	ownIdeas: 'p-idea',
	helped: 'p-helped'
};

/** The answer keys of the scale questions (what a submit checks), without their texts. */
export function formQuestionKeys(template: { questions: TemplateQuestion[] } | null): readonly string[] {
	return template ? template.questions.map((q) => q.key) : DIMENSIONS;
}

/**
 * The scale questions a resident sees: the built-in six with the face scale, or the organisation
 * template's questions and scale words in the resident's variant (the child form falls back to
 * easy-read, every variant to standard Dutch).
 */
export function formQuestions(
	template: { questions: TemplateQuestion[] } | null,
	language: ResidentLanguage,
	texts: ResidentTexts,
	firstName: string
): FormQuestion[] {
	if (!template) {
		const scale = residentScale(FACE_SCALE, language, texts);
		return DIMENSIONS.map((d) => ({
			key: d,
			text: texts.questions[d](firstName),
			lang: null,
			pictogram: PICTOGRAM[d],
			scale
		}));
	}
	return template.questions.map((q) => {
		const picked = pickTemplateText(q.texts, language);
		return {
			key: q.key,
			text: (picked?.value ?? '').replaceAll('[naam]', firstName),
			lang: picked ? fallbackLang(picked.from, texts) : null,
			pictogram: null,
			scale: residentScale(questionScale(q), language, texts)
		};
	});
}
