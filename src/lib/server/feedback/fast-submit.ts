import type { Db } from '../db/client';
import { formQuestionKeys } from './dimensions';
import { FeedbackError } from './feedback-error';
import { needsFollowUp } from './questionnaire';
import { pickResidentLanguage } from './resident-language';
import { parseResponseForm } from './response-input';
import { sentFlagName } from './sent-flag';
import { openSubmission, submitFeedbackResponse } from './submit-feedback-response';
import { residentTexts } from './texts';

/** What became of a resident's form taken without the page (see fastSubmit). */
export type FastSubmitOutcome =
	/** Stored: send the resident to `location`; for a personal link, set the "already answered" flag. */
	| { kind: 'stored'; location: string; sentFlag: { name: string; path: string } | null }
	/** Nothing was written: the page's action takes the form from the start. */
	| { kind: 'declined' }
	/** The database refused it (closed, paused, used card, flood…) and stored nothing of the answers:
	 * the page's action shows this error with the answers, without trying again. */
	| { kind: 'refused'; error: FeedbackError };

/**
 * A resident's answers, posted without a recording to /f/<token or card code>?/verstuur (the fields
 * already read from the body), stored without rendering the page: the common case (a valid form, no follow-up question) is a redirect to the
 * thank-you page, and this is what the page's action does for it, step by step (+page.server.ts).
 * Every other case — a form with an error, an expired form, the follow-up question — is declined
 * before anything is written, so the page's action answers it as always.
 */
export async function fastSubmit(
	tokenOrCode: string,
	url: URL,
	data: URLSearchParams,
	acceptLanguage: string | null | undefined,
	ctx: { db: Db; secret: string }
): Promise<FastSubmitOutcome> {
	const formToken = data.get('formToken') ?? '';
	const language = pickResidentLanguage(url, acceptLanguage, data.get('taal'));
	let submission;
	try {
		submission = await openSubmission(tokenOrCode, formToken, ctx.db, ctx.secret);
	} catch (e) {
		if (e instanceof FeedbackError) return { kind: 'declined' };
		throw e;
	}
	const { facts, claims } = submission;
	if (!claims) return { kind: 'declined' };
	const t = residentTexts(language, facts.address);
	const parsed = await parseResponseForm(data, t, formQuestionKeys(facts.template));
	if (!parsed.input || parsed.input.media) return { kind: 'declined' };
	const { scores, good, better } = parsed.input;
	if (needsFollowUp(scores, good, better)) return { kind: 'declined' };
	try {
		await submitFeedbackResponse(
			tokenOrCode,
			ctx.db,
			{ ...parsed.input, language, formToken },
			{ secret: ctx.secret, submission }
		);
	} catch (e) {
		if (e instanceof FeedbackError) return { kind: 'refused', error: e };
		throw e;
	}
	return {
		kind: 'stored',
		location: `${url.pathname}/bedankt?taal=${language}`,
		sentFlag: claims.cardCode ? null : { name: sentFlagName(facts.requestId), path: url.pathname }
	};
}
