import type { FeedbackErrorReason } from './feedback-error';
import { residentTexts, type ResidentLanguage } from './texts';

type PageReason = keyof ReturnType<typeof residentTexts>['errorPages'];

/**
 * The error a resident page throws (SvelteKit's App.Error): a short title, what it means and what to
 * do next, with links that say where they go, in the resident's language (issue 13, item 9). Shown
 * by src/routes/(resident)/+error.svelte. There is no page for a used card: it opens its form like an
 * unused one, so `cardUsed` (never thrown any more) gets the general page.
 */
export function residentErrorPage(
	reason: FeedbackErrorReason | 'other',
	options: { language: ResidentLanguage; address?: 'je' | 'u'; path: string }
): App.Error {
	const { language, address = 'je', path } = options;
	const t = residentTexts(language, address);
	const pageReason: PageReason =
		reason === 'notFound' || reason === 'cardUnknown' || reason === 'closed' || reason === 'paused' ? reason : 'other';
	const { title, text } = t.errorPages[pageReason];
	const typeCode = { href: `/f?taal=${language}`, text: t.typeCardCode };
	const again = { href: `${path}?taal=${language}`, text: t.tryAgain };
	const next = {
		notFound: [typeCode],
		cardUnknown: [typeCode],
		closed: [],
		paused: [again],
		other: [again]
	}[pageReason];
	return { message: text, title, next };
}
