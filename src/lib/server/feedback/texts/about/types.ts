/**
 * "Wie vraagt dit?": the block on every resident and participant page (issue 13, item 2) that says
 * which organisation asks, where to ask questions, and what happens with what the person sends. The
 * default privacy texts must say what the code really does (submit-feedback-response.ts,
 * release-batches.ts, advice/participant.ts, retention.ts); change them when that changes.
 * `{org}` in a sentence is replaced by the organisation's name.
 */
export interface AboutTexts {
	/** The block's accessible name. */
	label: string;
	feedbackFrom: string;
	adviceFrom: string;
	/** Before a card or join code is known (/f, /doe-mee): the next page says who asks. */
	feedbackUnknown: string;
	adviceUnknown: string;
	/** Before the contact e-mail address (a link). */
	contact: string;
	feedbackPrivacyTitle: string;
	advicePrivacyTitle: string;
	/**
	 * `worker` (first name), `org` and `months` (the organisation's retention period, retention.ts) are
	 * null where not known yet; `k` is the batch size (at least 3).
	 */
	feedbackPrivacy: (p: { worker: string | null; k: number; org: string | null; months: number | null }) => string[];
	advicePrivacy: (p: { org: string | null; months: number | null }) => string[];
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
