import { isResidentLanguage, type ResidentLanguage } from './texts';

/**
 * The resident's language: from `?taal=` (the language links on the page) or the form, else from the
 * browser's Accept-Language, else Dutch. Kept in the URL and the form, never in a cookie.
 */
export function pickResidentLanguage(
	url: URL,
	acceptLanguage: string | null | undefined,
	formValue?: unknown
): ResidentLanguage {
	if (isResidentLanguage(formValue)) return formValue;
	const fromUrl = url.searchParams.get('taal');
	if (isResidentLanguage(fromUrl)) return fromUrl;
	for (const part of (acceptLanguage ?? '').split(',')) {
		const tag = part.split(';')[0].trim().toLowerCase().split('-')[0];
		if (isResidentLanguage(tag)) return tag;
	}
	return 'nl';
}
