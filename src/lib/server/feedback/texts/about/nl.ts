import { capitalise, type AboutTexts } from './types';

/** Dutch at B1; "je" or "u" as the feedback request says (participants: "je"). */
export function nl(address: 'je' | 'u' = 'je'): AboutTexts {
	const u = address === 'u';
	// Unstressed "je" (subject, object, possessive) reads easiest; "jou" where it carries the stress.
	const je = u ? 'u' : 'je';
	const jou = u ? 'u' : 'jou';
	const jouw = u ? 'uw' : 'je';
	return {
		label: 'Wie vraagt dit?',
		feedbackFrom: 'Deze vragen komen van {org}.',
		adviceFrom: 'Deze sessie is van {org}.',
		feedbackUnknown: 'Op de volgende pagina staat van welke organisatie de vragen komen.',
		adviceUnknown: 'Op de volgende pagina staat van welke organisatie deze sessie is.',
		contact: 'Vragen? Mail naar',
		feedbackPrivacyTitle: `Wat gebeurt er met ${jouw} antwoorden?`,
		advicePrivacyTitle: `Wat gebeurt er met ${jouw} tips en stippen?`,
		feedbackPrivacy: ({ worker, k, org, months }) => {
			const w = worker ?? 'de medewerker';
			return [
				`We bewaren ${jouw} antwoorden, de taal en de dag waarop ${je} ze stuurde. Niet de tijd. We bewaren niet ${jouw} naam, ${jouw} IP-adres of wat voor telefoon of computer ${je} gebruikt. Na het versturen onthoudt ${jouw} telefoon of computer 12 uur dat er een antwoord is verstuurd (een cookie).`,
				`Alleen ${w} ziet ${jouw} antwoorden, en pas als er minstens ${k} antwoorden zijn. Dat is op zijn vroegst de volgende dag. ${capitalise(w)} ziet ze dan allemaal samen, en weet niet welk antwoord van ${jou} is. Collega's en de beheerder zien ${jouw} antwoorden niet.`,
				`${u ? 'Geeft u uw' : 'Geef je je'} naam voor een gesprek? Dan ziet ${w} ${jouw} naam en hoe ${w} ${je} kan bereiken. ${u ? 'Stuurt u' : 'Stuur je'} een opname? Dan kan ${w} ${jouw} stem of gezicht misschien herkennen.`,
				months
					? `We bewaren ${jouw} antwoorden ${months} maanden vanaf de dag dat ${w} ze kan lezen. Daarna worden ze vanzelf verwijderd.`
					: `We bewaren ${jouw} antwoorden tot ${org ?? 'de organisatie'} ze verwijdert.`
			];
		},
		advicePrivacy: ({ org, months }) => [
			`We bewaren ${jouw} tips, ${jouw} stippen, de groep die ${je} koos en de dag. Niet de tijd. We bewaren niet ${jouw} naam, ${jouw} IP-adres of wat voor telefoon ${je} gebruikt. Een cookie op ${jouw} telefoon onthoudt 30 dagen dat ${je} meedoet.`,
			`${capitalise(jouw)} tips komen op de muur in de zaal, zonder ${jouw} naam. De gespreksleider ziet alle tips en stippen, maar niet van wie ze zijn. Alle tips blijven in het verslag.`,
			months
				? `We bewaren de tips en stippen ${months} maanden na de sessie. Daarna worden ze vanzelf verwijderd. Hoeveel tips er waren, blijft staan.`
				: `We bewaren de tips en stippen tot ${org ?? 'de organisatie'} ze verwijdert.`
		]
	};
}
