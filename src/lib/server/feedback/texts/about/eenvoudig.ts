import { capitalise, type AboutTexts } from './types';

/** Easy-read Dutch: short sentences, one idea each, "je". */
export const eenvoudig: AboutTexts = {
	label: 'Wie vraagt dit?',
	feedbackFrom: 'Deze vragen komen van {org}.',
	adviceFrom: 'Deze bijeenkomst is van {org}.',
	feedbackUnknown: 'Op de volgende bladzijde staat wie dit vraagt.',
	adviceUnknown: 'Op de volgende bladzijde staat wie deze bijeenkomst houdt.',
	contact: 'Vragen? Stuur een mail naar',
	feedbackPrivacyTitle: 'Wat doen we met je antwoorden?',
	advicePrivacyTitle: 'Wat doen we met je tips?',
	feedbackPrivacy: ({ worker, k, org, months }) => {
		const w = worker ?? 'de medewerker';
		return [
			'We bewaren je antwoorden. We bewaren ook de taal en de dag. Niet de tijd.',
			'We bewaren je naam niet. We bewaren ook niet welke telefoon of computer je hebt. Je telefoon onthoudt 12 uur dat je iets hebt gestuurd. Dat doet een cookie.',
			`Alleen ${w} leest je antwoorden. ${capitalise(w)} leest ze pas als er ${k} of meer antwoorden zijn. Dan leest ${w} ze allemaal samen. Zo weet ${w} niet wat jij zei. Andere collega's lezen je antwoorden niet.`,
			`Schrijf je je naam op voor een gesprek? Dan ziet ${w} je naam. Stuur je een filmpje of geluid? Dan kan ${w} je misschien herkennen.`,
			months
				? `Na ${months} maanden gooien we je antwoorden weg.`
				: `We bewaren je antwoorden tot ${org ?? 'de organisatie'} ze weggooit.`
		];
	},
	advicePrivacy: ({ org, months }) => [
		'We bewaren je tips en je stippen. We bewaren ook je groep en de dag. Niet de tijd.',
		'We bewaren je naam niet. We bewaren ook niet welke telefoon je hebt. Je telefoon onthoudt 30 dagen dat je meedoet. Dat doet een cookie.',
		'Je tips komen op het scherm in de zaal. Je naam staat er niet bij. De gespreksleider ziet alle tips. Maar niet van wie ze zijn.',
		months
			? `Na ${months} maanden gooien we de tips weg.`
			: `We bewaren alles tot ${org ?? 'de organisatie'} het weggooit.`
	]
};
