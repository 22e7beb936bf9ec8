import type { ParticipantTexts } from './types';
import { nl } from './nl';

/** Easy-read Dutch (taalniveau A2–B1): short sentences, one message each, no hard words. */
export const eenvoudig: ParticipantTexts = {
	...nl,
	joinIntro: 'Typ de code van het scherm. Je hoeft je naam niet te geven.',
	groupHelp: 'Je kiest maar één keer. Niemand weet wie jij bent.',
	sent: 'Je tip is verstuurd. Dank je wel! Wil je nog een tip sturen? Dat mag.',
	tipHelp: (max) => `Schrijf kort. Niet meer dan ${max} letters. Eén tip per keer.`,
	clustering:
		"De begeleider maakt nu groepjes van de tips. Dat zijn thema's. Daarna mag je stemmen. Deze pagina verandert vanzelf.",
	voteLegend: (dots) => `Je krijgt ${dots} stippen. Geef ze aan de thema's die jij het belangrijkst vindt`,
	dotsLeft: (left, total) => `Je hebt nog ${left} van de ${total} stippen.`,
	voted: 'Je stippen zijn bewaard. Je mag ze nog veranderen. Dat kan zolang het stemmen open is.',
	top: 'Het stemmen is klaar. De groep kiest nu de beste ideeën.',
	closedThanks: 'Het is klaar. Dank je wel voor je tips en je stem!',
	refresh: 'Laad de pagina opnieuw. Dan zie je of er iets veranderd is.',
	errors: {
		...nl.errors,
		codeUnknown: 'Deze code klopt niet. Kijk goed naar de code op het scherm. De code heeft zes letters en cijfers.',
		closed: 'Deze sessie is klaar. Je kunt geen tips of stippen meer geven.',
		tipsPhase: 'Je kunt nu geen tips meer sturen. De begeleider is al verder gegaan.',
		votingPhase: 'Je kunt nu niet stemmen. Het stemmen is nog niet begonnen, of het is al klaar.',
		tipTooLong: (max) => `Je tip is te lang. Gebruik niet meer dan ${max} letters.`,
		dotsTooMany: (max, total, extra) =>
			`Je hebt ${max} stippen. Je gaf er ${total}. Dat is te veel. Haal er ${extra} weg. Je keuzes staan er nog.`
	}
};
