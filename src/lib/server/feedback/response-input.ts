import { RATER_TYPES, type RaterType } from '../db/schema';
import { DIMENSIONS } from './questionnaire';
import type { FormFields } from '../read-form';
import { checkRecording } from './recording-format';
import type { ResidentTexts } from './texts';
import { cleanText } from '../../validation/text';

export const MAX_TEXT = 2000;
const MAX_CONTACT = 120;
export const MAX_MEDIA_MB = 20;

export interface ResponseInput {
	raterType: RaterType;
	scores: Record<string, number | null>;
	good: string;
	better: string;
	contactName: string | null;
	contact: string | null;
	media: { mimeType: string; bytes: Buffer } | null;
}

export type ResponseValues = Record<string, string>;

/**
 * A resident's text is never refused for an invisible character: the shared sanitiser drops control
 * characters, bidirectional overrides and zero-width characters (see validation/text.ts).
 */
export { cleanText };

/** Parses the resident's form. Errors are in the resident's language, keyed by field. */
export async function parseResponseForm(
	data: FormFields,
	texts: ResidentTexts,
	keys: readonly string[] = DIMENSIONS
): Promise<{ input: ResponseInput | null; values: ResponseValues; errors: Record<string, string> }> {
	const errors: Record<string, string> = {};
	const values: ResponseValues = {};
	const str = (k: string) => {
		const v = data.get(k);
		return typeof v === 'string' ? v : '';
	};

	const rater = str('rater');
	values.rater = rater;
	if (!(RATER_TYPES as readonly string[]).includes(rater)) errors.rater = texts.errors.rater;

	const scores: Record<string, number | null> = {};
	let answered = 0;
	for (const d of keys) {
		const v = str(`score_${d}`);
		values[`score_${d}`] = v;
		if (/^[1-5]$/u.test(v)) {
			scores[d] = Number(v);
			answered++;
		} else if (v === 'x') {
			// "Weet ik niet / zeg ik liever niet" is an answer (null); a skipped question has no key.
			scores[d] = null;
			answered++;
		}
	}
	if (answered === 0) errors.scores = texts.errors.scores;

	const good = cleanText(str('good'));
	const better = cleanText(str('better'));
	values.good = good.slice(0, MAX_TEXT * 2);
	values.better = better.slice(0, MAX_TEXT * 2);
	if (good.length > MAX_TEXT) errors.good = texts.errors.tooLong(MAX_TEXT);
	if (better.length > MAX_TEXT) errors.better = texts.errors.tooLong(MAX_TEXT);

	const contactName = cleanText(str('contactName'));
	const contact = cleanText(str('contact'));
	values.contactName = contactName.slice(0, MAX_CONTACT * 2);
	values.contact = contact.slice(0, MAX_CONTACT * 2);
	if (!!contactName !== !!contact) errors.contact = texts.errors.contactMissing;
	if (contactName.length > MAX_CONTACT) errors.contactName = texts.errors.tooLong(MAX_CONTACT);
	if (contact.length > MAX_CONTACT) errors.contact = texts.errors.tooLong(MAX_CONTACT);

	let media: ResponseInput['media'] = null;
	const file = data.get('media');
	if (file && typeof file === 'object' && 'size' in file && file.size > 0) {
		if (file.size > MAX_MEDIA_MB * 1024 * 1024) errors.media = texts.errors.mediaTooBig(MAX_MEDIA_MB);
		else {
			const bytes = Buffer.from(await file.arrayBuffer());
			const mimeType = checkRecording(file.type, bytes);
			if (mimeType) media = { mimeType, bytes };
			else errors.media = texts.errors.mediaType;
		}
	}

	if (Object.keys(errors).length > 0) return { input: null, values, errors };
	return {
		input: {
			raterType: rater as RaterType,
			scores,
			good,
			better,
			contactName: contactName || null,
			contact: contact || null,
			media
		},
		values,
		errors
	};
}
