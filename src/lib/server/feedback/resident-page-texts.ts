import { DIMENSIONS, type Dimension } from './questionnaire';
import type { ResidentTexts } from './texts';
import type { RaterType } from '../db/schema';
import { MAX_MEDIA_MB } from './response-input';

/** The texts of a resident page as plain strings, filled in with the worker's first name and k. */
export interface PageTexts {
	lang: string;
	dir: 'ltr' | 'rtl';
	title: string;
	intro: [string, string];
	languageLabel: string;
	readAloud: string;
	readAll: string;
	stopReading: string;
	alreadySent: string;
	raterLegend: string;
	raters: Record<RaterType, string>;
	questions: Record<Dimension, string>;
	dontKnow: string;
	good: string;
	better: string;
	openHint: string;
	media: string;
	mediaHint: string;
	contactLegend: string;
	contactHint: string;
	contactName: string;
	contactWay: string;
	submit: string;
	followUpTitle: string;
	followUp: string;
	followUpBetter: string;
	recorder: ResidentTexts['recorder'];
	/** The size check before sending (static/recording.js): the message in this language. */
	mediaTooBig: string;
	followUpSend: string;
	followUpSkip: string;
	thanksTitle: string;
	thanks: string;
	errorTitle: string;
	retry: string;
}

export function pageTexts(t: ResidentTexts, worker: string, k: number): PageTexts {
	return {
		lang: t.lang,
		dir: t.dir,
		title: t.title(worker),
		intro: t.intro(worker, k),
		languageLabel: t.languageLabel,
		readAloud: t.readAloud,
		readAll: t.readAll,
		stopReading: t.stopReading,
		alreadySent: t.alreadySent,
		raterLegend: t.raterLegend,
		raters: t.raters,
		questions: Object.fromEntries(DIMENSIONS.map((d) => [d, t.questions[d](worker)])) as Record<Dimension, string>,
		dontKnow: t.dontKnow,
		good: t.good(worker),
		better: t.better(worker),
		openHint: t.openHint,
		media: t.media,
		mediaHint: typeof t.mediaHint === 'function' ? t.mediaHint(worker) : t.mediaHint,
		contactLegend: t.contactLegend,
		contactHint: t.contactHint(worker),
		contactName: t.contactName,
		contactWay: t.contactWay,
		submit: t.submit,
		followUpTitle: t.followUpTitle,
		followUp: t.followUp(worker),
		followUpBetter: t.followUpBetter(worker),
		recorder: t.recorder,
		mediaTooBig: t.errors.mediaTooBig(MAX_MEDIA_MB),
		followUpSend: t.followUpSend,
		followUpSkip: t.followUpSkip,
		thanksTitle: t.thanksTitle,
		thanks: t.thanks(worker),
		errorTitle: t.errorTitle,
		retry: t.errors.retry
	};
}
