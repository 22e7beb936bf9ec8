/**
 * Doorvragen: when the resident gets one more, optional question after sending (docs/adr/0012). Not a
 * use case: one pure rule, explained in the ADR and tested as a table in follow-up-rule.spec.ts.
 *
 * Seed 001: "Voor constructieve feedback moet je goed doorvragen. Je krijgt al snel sociaal wenselijke
 * antwoorden." The pattern is praise without anything to learn from: only positive scores, and open
 * answers that say nothing concrete ("goed", "prima", "niks", or a long row of compliments).
 */
import { TOP_SCORE } from './questionnaire';

/** Which follow-up question to ask: "Wat maakte het goed?" or "Wat kan nog beter?". */
export type FollowUpKind = 'good' | 'better';

/** The mild "Ja" (TOP_SCORE is "Ja, heel erg"): the lowest score that is still all praise. */
const POSITIVE = 4;
/** More words than this in both answers together, all without detail, is "long generic praise". */
const LONG_PRAISE_WORDS = 6;

/**
 * Words that carry no concrete detail: praise, intensifiers, filler and function words. Mostly Dutch
 * and English (the languages most residents write in); a few of the most common praise words of the
 * other resident languages, so that "çok iyi" or "дуже добре" count as praise too. A word that is not
 * here counts as a detail — when in doubt the rule asks nothing (a follow-up must never nag).
 */
const WITHOUT_DETAIL = new Set(
	[
		// Dutch: praise and intensifiers
		'goed goede prima top toppie topper super oké oke ok okay fijn fijne leuk leuke lief lieve aardig aardige',
		'vriendelijk vriendelijke prettig prettige fantastisch geweldig geweldige perfect uitstekend uitstekende',
		'tevreden blij dankbaar bedankt dank dankjewel dankuwel behulpzaam behulpzame sympathiek sympathieke',
		'mooi netjes heerlijk fantastische professioneel professionele kundig kundige aanrader aanraden',
		'heel hele erg echt zeer zo zoveel best beste zeker absoluut ontzettend enorm altijd steeds nooit',
		'gewoon eigenlijk toch even wel ook nog heus prima',
		// Dutch: generic nouns and verbs of praise
		'mens persoon vrouw man meid dame medewerker medewerkster hulpverlener contact hulp begeleiding',
		'geholpen helpt hielp helpen help werk werkt doet deed doen gedaan ga gaat gaan ging doorgaan',
		'door houden zou zouden weet weten idee verbeteren verbeterpunten verbeterpunt beter meer',
		'alles allemaal iedereen niks niets geen nee ja nvt n v t aan',
		// Dutch: function words
		'ik je jij u hij zij ze het we wij jullie mij me mijn m n jou jouw uw haar hem hun ons onze',
		'de een t dit dat die deze er hier daar en of maar want dus als dan zoals wat hoe wie waar',
		'is was zijn ben bent waren wordt werd worden heeft heb hebt had hadden kan kun kunt kon',
		'moet mag wil met van voor op in bij over naar om te tot uit',
		// English
		'good great nice kind friendly helpful lovely excellent perfect fine happy thanks thank',
		'very really so always all everything nothing no not none yes person woman man lady help helped',
		'i you she he they it we me my her him his their our the a an and or but',
		'is was are were be been has have had can could would will do did does done',
		'with of for to in on at about keep going up work job well more better improve know don dont idea n a',
		// Other resident languages: the commonest praise and filler words
		'çok iyi güzel her şey teşekkürler teşekkür ederim yok hiç harika süper memnunum gayet',
		'bardzo dobrze dobra dobry wszystko nic dziękuję świetnie miła miły jest było porządku i w',
		'дуже добре все усе нічого дякую чудово гарно було і так',
		'جيد جيدة جدا جدًا ممتاز ممتازة شكرا شكرًا كل شيء لا كان كانت رائع رائعة'
	]
		.join(' ')
		.split(' ')
		.map((w) => w.normalize('NFKC'))
);

/** The words of a text: letters and digits, lower case (punctuation and emoji are no words). */
const wordsOf = (text: string) =>
	text
		.normalize('NFKC')
		.toLowerCase()
		.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/**
 * A text holds a concrete detail when at least two of its words are no praise or filler words: "Ze
 * belde terug", "Hielp met de brief van de gemeente". "Goed", "prima, niks" and "Heel fijn en altijd
 * vriendelijk, echt een topper" hold none.
 */
export function hasDetail(text: string): boolean {
	return wordsOf(text).filter((w) => !WITHOUT_DETAIL.has(w)).length >= 2;
}

/**
 * The rule, in words: ask when every score the resident gave is positive (4 or 5) and neither open
 * answer holds a concrete detail. Only 5s and short answers (the old rule): "Wat maakte het goed?".
 * A 4 among them, or many words of praise: "Wat kan nog beter?" — the half that was left unsaid.
 * "Weet ik niet" answers do not count; without any score there is nothing to follow up.
 */
export function followUpFor(scores: Record<string, number | null>, good: string, better: string): FollowUpKind | null {
	const given = Object.values(scores).filter((s): s is number => s !== null);
	if (given.length === 0 || given.some((s) => s < POSITIVE)) return null;
	if (hasDetail(good) || hasDetail(better)) return null;
	const short = wordsOf(good).length + wordsOf(better).length <= LONG_PRAISE_WORDS;
	return given.every((s) => s === TOP_SCORE) && short ? 'good' : 'better';
}
