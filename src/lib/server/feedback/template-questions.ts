import { randomBytes } from 'node:crypto';
import type { TemplateQuestion } from '../db/schema';
import { AppError } from '../errors';
import { FACE_SCALE, normaliseScale, type TemplateScale } from '../../feedback/scale';
import { m } from '../../paraglide/messages';
import { RESIDENT_LANGUAGES } from './texts';

/**
 * Not a use case: turns an admin's questions and scale into stored template questions, for making a
 * questionnaire and for a new version of one. The scale is checked again (the use case does not trust
 * its callers) and goes with every question: the mirror, the exports and the form read it from there.
 * Keys are random and never reused, so answers to different templates (or versions) never mix.
 */
export function templateQuestions(questions: Record<string, string>[], scale?: TemplateScale): TemplateQuestion[] {
	const checked = scale === undefined ? FACE_SCALE : normaliseScale(scale, RESIDENT_LANGUAGES);
	if (!checked)
		throw new AppError('INVALID_INPUT', m.template_error_scale_invalid(), { scale: m.template_error_scale_invalid() });
	const prefix = `t${randomBytes(4).toString('hex')}`;
	return questions.map((texts, i) => ({ key: `${prefix}_${i + 1}`, texts, scale: checked }));
}
