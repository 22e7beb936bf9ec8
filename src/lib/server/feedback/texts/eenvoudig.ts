import type { ResidentTexts } from './types';

/**
 * Dutch easy-read ("makkelijk lezen", A2/B1-): short sentences, one idea each, common words, no
 * subordinate clauses, no passive, "je". The page shows a pictogram beside each question.
 */
function others(n: number): string {
	return n <= 1 ? '1 andere persoon' : `${n} andere mensen`;
}

export const eenvoudig: ResidentTexts = {
	lang: 'nl',
	dir: 'ltr',
	name: 'Makkelijk Nederlands',
	title: (w) => `Wat vind je van ${w}?`,
	intro: (w, k) => [
		`${w} wil graag jouw mening horen. Wat doet ${w} goed? Wat kan beter?`,
		`Je naam staat er niet bij. ${w} ziet jouw antwoorden alleen samen met de antwoorden van minstens ${others(k - 1)}. Zo kan ${w} jouw antwoorden niet herkennen.`
	],
	languageLabel: 'Taal',
	readAloud: 'Lees voor',
	readAll: 'Lees alles voor',
	stopReading: 'Stop met voorlezen',
	alreadySent: 'Op dit apparaat is vandaag al een antwoord gestuurd. Vul je het voor iemand anders in? Dat mag.',
	raterLegend: 'Wie ben jij?',
	raters: {
		resident: 'ik krijg zelf de hulp (het gaat over mij)',
		caregiver: 'ik ben familie, of ik zorg voor iemand',
		professional: 'ik ben een andere hulpverlener'
	},
	questions: {
		time: (w) => `Had ${w} genoeg tijd en aandacht voor je?`,
		appointments: (w) => `Hield ${w} zich aan de afspraken?`,
		respect: (w) => `Had ${w} respect voor je?`,
		understanding: (w) => `Begreep ${w} jouw situatie?`,
		ownIdeas: (w) => `Luisterde ${w} naar jouw eigen ideeën en oplossingen?`,
		helped: () => 'Heeft het gesprek je geholpen?'
	},
	scales: {
		face: ['Nee, helemaal niet', 'Niet echt', 'Een beetje', 'Ja', 'Ja, heel erg'],
		agree: ['Helemaal niet mee eens', 'Niet mee eens', 'Half mee eens', 'Mee eens', 'Helemaal mee eens'],
		frequency: ['Nooit', 'Bijna nooit', 'Soms', 'Vaak', 'Altijd']
	},
	dontKnow: 'Weet ik niet / zeg ik liever niet',
	good: (w) => `Wat doet ${w} goed?`,
	better: (w) => `Wat kan ${w} beter doen?`,
	openHint: 'Dit hoeft niet. Schrijf het in je eigen woorden.',
	media: 'Wil je liever praten of filmen?',
	mediaHint: (w: string) =>
		`Dit hoeft niet. Je kunt een kort bericht opnemen, met geluid of met video. Het bestand mag niet groter zijn dan 20 MB. Alleen ${w} kan het bericht afspelen. Dat gebeurt samen met de andere antwoorden.`,
	contactLegend: 'Wil je praten over je antwoorden?',
	contactHint: (w) =>
		`Dit hoeft niet. Schrijf je hier je naam? Dan ziet ${w} meteen je naam, je telefoon of e-mail en de datum. Je antwoorden ziet ${w} later. Samen met die van andere mensen. Nooit bij je naam.`,
	contactName: 'Naam',
	contactWay: 'Telefoonnummer of e-mailadres',
	submit: 'Versturen',
	followUpTitle: 'Nog één vraag',
	followUp: (w) => `Wat was er goed? Geef een voorbeeld. Daar leert ${w} van.`,
	followUpBetter: (w) => `Wat kan ${w} nog beter doen? Ook een klein ding is goed. Daar leert ${w} van.`,
	recorder: {
		start: 'Geluid opnemen',
		stop: 'Opname stoppen',
		listen: 'Luisteren',
		remove: 'Opname weghalen',
		recording: 'Bezig met opnemen',
		ready: 'Je opname is klaar. Die gaat mee met je antwoorden.',
		failed: 'Opnemen lukt niet. Kies een bestand. Of verstuur zonder opname.',
		file: 'Bestand met geluid of video'
	},
	followUpSend: 'Versturen',
	followUpSkip: 'Overslaan',
	thanksTitle: 'Dank je wel!',
	thanks: (w) => `We hebben je antwoorden gekregen. ${w} leest ze samen met de antwoorden van anderen.`,
	cardTitle: 'Antwoorden met een kaartje',
	cardIntro:
		'Staat er een code op je kaartje? Typ de code hieronder. Een kaartje telt één keer. Heb je het al gebruikt? Dan telt je eerste antwoord.',
	cardCode: 'Code van het kaartje',
	cardSubmit: 'Verder',
	errorTitle: 'Er gaat iets mis.',
	errorPages: {
		notFound: {
			title: 'Deze link werkt niet',
			text: 'Misschien mist er een stukje van de link. Kijk goed naar de link. Werkt het nog steeds niet? Vraag je hulpverlener om een nieuwe link.'
		},
		cardUnknown: {
			title: 'We kennen deze code niet',
			text: 'Kijk goed naar de code op je kaartje. Een code ziet er zo uit: ABCD-EFGH. Typ de code nog een keer.'
		},
		closed: {
			title: 'Deze vragenlijst is dicht',
			text: 'Je kunt geen antwoorden meer geven. Wil je toch iets zeggen? Zeg het tegen je hulpverlener.'
		},
		paused: {
			title: 'Deze vragenlijst staat even stil',
			text: 'Je kunt nu geen antwoorden geven. Probeer het over een paar dagen nog een keer.'
		},
		other: { title: 'Er ging iets mis', text: 'Het ligt niet aan jou. Probeer het over een paar minuten nog een keer.' }
	},
	typeCardCode: 'Code van een kaartje intypen',
	tryAgain: 'Nog een keer proberen',
	errors: {
		rater: 'Kies eerst: wie ben jij?',
		scores: 'Geef antwoord op minstens één vraag.',
		tooLong: (max) => `Je tekst is te lang. Maak de tekst korter. Gebruik hoogstens ${max} tekens.`,
		mediaTooBig: (mb) =>
			`Het bestand is te groot. Het mag hoogstens ${mb} MB zijn. Je antwoorden staan er nog. Maak een korter bericht, of verstuur zonder bestand.`,
		mediaType:
			'Dit bestand is geen geluid en geen video. Je antwoorden staan er nog. Kies een ander bestand, of verstuur zonder bestand.',
		contactMissing:
			'Vul je naam in. Vul ook je telefoonnummer of e-mailadres in. Wil je dat niet? Laat dan allebei leeg.',
		notFound: 'Deze link of code werkt niet. Kijk goed naar de link of de code. Probeer het dan opnieuw.',
		closed: 'Deze vragenlijst is dicht. Je kunt geen antwoorden meer geven.',
		paused: 'Deze vragenlijst staat even stil. Probeer het later nog een keer.',
		cardUsed: 'Iemand heeft dit kaartje al gebruikt. Een kaartje werkt maar één keer.',
		signedIn:
			'Je bent ingelogd als medewerker van Vakspiegel. Dan kun je hier geen antwoorden geven. Log eerst uit. Of gebruik een andere telefoon of computer.',
		cardUnknown: 'We kennen deze code niet. Een code ziet er zo uit: ABCD-EFGH. Kijk nog een keer goed.',
		flood: 'Er kwamen vandaag heel veel antwoorden binnen via deze link. Probeer het morgen nog een keer.',
		expired:
			'Het formulier stond te lang open. Of je hebt het al verstuurd. Kijk je antwoorden hieronder na. Verstuur ze dan opnieuw.',
		retry: 'Het versturen lukte niet. Je antwoorden staan er nog. Probeer het nog een keer.',
		tooManyTries: (seconds) =>
			`Je typte te vaak een code die niet goed is. Wacht ${seconds} seconden. Probeer het dan nog een keer.`
	}
};
