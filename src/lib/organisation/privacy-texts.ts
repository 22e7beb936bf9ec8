/**
 * The organisation's own privacy texts for residents and participants (issue 13, item 2), kept in
 * `organisation.settings.privacy` as `{ feedback: { nl: '…', ar: '…' }, advice: { … } }`. A language
 * without a text of its own shows Vakspiegel's default text in that language
 * (src/lib/server/feedback/texts/about). Shared by the admin form (validation) and the server.
 */

/** The resident languages (same list and order as RESIDENT_LANGUAGES; texts.spec.ts checks it). */
export const PRIVACY_LANGUAGES = ['nl', 'eenvoudig', 'kind', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type PrivacyLanguage = (typeof PRIVACY_LANGUAGES)[number];

/** feedback: the resident pages (/f); advice: the participant pages of advice sessions (/doe-mee). */
export const PRIVACY_AUDIENCES = ['feedback', 'advice'] as const;
export type PrivacyAudience = (typeof PRIVACY_AUDIENCES)[number];

/** Long enough for a short statement in a few paragraphs; the resident page stays light (≤ 20 KB). */
export const PRIVACY_TEXT_MAX = 1500;

export type PrivacyFieldName = `privacy_${PrivacyAudience}_${PrivacyLanguage}`;

export const privacyFieldName = (audience: PrivacyAudience, language: PrivacyLanguage): PrivacyFieldName =>
	`privacy_${audience}_${language}`;

export const PRIVACY_FIELD_NAMES: PrivacyFieldName[] = PRIVACY_AUDIENCES.flatMap((a) =>
	PRIVACY_LANGUAGES.map((l) => privacyFieldName(a, l))
);

export type PrivacyTexts = Record<PrivacyAudience, Partial<Record<PrivacyLanguage, string>>>;

/** The organisation's own texts from its settings; anything malformed counts as "no own text". */
export function privacyTextsOf(settings: Record<string, unknown> | null | undefined): PrivacyTexts {
	const raw = settings?.privacy;
	const out: PrivacyTexts = { feedback: {}, advice: {} };
	if (!raw || typeof raw !== 'object') return out;
	for (const audience of PRIVACY_AUDIENCES) {
		const texts = (raw as Record<string, unknown>)[audience];
		if (!texts || typeof texts !== 'object') continue;
		for (const language of PRIVACY_LANGUAGES) {
			const text = (texts as Record<string, unknown>)[language];
			if (typeof text === 'string' && text.trim() !== '') out[audience][language] = text;
		}
	}
	return out;
}

/** A text as paragraphs: an empty line starts a new one; single line breaks stay inside it. */
export const paragraphsOf = (text: string): string[] =>
	text
		.split(/\n\s*\n/u)
		.map((p) => p.trim())
		.filter(Boolean);
