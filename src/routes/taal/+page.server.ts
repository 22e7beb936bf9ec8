import { redirect } from '@sveltejs/kit';
import { cookieMaxAge, cookieName, isLocale } from '$lib/paraglide/runtime';
import { safePath } from '$lib/safe-path';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const data = await request.formData().catch(() => new FormData());
		const locale = data.get('locale');
		if (typeof locale === 'string' && isLocale(locale)) {
			cookies.set(cookieName, locale, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax' });
		}
		redirect(303, safePath(data.get('redirectTo')));
	}
};
