import { capitalise, type AboutTexts } from './types';

/** The child variant: few words, "je". */
export const kind: AboutTexts = {
	label: 'Wie vraagt dit?',
	feedbackFrom: 'Deze vragen komen van {org}.',
	adviceFrom: 'Deze bijeenkomst is van {org}.',
	feedbackUnknown: 'Op de volgende bladzijde zie je wie dit vraagt.',
	adviceUnknown: 'Op de volgende bladzijde zie je wie dit organiseert.',
	contact: 'Een vraag? Mail naar',
	feedbackPrivacyTitle: 'Wat gebeurt er met je antwoorden?',
	advicePrivacyTitle: 'Wat gebeurt er met je tips?',
	feedbackPrivacy: ({ worker, org, months }) => {
		const w = worker ?? 'de medewerker';
		return [
			'We bewaren je antwoorden en de dag. Je naam bewaren we niet. Je telefoon onthoudt een halve dag dat je iets stuurde.',
			`${capitalise(w)} leest je antwoorden pas samen met die van andere mensen. Zo weet ${w} niet wat jij zei. Andere mensen van het werk lezen ze niet.`,
			`Schrijf je je naam op? Dan ziet ${w} je naam. Stuur je een filmpje of geluid? Dan kan ${w} je misschien herkennen.`,
			months
				? `Na ${months} maanden gooien we je antwoorden weg.`
				: `We bewaren je antwoorden tot ${org ?? 'de organisatie'} ze weggooit.`
		];
	},
	advicePrivacy: ({ org, months }) => [
		'We bewaren je tips, je stippen en de dag. Je naam bewaren we niet.',
		'Je tips komen op het scherm, zonder je naam. Niemand weet welke tip van jou is.',
		months
			? `Na ${months} maanden gooien we de tips weg.`
			: `We bewaren de tips tot ${org ?? 'de organisatie'} ze weggooit.`
	]
};
