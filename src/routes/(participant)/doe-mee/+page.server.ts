import { fail, redirect } from '@sveltejs/kit';
import { normaliseJoinCode } from '$lib/server/advice/join-code';
import { findSessionByCode } from '$lib/server/advice/participant';
import { ParticipantError, refusalText } from '$lib/server/advice/participant-error';
import { participantLanguage, PARTICIPANT_LANGUAGES } from '$lib/server/advice/participant-language';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { language, t, query } = participantLanguage(event);
	return {
		language,
		languages: PARTICIPANT_LANGUAGES,
		query,
		t: {
			title: t.joinTitle,
			intro: t.joinIntro,
			code: t.code,
			go: t.go,
			errorTitle: t.errorTitle,
			languageLabel: t.languageLabel
		}
	};
};

/** "/doe-mee": type the code shown on the wall. */
export const actions: Actions = {
	default: async (event) => {
		const { request, locals } = event;
		const { t, query } = participantLanguage(event);
		const form = await request.formData().catch(() => new FormData());
		const typed = String(form.get('code') ?? '').slice(0, 20);
		const code = normaliseJoinCode(typed);
		if (!code) return fail(400, { code: typed, message: t.errors.codeUnknown });
		try {
			await findSessionByCode(code, locals.app.database.db);
		} catch (e) {
			if (e instanceof ParticipantError)
				return fail(e.status, { code: typed, message: refusalText(e.refusal, t.errors) });
			throw e;
		}
		redirect(303, `/doe-mee/${code}${query ? `?${query}` : ''}`);
	}
};
