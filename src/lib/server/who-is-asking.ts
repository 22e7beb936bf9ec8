import { paragraphsOf, privacyTextsOf, type PrivacyAudience } from '../organisation/privacy-texts';
import { aboutTexts } from './feedback/texts/about';
import type { ResidentLanguage } from './feedback/texts';

/** What a resident or participant page may show of the organisation behind its link or code. */
export interface PublicOrganisation {
	name: string;
	contactEmail: string | null;
	settings: Record<string, unknown>;
	/** k: the feedback batch size. */
	batchSize: number;
	/** The retention periods in months the privacy text names (retention.ts). */
	feedbackRetentionMonths: number;
	adviceRetentionMonths: number;
}

/** The plain strings of the "Wie vraagt dit?" block (src/lib/components/WhoIsAsking.svelte). */
export interface WhoIsAsking {
	label: string;
	/**
	 * The sentence that names the organisation, split around its name; before a code is typed, that the
	 * next page says who asks; null for a link or code that matches nothing (an error page).
	 */
	who: { before: string; name: string; after: string } | string | null;
	contactLabel: string;
	contact: string | null;
	privacyTitle: string;
	privacy: string[];
}

/** The smallest k an organisation can set (update-organisation.ts): true for every organisation. */
const K_FLOOR = 3;

/**
 * The block in the page's language: the organisation's name and contact address where the link or
 * code is known, and its own privacy text for this language, else the default text in this language.
 */
export function whoIsAsking(
	audience: PrivacyAudience,
	language: ResidentLanguage,
	organisation: PublicOrganisation | null,
	options: { address?: 'je' | 'u'; worker?: string | null; codeGiven?: boolean } = {}
): WhoIsAsking {
	const t = aboutTexts(language, options.address);
	const own = organisation ? privacyTextsOf(organisation.settings)[audience][language] : undefined;
	const sentence = audience === 'feedback' ? t.feedbackFrom : t.adviceFrom;
	const [before, after] = sentence.split('{org}');
	const org = organisation?.name ?? null;
	return {
		label: t.label,
		who: org
			? { before, name: org, after: after ?? '' }
			: options.codeGiven
				? null
				: audience === 'feedback'
					? t.feedbackUnknown
					: t.adviceUnknown,
		contactLabel: t.contact,
		contact: organisation?.contactEmail || null,
		privacyTitle: audience === 'feedback' ? t.feedbackPrivacyTitle : t.advicePrivacyTitle,
		privacy: own
			? paragraphsOf(own)
			: audience === 'feedback'
				? t.feedbackPrivacy({
						worker: options.worker ?? null,
						k: Math.max(organisation?.batchSize ?? K_FLOOR, K_FLOOR),
						org,
						months: organisation?.feedbackRetentionMonths ?? null
					})
				: t.advicePrivacy({ org, months: organisation?.adviceRetentionMonths ?? null })
	};
}
