import { describe, expect, it } from 'vitest';
import { splitCompound } from './compounds';
import { analyse } from './analyse';
import { TRUST_LEXICON } from './lexicon';
import { tokenise } from './normalise';
import { stem } from './stem';
import { isStopWord } from './stop-words';

const keys = (text: string) => tokenise(text).map((t) => t.key);

describe('tokenise', () => {
	it('drops HTML and decodes entities', () => {
		expect(keys('<p>Neem&nbsp;de <b>tijd</b> &amp; luister&#33;</p>')).toEqual(['neem', 'de', 'tijd', 'luister']);
		expect(keys('&#xD800; &#0; &bogus; ok')).toEqual(['bogus', 'ok']);
	});

	it('folds diacritics, ligatures, full-width letters and invisible characters, but shows the typed form', () => {
		expect(tokenise('Privé coördinatie')).toEqual([
			{ form: 'privé', key: 'prive' },
			{ form: 'coördinatie', key: 'coordinatie' }
		]);
		expect(keys('tĳd ｔｉｊｄ ti\u200bjd')).toEqual(['tijd', 'tijd', 'tijd']);
	});

	it('cuts letters typed three times or more and ignores emoji', () => {
		expect(keys('heeeeel fijnnnn 😀👍')).toEqual(['heel', 'fijnn']);
	});
});

describe('stem', () => {
	it('brings the forms of a word together', () => {
		expect(new Set(['bellen', 'belt', 'gebeld'].map(stem))).toEqual(new Set(['bel']));
		expect(new Set(['luisteren', 'luistert', 'geluisterd'].map(stem))).toEqual(new Set(['luister']));
		expect(new Set(['regels', 'regeltjes'].map(stem)).size).toBe(1);
		expect(new Set(['belofte', 'beloftes'].map(stem)).size).toBe(1);
		expect(new Set(['haast', 'gehaast'].map(stem)).size).toBe(1);
		expect(new Set(['wacht', 'wachten'].map(stem)).size).toBe(1);
	});
});

describe('splitCompound', () => {
	const known = new Set(['tijd', 'afspraak', 'afspraken', 'wijk', 'druk']);
	it('finds known heads and long known modifiers', () => {
		expect(splitCompound('wachttijd', known)).toEqual(['tijd']);
		expect(splitCompound('terugbelafspraak', known)).toEqual(['afspraak']);
		expect(splitCompound('afsprakenlijst', known)).toEqual(['afspraken']);
	});

	it('leaves derived words and short modifiers alone', () => {
		expect(splitCompound('tijdelijk', known)).toEqual([]);
		expect(splitCompound('wijkteam', known)).toEqual([]);
	});
});

describe('stop words and lexicon', () => {
	it('drops function words and the words every tip in a session shares', () => {
		expect(['de', 'en', 'sociaal', 'werker', 'vertrouwen', '12'].every(isStopWord)).toBe(true);
		expect(isStopWord('afspraak')).toBe(false);
	});

	it('lets a phrase win over the words inside it', () => {
		const names = (text: string) => TRUST_LEXICON[analyse(text).lexiconTheme!].name;
		expect(names('kom op tijd')).toBe('Afspraken nakomen');
		expect(names('neem de tijd')).toBe('Tijd en aandacht');
		expect(names('afsrpaak is afsrpaak')).toBe('Afspraken nakomen');
	});
});
