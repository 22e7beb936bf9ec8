import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedbackRequest, feedbackTemplate, type TemplateQuestion } from '../db/schema';
import { DIMENSIONS } from './questionnaire';
import type { ResidentLanguage, ResidentTexts } from './texts';

export interface MirrorDimension {
	key: string;
	/** Built-in "Vertrouwen" dimension (labelled by the app) or a question of an organisation template. */
	builtIn: boolean;
	/** For template questions: the question per language. */
	texts?: Record<string, string>;
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
		.map((q) => ({ key: q.key, builtIn: false, texts: q.texts }));
	return [...DIMENSIONS.map((key) => ({ key, builtIn: true })), ...extra];
}

export interface FormQuestion {
	key: string;
	text: string;
	/** Pictogram id for built-in questions. */
	pictogram: string | null;
}

const PICTOGRAM: Record<string, string> = {
	time: 'p-time',
	appointments: 'p-appointment',
	respect: 'p-respect',
	understanding: 'p-understanding',
	ownIdeas: 'p-idea',
	helped: 'p-helped'
};

/**
 * The scale questions a resident sees: the built-in six, or the organisation template's questions
 * in the resident's language (falling back to Dutch; easy-read and child variants use Dutch too).
 */
export function formQuestions(
	template: { questions: TemplateQuestion[] } | null,
	language: ResidentLanguage,
	texts: ResidentTexts,
	firstName: string
): FormQuestion[] {
	if (!template)
		return DIMENSIONS.map((d) => ({ key: d, text: texts.questions[d](firstName), pictogram: PICTOGRAM[d] }));
	return template.questions.map((q) => ({
		key: q.key,
		text: (q.texts[language] ?? q.texts.nl ?? '').replaceAll('[naam]', firstName),
		pictogram: null
	}));
}
