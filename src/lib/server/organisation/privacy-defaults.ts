import {
	PRIVACY_AUDIENCES,
	PRIVACY_LANGUAGES,
	type PrivacyAudience,
	type PrivacyLanguage
} from '../../organisation/privacy-texts';
import { whoIsAsking } from '../who-is-asking';

/**
 * Vakspiegel's default privacy text per audience and language, as this organisation's residents and
 * participants would read it (with its name and k; the worker's name is not known here): shown in the
 * admin's settings beside the fields for the organisation's own texts. Not a use case: plain texts.
 */
export function privacyDefaults(org: {
	name: string;
	feedbackBatchSize: number;
	feedbackRetentionMonths: number;
	adviceRetentionMonths: number;
}): Record<PrivacyAudience, Record<PrivacyLanguage, string[]>> {
	const organisation = {
		name: org.name,
		contactEmail: null,
		settings: {},
		batchSize: org.feedbackBatchSize,
		feedbackRetentionMonths: org.feedbackRetentionMonths,
		adviceRetentionMonths: org.adviceRetentionMonths
	};
	return Object.fromEntries(
		PRIVACY_AUDIENCES.map((audience) => [
			audience,
			Object.fromEntries(
				PRIVACY_LANGUAGES.map((language) => [language, whoIsAsking(audience, language, organisation).privacy])
			)
		])
	) as Record<PrivacyAudience, Record<PrivacyLanguage, string[]>>;
}
