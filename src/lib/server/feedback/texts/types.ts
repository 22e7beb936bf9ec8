import type { Dimension } from '../questionnaire';
import type { RaterType } from '../../db/schema';
import type { ReadyScaleKind, ScaleWords } from '../../../feedback/scale';

/**
 * Everything a resident reads, in one language. Resident languages are content, not app locales
 * (docs/adr/0005): the worker's app is Dutch/English, a resident form speaks eight variants.
 */
export interface ResidentTexts {
	/** BCP 47 tag for <html lang>. */
	lang: string;
	dir: 'ltr' | 'rtl';
	/** The language's own name, for the language choice. */
	name: string;
	title: (worker: string) => string;
	/** Two short sentences before the questions: who it is about, anonymous, seen only in a group of k. */
	intro: (worker: string, k: number) => [string, string];
	languageLabel: string;
	/** The read-aloud button beside one question (its accessible name adds the question). */
	readAloud: string;
	/** The one button that reads the whole page, and the same button while it reads. */
	readAll: string;
	stopReading: string;
	/** Shown when this browser already answered this link today (another person may use the same device). */
	alreadySent: string;
	raterLegend: string;
	raters: Record<RaterType, string>;
	questions: Record<Dimension, (worker: string) => string>;
	/**
	 * Words of the ready-made answer scales, point 1 (low) … 5 (high): `face` under the five faces of
	 * "Vertrouwen" (not at all … very much), `agree` (strongly disagree … strongly agree) and
	 * `frequency` (never … always) for organisation templates. Easy-read and child variants use
	 * simpler words.
	 */
	scales: Record<ReadyScaleKind, ScaleWords>;
	dontKnow: string;
	good: (worker: string) => string;
	better: (worker: string) => string;
	openHint: string;
	media: string;
	/** A function where the text names the worker ("Alleen Sanne kan het bericht afspelen"). */
	mediaHint: string | ((worker: string) => string);
	contactLegend: string;
	contactHint: (worker: string) => string;
	contactName: string;
	contactWay: string;
	submit: string;
	followUpTitle: string;
	followUp: (worker: string) => string;
	/** The follow-up for mild or long generic praise (follow-up-rule.ts): what could be even better. */
	followUpBetter: (worker: string) => string;
	/** The in-page audio recorder (static/recorder.js, where the browser has MediaRecorder). */
	recorder: {
		start: string;
		stop: string;
		listen: string;
		remove: string;
		/** Said (aria-live) while recording; the time runs beside it. */
		recording: string;
		ready: string;
		/** No microphone, or access refused: the file input is still there. */
		failed: string;
		/** The visible label of the plain file input. */
		file: string;
	};
	followUpSend: string;
	followUpSkip: string;
	thanksTitle: string;
	thanks: (worker: string) => string;
	cardTitle: string;
	cardIntro: string;
	cardCode: string;
	cardSubmit: string;
	errorTitle: string;
	/**
	 * Pages for a link or code that opens no form: a short title, then what it means and what to do
	 * next, without repeating the title (issue 13, item 9). A used card has no page of its own: it
	 * opens its form like an unused one (SECURITY.md, "Cards"). `other` is for unexpected errors.
	 */
	errorPages: Record<'notFound' | 'cardUnknown' | 'closed' | 'paused' | 'other', { title: string; text: string }>;
	/** Link on an error page to /f, where the code of a card can be typed. */
	typeCardCode: string;
	/** Link on an error page back to the same link, to try again later. */
	tryAgain: string;
	errors: {
		rater: string;
		scores: string;
		tooLong: (max: number) => string;
		mediaTooBig: (mb: number) => string;
		mediaType: string;
		contactMissing: string;
		notFound: string;
		closed: string;
		paused: string;
		cardUsed: string;
		/** The browser is signed in to Vakspiegel: a worker cannot answer about themselves. */
		signedIn: string;
		cardUnknown: string;
		flood: string;
		expired: string;
		retry: string;
		/** The card-code guessing limit (429): when to try again. */
		tooManyTries: (seconds: number) => string;
	};
}
