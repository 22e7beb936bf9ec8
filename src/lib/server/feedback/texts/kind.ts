import type { ResidentTexts } from './types';

/** Dutch for children of about 8 to 12: very simple words, "je", playful but respectful. */
function others(n: number): string {
	return n <= 1 ? '1 andere persoon' : `${n} andere mensen`;
}

export const kind: ResidentTexts = {
	lang: 'nl',
	dir: 'ltr',
	name: 'Voor kinderen',
	title: (w) => `Wat vind jij van ${w}?`,
	intro: (w, k) => [
		`${w} wil graag van jou leren! Wat doet ${w} goed? En wat kan beter?`,
		`Jouw naam staat er niet bij. ${w} ziet jouw antwoorden alleen samen met die van minstens ${others(k - 1)}. Zo kan ${w} niet weten welke antwoorden van jou zijn.`
	],
	languageLabel: 'Taal',
	readAloud: 'Lees voor',
	readAll: 'Lees alles voor',
	stopReading: 'Stop met voorlezen',
	alreadySent: 'Op dit apparaat is vandaag al iets ingevuld. Ben jij iemand anders? Dan mag je gewoon beginnen.',
	raterLegend: 'Wie vult dit in?',
	raters: {
		resident: 'ik (het gaat over mij)',
		caregiver: 'ouder of familie',
		professional: 'iemand anders die helpt'
	},
	questions: {
		time: (w) => `Had ${w} genoeg tijd en aandacht voor jou?`,
		appointments: (w) => `Deed ${w} wat ${w} had beloofd?`,
		respect: (w) => `Had ${w} respect voor jou?`,
		understanding: (w) => `Snapte ${w} hoe het voor jou is?`,
		ownIdeas: (w) => `Luisterde ${w} naar jouw eigen ideeën?`,
		helped: (w) => `Heeft het gesprek met ${w} jou geholpen?`
	},
	scales: {
		face: ['Nee', 'Niet zo', 'Een beetje', 'Ja', 'Ja, heel erg!'],
		agree: ['Klopt helemaal niet', 'Klopt niet', 'Klopt een beetje', 'Klopt', 'Klopt helemaal!'],
		frequency: ['Nooit', 'Bijna nooit', 'Soms', 'Vaak', 'Altijd!']
	},
	dontKnow: 'Weet ik niet / zeg ik liever niet',
	good: (w) => `Wat doet ${w} goed?`,
	better: (w) => `Wat kan ${w} nog beter doen?`,
	openHint: 'Dit hoeft niet. Schrijf het gewoon zoals jij het zou zeggen.',
	media: 'Wil je liever iets inspreken of een filmpje maken?',
	mediaHint: (w: string) =>
		`Dit hoeft niet. Neem een kort spraakbericht of filmpje op (niet groter dan 20 MB). Alleen ${w} kan het zien en horen, samen met de andere antwoorden.`,
	contactLegend: 'Wil je praten over wat je hebt ingevuld?',
	contactHint: (w) =>
		`Dit hoeft niet. Schrijf je hier je naam? Dan ziet ${w} meteen je naam, hoe ${w} je kan bellen of mailen, en de datum. Wat je hebt ingevuld, ziet ${w} later. Samen met wat andere mensen invulden. Nooit bij je naam.`,
	contactName: 'Naam',
	contactWay: 'Telefoonnummer of e-mailadres (mag ook van je ouder zijn)',
	submit: 'Versturen',
	followUpTitle: 'Nog één vraagje',
	followUp: (w) => `Wat was er zo goed? Vertel een voorbeeld. Daar leert ${w} veel van!`,
	followUpBetter: (w) => `Wat kan ${w} nog beter doen? Ook iets kleins is goed. Daar leert ${w} veel van!`,
	recorder: {
		start: 'Geluid opnemen',
		stop: 'Stoppen',
		listen: 'Luisteren',
		remove: 'Opname weggooien',
		recording: 'Je bent aan het opnemen',
		ready: 'Je opname is klaar. Die gaat mee met je antwoorden.',
		failed: 'Opnemen lukt niet. Kies een bestand, of verstuur zonder opname.',
		file: 'Bestand met geluid of een filmpje'
	},
	followUpSend: 'Versturen',
	followUpSkip: 'Overslaan',
	thanksTitle: 'Dank je wel!',
	thanks: (w) => `Je antwoorden zijn verstuurd. ${w} leest ze samen met die van anderen. Fijn dat je meedeed!`,
	cardTitle: 'Heb je een kaartje met een code?',
	cardIntro:
		'Staat er een code op je kaartje? Typ de code hieronder. Een kaartje telt één keer. Heb je het al gebruikt? Dan telt je eerste antwoord.',
	cardCode: 'Code van het kaartje',
	cardSubmit: 'Verder',
	errorTitle: 'Oeps, er gaat iets mis.',
	errorPages: {
		notFound: {
			title: 'Deze link werkt niet',
			text: 'Misschien mist er een stukje. Vraag een volwassene om te helpen, of vraag om een nieuwe link.'
		},
		cardUnknown: {
			title: 'Deze code kennen we niet',
			text: 'Kijk nog eens goed naar je kaartje. Een code ziet er zo uit: ABCD-EFGH.'
		},
		closed: {
			title: 'Deze vragenlijst is dicht',
			text: 'Je kunt geen antwoorden meer geven. Wil je toch iets vertellen? Zeg het tegen je hulpverlener.'
		},
		paused: {
			title: 'Deze vragenlijst staat op pauze',
			text: 'Je kunt nu even niet antwoorden. Probeer het over een paar dagen nog eens.'
		},
		other: { title: 'Oeps, er ging iets mis', text: 'Dat komt niet door jou. Probeer het straks nog eens.' }
	},
	typeCardCode: 'Code van je kaartje intypen',
	tryAgain: 'Nog eens proberen',
	errors: {
		rater: 'Kies eerst wie dit invult.',
		scores: 'Kies bij minstens één vraag een antwoord.',
		tooLong: (max) => `Dat is te lang. Je mag hoogstens ${max} letters en tekens gebruiken.`,
		mediaTooBig: (mb) =>
			`Het bestand is te groot. Het mag hoogstens ${mb} MB zijn. Je antwoorden staan er nog. Maak een korter filmpje of berichtje, of verstuur zonder bestand.`,
		mediaType:
			'Dit bestand is geen geluid of filmpje. Je antwoorden staan er nog. Kies een ander bestand, of verstuur zonder bestand.',
		contactMissing: 'Vul je naam én een telefoonnummer of e-mailadres in. Of laat ze allebei leeg.',
		notFound:
			'Deze link of code werkt niet. Kijk nog eens of je hem goed hebt overgetypt. Of vraag een volwassene om hulp.',
		closed: 'Deze vragenlijst is dicht. Je kunt geen antwoorden meer geven.',
		paused: 'Deze vragenlijst staat even op pauze. Probeer het later nog eens.',
		cardUsed: 'Met dit kaartje is al geantwoord. Een kaartje werkt maar één keer.',
		signedIn:
			'Op dit apparaat is een medewerker ingelogd. Daarom kun je hier niet antwoorden. Vraag of iemand uitlogt, of gebruik een ander apparaat.',
		cardUnknown: 'Deze code kennen we niet. Een code ziet er zo uit: ABCD-EFGH.',
		flood: 'Er kwamen vandaag heel veel antwoorden binnen. Probeer het morgen nog eens.',
		expired:
			'Het formulier stond te lang open, of je had het al verstuurd. Kijk je antwoorden hieronder nog even na en verstuur ze opnieuw.',
		retry: 'Versturen lukte niet. Je antwoorden staan er nog. Probeer het nog een keer.',
		tooManyTries: (seconds) =>
			`Je typte te vaak een code die niet klopt. Wacht ${seconds} seconden. Probeer het dan nog een keer.`
	}
};
