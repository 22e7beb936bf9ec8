import { pickResidentLanguage } from '../feedback/resident-language';
import { isResidentLanguage, RESIDENT_LANGUAGES, residentTexts, type ResidentLanguage } from '../feedback/texts';
import { participantTexts } from '../feedback/texts/participant';

/** The language links on a participant's page: every resident variant, in its own name and script. */
export const PARTICIPANT_LANGUAGES = RESIDENT_LANGUAGES.map((code) => {
	const t = residentTexts(code);
	return { code, name: t.name, lang: t.lang, dir: t.dir };
});

/**
 * A participant's language, picked as the resident form picks it (docs/adr/0005): `?taal=`, else the
 * browser's Accept-Language, else Dutch; never a cookie. Sets `<html lang dir>` for the page.
 * `query` keeps a chosen language in the page's form actions and redirects ("taal=ar"), or is empty
 * when the browser's own language decided.
 */
export function participantLanguage(event: {
	url: URL;
	request: Request;
	locals: Pick<App.Locals, 'htmlLang' | 'htmlDir'>;
}): { language: ResidentLanguage; t: ReturnType<typeof participantTexts>; query: string } {
	const language = pickResidentLanguage(event.url, event.request.headers.get('accept-language'));
	const t = participantTexts(language);
	event.locals.htmlLang = t.lang;
	event.locals.htmlDir = t.dir;
	const chosen = event.url.searchParams.get('taal');
	return { language, t, query: isResidentLanguage(chosen) ? `taal=${chosen}` : '' };
}
