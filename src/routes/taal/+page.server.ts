import { redirect } from '@sveltejs/kit';
import { cookieMaxAge, cookieName, isLocale } from '$lib/paraglide/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

/** Only same-site paths: never redirect to another origin from a form field. */
function safePath(value: FormDataEntryValue | null): string {
	const path = typeof value === 'string' ? value : '/';
	return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/';
}

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
