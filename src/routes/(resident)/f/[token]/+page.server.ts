import { error, fail, redirect } from '@sveltejs/kit';
import { readForm, type FormFields } from '$lib/server/read-form';
import { FeedbackError } from '$lib/server/feedback/feedback-error';
import { findFeedbackTarget } from '$lib/server/feedback/find-feedback-target';
import { getFeedbackForm } from '$lib/server/feedback/get-feedback-form';
import { pickResidentLanguage } from '$lib/server/feedback/resident-language';
import { factsOf } from '$lib/server/feedback/request-facts';
import { parseResponseForm, MAX_MEDIA_MB, MAX_TEXT } from '$lib/server/feedback/response-input';
import { openSubmission } from '$lib/server/feedback/submission';
import { submitFeedbackResponse } from '$lib/server/feedback/submit-feedback-response';
import { submitFollowUp } from '$lib/server/feedback/submit-follow-up';
import { RESIDENT_LANGUAGES, residentTexts } from '$lib/server/feedback/texts';
import { formQuestionKeys, formQuestions } from '$lib/server/feedback/dimensions';
import { pageTexts } from '$lib/server/feedback/resident-page-texts';
import { residentErrorPage } from '$lib/server/feedback/resident-error-page';
import { SENT_FLAG, sentFlagName } from '$lib/server/feedback/sent-flag';
import { isSignedInBrowser } from '$lib/server/feedback/signed-in';
import { notifyContactRequest } from '$lib/server/feedback/notify-contact-request';
import { config } from '$lib/server/config';
import { logger } from '$lib/server/logger';
import { mailer } from '$lib/server/mail';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const languageOf = (event: Pick<RequestEvent, 'url' | 'request'>, formValue?: unknown) =>
	pickResidentLanguage(event.url, event.request.headers.get('accept-language'), formValue);

const LANGUAGES = RESIDENT_LANGUAGES.map((code) => {
	const t = residentTexts(code);
	return { code, name: t.name, lang: t.lang, dir: t.dir };
});

export const load: PageServerLoad = async (event) => {
	const { params, locals, cookies } = event;
	// After a submit the URL is "?/verstuur": the language the resident chose came with the form.
	const language = languageOf(event, locals.feedbackDone?.language);
	const page = (
		p: {
			firstName: string;
			batchSize: number;
			address: 'je' | 'u';
			formToken: string;
			isCard: boolean;
			alreadySent: boolean;
		},
		template: Parameters<typeof formQuestions>[0] = null
	) => {
		const t = residentTexts(language, p.address);
		locals.htmlLang = t.lang;
		locals.htmlDir = t.dir;
		return {
			...p,
			signedIn: isSignedInBrowser(cookies) ? t.errors.signedIn : null,
			t: pageTexts(t, p.firstName, p.batchSize),
			language,
			languages: LANGUAGES,
			questions: formQuestions(template, language, t, p.firstName),
			maxText: MAX_TEXT,
			maxMediaBytes: MAX_MEDIA_MB * 1024 * 1024
		};
	};
	// Right after a submit that asks the follow-up question the card may be used up: show that step.
	if (locals.feedbackDone) {
		const { firstName, batchSize, address } = locals.feedbackDone;
		return page({ firstName, batchSize, address, formToken: '', isCard: false, alreadySent: false });
	}
	try {
		const form = await getFeedbackForm(params.token, locals.app.database.db, locals.app.secret);
		return page(
			{
				firstName: form.firstName,
				batchSize: form.batchSize,
				address: form.address,
				formToken: form.formToken,
				isCard: !!form.cardCode,
				alreadySent: !form.cardCode && cookies.get(sentFlagName(form.requestId)) === '1'
			},
			form.template
		);
	} catch (e) {
		if (e instanceof FeedbackError && locals.feedbackRefused) {
			// A submit was just refused (the card was used meanwhile, the request closed): the form
			// stays on the page with the message and the resident's text, but cannot be sent again.
			const target = await findFeedbackTarget(params.token, locals.app.database.db).catch(() => null);
			if (target) {
				const { firstName, address } = factsOf(target);
				return page(
					{
						firstName,
						batchSize: target.batchSize,
						address,
						formToken: '',
						isCard: !!target.card,
						alreadySent: false
					},
					target.template
				);
			}
		}
		if (e instanceof FeedbackError) {
			const t = residentTexts(language);
			locals.htmlLang = t.lang;
			locals.htmlDir = t.dir;
			// A paused or closed request still has its "je" or "u"; an unknown link or code has none.
			const target =
				e.reason === 'paused' || e.reason === 'closed'
					? await findFeedbackTarget(params.token, locals.app.database.db).catch(() => null)
					: null;
			const address = target ? factsOf(target).address : 'je';
			error(e.status, residentErrorPage(e.reason, { language, address, path: event.url.pathname }));
		}
		throw e;
	}
};

export const actions: Actions = {
	verstuur: async (event) => {
		const { params, locals, request, cookies, url } = event;
		let data: FormFields;
		try {
			data = await readForm(request);
		} catch {
			const t = residentTexts(languageOf(event));
			return fail(400, { values: {}, errors: { form: t.errors.retry }, message: t.errors.retry });
		}
		const language = languageOf(event, data.get('taal'));
		const db = locals.app.database.db;
		let submission;
		try {
			submission = await openSubmission(params.token, String(data.get('formToken') ?? ''), db, locals.app.secret);
		} catch (e) {
			if (e instanceof FeedbackError) {
				const t = residentTexts(language);
				locals.feedbackRefused = true;
				const typed = (name: string) => String(data.get(name) ?? '').slice(0, MAX_TEXT * 2);
				return fail(e.status, {
					values: { good: typed('good'), better: typed('better') },
					errors: {},
					message: t.errors[e.reason]
				});
			}
			throw e;
		}
		const { facts, claims } = submission;
		const t = residentTexts(language, facts.address);
		locals.htmlLang = t.lang;
		locals.htmlDir = t.dir;
		const parsed = await parseResponseForm(data, t, formQuestionKeys(facts.template));
		if (!parsed.input) {
			return fail(400, { values: parsed.values, errors: parsed.errors, message: Object.values(parsed.errors)[0] });
		}
		if (isSignedInBrowser(cookies)) {
			// The form's token is not used up: after signing out the same form can be sent.
			return fail(403, { values: parsed.values, errors: {}, message: t.errors.signedIn });
		}
		let result;
		try {
			result = await submitFeedbackResponse(
				params.token,
				db,
				{ ...parsed.input, language, formToken: String(data.get('formToken') ?? '') },
				{ secret: locals.app.secret, submission, recordings: locals.app.recordings }
			);
		} catch (e) {
			if (e instanceof FeedbackError) {
				// The resident's answers come back in the form: nothing typed is lost.
				locals.feedbackRefused = true;
				return fail(e.status, {
					values: parsed.values,
					errors: {},
					message: t.errors[e.reason]
				});
			}
			throw e;
		}
		if (result.contactRequestFor) {
			// Not awaited: the resident's page does not wait for a mail server (nor tells it anything).
			notifyContactRequest(db, result.contactRequestFor, { origin: config.origin, mailer }).catch((e) =>
				logger.warn({ err: (e as Error).message }, 'contact request notice not sent')
			);
		}
		if (!claims?.cardCode) {
			cookies.set(sentFlagName(facts.requestId), '1', { ...SENT_FLAG, path: url.pathname });
		}
		if (result.followUpToken) {
			// The card may be used up now: the page's load shows the follow-up step from this.
			locals.feedbackDone = {
				firstName: facts.firstName,
				batchSize: result.batchSize,
				address: facts.address,
				language
			};
			return { followUpToken: result.followUpToken, followUp: result.followUp, language };
		}
		redirect(303, `${url.pathname}/bedankt?taal=${language}`);
	},
	vervolg: async (event) => {
		const { locals, request, url } = event;
		const data = await readForm(request).catch(() => new URLSearchParams());
		const language = languageOf(event, data.get('taal'));
		const text = String(data.get('followUp') ?? '');
		const token = String(data.get('followUpToken') ?? '');
		// Only picks the question's wording when the step is shown again; nothing of it is stored.
		const followUp = data.get('followUpKind') === 'better' ? 'better' : 'good';
		if (data.get('skip') === null && text.trim()) {
			if (text.length > MAX_TEXT) {
				const t = residentTexts(language);
				return fail(400, {
					followUpToken: token,
					followUp,
					language,
					followUpValue: text.slice(0, MAX_TEXT * 2),
					message: t.errors.tooLong(MAX_TEXT),
					errors: {},
					values: {}
				});
			}
			try {
				await submitFollowUp(token, locals.app.database.db, { text }, { secret: locals.app.secret });
			} catch (e) {
				if (!(e instanceof FeedbackError)) throw e;
				// An expired follow-up is not worth an error: the main answers are safely stored.
			}
		}
		redirect(303, `${url.pathname}/bedankt?taal=${language}`);
	}
};
