import type { ResidentTexts } from './types';

/** Dutch at B1. `address` chooses "je" or "u" (a setting per feedback request). */
export function nl(address: 'je' | 'u' = 'je'): ResidentTexts {
	const u = address === 'u';
	const je = u ? 'u' : 'je';
	const jij = u ? 'u' : 'jij';
	const jouw = u ? 'uw' : 'jouw';
	return {
		lang: 'nl',
		dir: 'ltr',
		name: 'Nederlands',
		title: (w) => `Wat vind${u ? 't u' : ' je'} van ${w}?`,
		intro: (w, k) => [
			`${w} wil graag leren van ${jouw} mening. Wat doet ${w} goed, en wat kan beter?`,
			`${u ? 'U' : 'Je'} blijft anoniem: ${w} ziet ${jouw} antwoorden pas samen met die van minstens ${k - 1 === 1 ? 'één ander' : `${k - 1} anderen`}, en weet niet wat van ${je} komt.`
		],
		languageLabel: 'Taal',
		readAloud: 'Lees voor',
		readAll: 'Lees alles voor',
		stopReading: 'Stop met voorlezen',
		alreadySent:
			'Op dit apparaat is vandaag al een antwoord verstuurd. Vult iemand anders de vragen in? Dat kan gewoon.',
		raterLegend: `Ik vul dit in als`,
		raters: {
			resident: 'inwoner of cliënt (het gaat over mij)',
			caregiver: 'mantelzorger of familie',
			professional: 'andere professional'
		},
		questions: {
			time: (w) => `Had ${w} genoeg tijd en aandacht voor ${je}?`,
			appointments: (w) => `Deed ${w} wat ${w} had afgesproken?`,
			respect: (w) => `Voelde ${jij} ${u ? 'zich' : 'je'} gerespecteerd door ${w}?`,
			understanding: (w) => `Begreep ${w} hoe het voor ${je} is?`,
			ownIdeas: (w) => `Kreeg ${jij} van ${w} ruimte voor ${jouw} eigen ideeën en oplossingen?`,
			helped: () => `Had ${jij} iets aan het gesprek?`
		},
		scales: {
			face: ['Helemaal niet', 'Niet zo', 'Een beetje', 'Ja', 'Ja, heel erg'],
			agree: ['Helemaal oneens', 'Oneens', 'Niet eens, niet oneens', 'Eens', 'Helemaal eens'],
			frequency: ['Nooit', 'Bijna nooit', 'Soms', 'Vaak', 'Altijd']
		},
		dontKnow: 'Weet ik niet / zeg ik liever niet',
		good: (w) => `Wat doet ${w} goed?`,
		better: (w) => `Wat kan ${w} beter doen?`,
		openHint: `Niet verplicht. Schrijf het zoals ${jij} het zou zeggen.`,
		media: `Liever inspreken of filmen?`,
		mediaHint: (w) =>
			`Niet verplicht. Neem een kort geluids- of videobericht op (hoogstens 20 MB). Alleen ${w} kan het bericht afspelen, samen met de andere antwoorden.`,
		contactLegend: `Wil${u ? 't u' : ' je'} een gesprek over ${jouw} antwoorden?`,
		contactHint: (w) =>
			`Niet verplicht. ${u ? 'Vult u' : 'Vul je'} hier ${jouw} naam in? Dan ziet ${w} meteen ${jouw} naam, hoe ${w} ${je} kan bereiken en de datum van vandaag. ${w} weet dan dus dat ${jij} de vragen ${u ? 'heeft' : 'hebt'} ingevuld. ${u ? 'Uw' : 'Je'} antwoorden en wat ${jij} schreef, ziet ${w} later, samen met die van anderen, en nooit naast ${jouw} naam.`,
		contactName: 'Naam',
		contactWay: 'Telefoonnummer of e-mailadres',
		submit: 'Versturen',
		followUpTitle: 'Nog één vraag',
		followUp: (w) => `Wat maakte het goed? Een voorbeeld helpt ${w} om te leren.`,
		followUpBetter: (w) => `Wat kan ${w} nog beter doen? Ook een klein ding helpt ${w} om te leren.`,
		recorder: {
			start: 'Geluid opnemen',
			stop: 'Opname stoppen',
			listen: 'Luisteren',
			remove: 'Opname verwijderen',
			recording: 'Bezig met opnemen',
			ready: `${u ? 'Uw' : 'Je'} opname is klaar. Die gaat mee met ${u ? 'uw' : 'je'} antwoorden.`,
			failed: `Opnemen lukt niet op dit apparaat. Kies een bestand, of verstuur zonder opname.`,
			file: 'Bestand met geluid of video'
		},
		followUpSend: 'Versturen',
		followUpSkip: 'Overslaan',
		thanksTitle: u ? 'Dank u wel!' : 'Dank je wel!',
		thanks: (w) => `${u ? 'Uw' : 'Je'} antwoorden zijn verstuurd. ${w} leest ze samen met die van anderen.`,
		cardTitle: 'Feedback met een kaartje',
		cardIntro: `Staat er een code op ${jouw} kaartje? Typ de code hieronder. Een kaartje telt één keer. ${u ? 'Heeft u' : 'Heb je'} het al eerder gebruikt? Dan telt ${jouw} eerste antwoord.`,
		cardCode: 'Code van het kaartje',
		cardSubmit: 'Verder',
		errorTitle: 'Er is iets niet goed.',
		errorPages: {
			notFound: {
				title: 'Deze link werkt niet',
				text: `Misschien ontbreekt er een stukje. Kijk of ${jij} de hele link ${u ? 'heeft' : 'hebt'} overgenomen. Of vraag ${jouw} hulpverlener om de link nog een keer te sturen.`
			},
			cardUnknown: {
				title: 'Deze code kennen we niet',
				text: `Kijk of ${jij} de code goed ${u ? 'heeft' : 'hebt'} overgetypt. Een code ziet er zo uit: ABCD-EFGH.`
			},
			closed: {
				title: 'Deze vragenlijst is gesloten',
				text: `Er kunnen geen antwoorden meer bij. Wil${u ? 't u' : ' je'} toch iets vertellen? Zeg het dan tegen ${jouw} hulpverlener, of vraag om een nieuwe link.`
			},
			paused: {
				title: 'Deze vragenlijst staat even stil',
				text: `${u ? 'U' : 'Je'} kunt nu even geen antwoorden geven. Probeer het over een paar dagen opnieuw, met dezelfde link of hetzelfde kaartje.`
			},
			other: {
				title: 'Er ging iets mis',
				text: `Dat ligt niet aan ${u ? 'u' : 'jou'}. Probeer het over een paar minuten opnieuw.`
			}
		},
		typeCardCode: 'Een code van een kaartje intypen',
		tryAgain: 'Opnieuw proberen',
		errors: {
			rater: `Kies hoe ${jij} dit invult.`,
			scores: 'Kies bij minstens één vraag een antwoord.',
			tooLong: (max) => `Dit is te lang. Gebruik hoogstens ${max} tekens.`,
			mediaTooBig: (mb) =>
				`Het bestand is te groot. Hoogstens ${mb} MB. ${u ? 'Uw' : 'Je'} antwoorden staan er nog. Kies een kortere opname, of verstuur zonder bestand.`,
			mediaType: `Dit bestand is geen geluid of video. ${u ? 'Uw' : 'Je'} antwoorden staan er nog. Kies een andere opname, of verstuur zonder bestand.`,
			contactMissing: `Vul ${jouw} naam én een telefoonnummer of e-mailadres in, of laat allebei leeg.`,
			notFound: `Deze link of code bestaat niet. Kijk of ${jij} hem goed hebt overgenomen.`,
			closed: 'Deze vragenlijst is gesloten. Er kunnen geen antwoorden meer bij.',
			paused: 'Deze vragenlijst staat even stil. Probeer het later opnieuw.',
			cardUsed: 'Met dit kaartje is al geantwoord. Een kaartje werkt één keer.',
			signedIn:
				'Je bent ingelogd als medewerker van Vakspiegel in deze browser. Daarom kun je hier geen feedback geven: zo kan niemand reacties over zichzelf invullen. Log eerst uit. Ben je geen medewerker? Gebruik dan een ander apparaat of een andere browser.',
			cardUnknown: 'Deze code kennen we niet. Een code ziet er zo uit: ABCD-EFGH.',
			flood: 'Er kwamen vandaag heel veel antwoorden binnen via deze link. Probeer het morgen opnieuw.',
			expired: `Het formulier was te lang open of is al verstuurd. Kijk ${jouw} antwoorden hieronder na en verstuur opnieuw.`,
			retry: `Versturen lukte niet. ${u ? 'Uw' : 'Je'} antwoorden staan er nog. Probeer het opnieuw.`,
			tooManyTries: (seconds) =>
				`${u ? 'U' : 'Je'} probeerde te vaak een code die niet bestaat. Wacht ${seconds} seconden en probeer het dan opnieuw.`
		}
	};
}

/**
 * The texts on a printed card (export-feedback-cards.ts). Cards are Dutch, and follow the request's
 * "je" or "u" like its form: the heading is the form's own title.
 */
export function printedCardTexts(address: 'je' | 'u' = 'je') {
	const u = address === 'u';
	return {
		heading: nl(address).title,
		scan: `Scan de code met ${u ? 'uw' : 'je'} telefoon, of ga naar:`,
		code: 'en typ deze code:',
		anonymous: (w: string) => `Anoniem. ${w} ziet antwoorden alleen samen met die van anderen.`
	};
}
