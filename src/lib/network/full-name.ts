// Does a casus label look like a real person's full name? Shared by the form (to show the "toch
// opslaan" box again) and the validation; no server imports. A warning, never a refusal: the worker
// knows whether "Roos Bakker" is the client or a pseudonym (README, "Casus maken").

/** Words that stand before or inside a name but are no name themselves. */
const NOT_A_NAME = new Set(
	// tussenvoegsels and particles of Dutch, Arabic, Turkish and other surnames
	(
		'van von der den de het ter ten te in op el al bin ben bint da di du le la los del dos ' +
		// titles and words a pseudonym is made of ("Mevr. K.", "Gezin Karimi", "Demo: M.K.")
		'mevr mevrouw dhr meneer heer mr mw ms mrs miss mx juf meester dr ir ing drs prof ' +
		'gezin familie fam cliënt client casus demo oefening test moeder vader ouder ouders ' +
		'oma opa tante oom broer zus zoon dochter kind kinderen jongen meisje man vrouw'
	).split(' ')
);

/** A word that reads as a first name or surname: a capital, then at least one more letter, no dot. */
function isNameWord(word: string): boolean {
	const letters = [...word].filter((c) => /\p{L}/u.test(c));
	// A digit makes it a code or a number ("D3f9", "Kamer 12B"), not a name.
	if (letters.length < 2 || !/^\p{Lu}/u.test(word) || word.endsWith('.') || /\p{N}/u.test(word)) return false;
	if (NOT_A_NAME.has(word.replace(/[^\p{L}]/gu, '').toLocaleLowerCase('nl'))) return false;
	// "MK" or "AB" are initials written without dots.
	if (letters.length <= 3 && letters.every((c) => c === c.toLocaleUpperCase('nl'))) return false;
	return true;
}

/**
 * True for a first name and a surname ("Mohammed Karimi", "Fatima el Amrani", "Jan van der Berg",
 * "Karimi, Mohammed"): two or more capitalised words that are not initials, titles or
 * tussenvoegsels. Initials with a surname ("M. Karimi", "M.K.", "Mevr. K.") and a single name or
 * surname ("Roos", "Gezin Karimi") are fine. Lower case ("mohammed karimi") is not caught: it cannot
 * be told from a description ("moeder met twee kinderen").
 */
export function looksLikeFullName(label: string): boolean {
	const words = label.split(/[\s,;:/()]+/u).filter(Boolean);
	return words.filter(isNameWord).length >= 2;
}
