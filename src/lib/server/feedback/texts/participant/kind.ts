import type { ParticipantTexts } from './types';
import { eenvoudig } from './eenvoudig';

/** For children and young people (a youth council can give advice too): easy-read, a little warmer. */
export const kind: ParticipantTexts = {
	...eenvoudig,
	joinIntro: 'Typ de code van het scherm. Je naam hoeft niet. Niemand weet wat jij kiest.',
	sent: 'Top, je tip is verstuurd! Heb je nog een tip? Stuur hem ook.',
	voteLegend: (dots) => `Je hebt ${dots} stippen. Zet ze bij wat jij het belangrijkst vindt`,
	closedThanks: 'Klaar! Dank je wel voor het meedoen.'
};
