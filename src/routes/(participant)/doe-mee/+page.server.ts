import { fail, redirect } from '@sveltejs/kit';
import { normaliseJoinCode } from '$lib/server/advice/create-advice-session';
import { findSessionByCode } from '$lib/server/advice/participant';
import { AppError } from '$lib/server/errors';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => ({ path: url.pathname, locale: locals.locale });

/** "/doe-mee": type the code shown on the wall. */
export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await request.formData().catch(() => new FormData());
		const typed = String(form.get('code') ?? '').slice(0, 20);
		const code = normaliseJoinCode(typed);
		if (!code) return fail(400, { code: typed, message: m.advice_error_code_unknown() });
		try {
			await findSessionByCode(code, locals.app.database.db);
		} catch (e) {
			if (e instanceof AppError) return fail(e.status, { code: typed, message: e.message });
			throw e;
		}
		redirect(303, `/doe-mee/${code}`);
	}
};
