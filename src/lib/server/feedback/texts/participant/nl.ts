import type { ParticipantTexts } from './types';

export const nl: ParticipantTexts = {
	joinTitle: 'Doe mee',
	joinIntro: 'Typ de code die je op het scherm ziet. Je hebt geen account nodig en je geeft geen naam.',
	code: 'Code',
	go: 'Verder',
	errorTitle: 'Dat ging niet goed.',
	otherCode: 'Een andere code intypen',
	eyebrow: (code) => `Adviesvangen · code ${code}`,
	notStarted: 'Deze sessie is nog niet begonnen. Kom straks terug of vernieuw de pagina.',
	closed: 'Deze sessie is gesloten. Bedankt voor je interesse.',
	locked: 'Deze sessie is dicht voor nieuwe deelnemers.',
	groupLegend: 'Ik doe mee als',
	groupHelp: 'Je kiest één keer. Niemand ziet wie jij bent.',
	join: 'Doe mee',
	youAre: (group) => `Je doet mee als ${group}.`,
	phaseNow: 'Nu:',
	phases: {
		preparing: 'Voorbereiden',
		tips: 'Tips verzamelen',
		clustering: "Thema's maken",
		voting: 'Stemmen',
		top: 'Top-ideeën',
		closed: 'Gesloten'
	},
	sent: 'Je tip is verstuurd. Dank je! Je mag nog meer tips sturen.',
	tipLabel: 'Jouw tip',
	tipHelp: (max) => `Kort is goed. Hoogstens ${max} tekens. Eén tip per keer.`,
	tipSend: 'Stuur je tip',
	tipCount: (count) => `Tips op de muur tot nu toe: ${count}`,
	clustering: "De begeleider zet de tips nu in thema's. Daarna kun je stemmen. Deze pagina verandert vanzelf.",
	voteLegend: (dots) => `Verdeel je ${dots} stippen over de thema's die jij het belangrijkst vindt`,
	dotsLeft: (left, total) => `Je hebt nog ${left} van de ${total} stippen.`,
	dotsOver: (extra) => `Je gaf te veel stippen: ${extra} te veel. Haal er ${extra} weg.`,
	dotMore: (theme) => `Stip erbij: ${theme}`,
	dotLess: (theme) => `Stip eraf: ${theme}`,
	themeTips: (count) => `Lees de tips in dit thema (${count})`,
	voteSave: 'Bewaar mijn stippen',
	voted: 'Je stippen zijn bewaard. Je kunt ze nog veranderen zolang het stemmen open is.',
	top: 'Het stemmen is klaar. De groep maakt nu de top-ideeën.',
	closedThanks: 'De sessie is klaar. Bedankt voor je tips en je stem!',
	ownTips: (count) => `Jouw tips (${count})`,
	tipStatus: { pending: 'wacht op de begeleider', hidden: 'niet op de muur', visible: 'op de muur' },
	refresh: 'Vernieuw de pagina om te zien of er iets veranderd is.',
	noThemes: "Er zijn nog geen thema's.",
	outcomeLink: 'Wat deden we met jullie advies?',
	outcomeLinkHelp: 'Lees welke top-ideeën er zijn en wat de organisatie ermee doet.',
	rankingHeading: "Thema's op volgorde van stippen",
	countDots: (count) => `Stippen: ${count}`,
	agreement: {
		high: (a, b, pct) => `${a} en ${b} kozen grotendeels dezelfde thema's (${pct}% van hun stippen).`,
		some: (a, b, pct) => `${a} en ${b} kozen deels dezelfde thema's (${pct}% van hun stippen).`,
		low: (a, b, pct) =>
			pct === 0
				? `${a} en ${b} kozen helemaal andere thema's: geen van hun stippen ging naar hetzelfde thema.`
				: `${a} en ${b} kozen vooral andere thema's: ${pct}% van hun stippen ging naar dezelfde thema's.`
	},
	smallGroupsHidden: (min) => `Groepen met minder dan ${min} stemmers tonen we niet.`,
	groups: {
		residents: { one: 'inwoner', many: 'inwoners' },
		experts: { one: 'ervaringsdeskundige', many: 'ervaringsdeskundigen' },
		representatives: { one: 'cliëntenvertegenwoordiger', many: 'cliëntenvertegenwoordigers' },
		workers: { one: 'sociaal werker', many: 'sociaal werkers' },
		policy: { one: 'beleidsmaker', many: 'beleidsmakers' },
		other: { one: 'iemand anders', many: 'anderen' }
	},
	errors: {
		codeUnknown: 'Deze code kennen we niet. Kijk goed naar de code op het scherm: zes letters en cijfers.',
		notStarted: 'Deze sessie is nog niet begonnen. Probeer het straks opnieuw.',
		closed: 'Deze sessie is gesloten. Je kunt geen tips of stippen meer geven.',
		joinFirst: 'Kies eerst je groep om mee te doen.',
		group: 'Kies een van de groepen.',
		locked: 'Deze sessie is dicht voor nieuwe deelnemers. Vraag de begeleider in de zaal om hulp.',
		full: 'Deze sessie heeft het grootste aantal deelnemers bereikt.',
		tooManyJoins: (seconds) =>
			`Er komen nu te veel deelnemers tegelijk binnen. Wacht ${seconds} seconden en probeer het dan opnieuw.`,
		tipsPhase: 'Tips sturen kan nu niet meer: de begeleider is naar de volgende stap gegaan.',
		votingPhase: 'Stemmen kan nu niet: de begeleider heeft het stemmen nog niet geopend of al gesloten.',
		tooManyTips: (max) => `Je hebt al ${max} tips gestuurd. Dat is het meeste.`,
		tipEmpty: 'Schrijf eerst je tip.',
		tipTooLong: (max) => `Je tip is te lang. Gebruik hoogstens ${max} tekens.`,
		textControl:
			'In de tekst staat een onzichtbaar stuurteken dat niet mag. Typ de tekst opnieuw, of plak hem zonder opmaak.',
		dotsInvalid: 'Kies voor elk thema een aantal stippen van 0 of meer.',
		dotsTooMany: (max, total, extra) =>
			`Je hebt ${max} stippen, maar je gaf er ${total}. Haal er ${extra} weg en bewaar opnieuw. Je keuzes staan er nog.`,
		votesChanged:
			'Je stippen zijn intussen al veranderd, bijvoorbeeld op een ander tabblad. Kijk ze na en sla opnieuw op.',
		unknownItem: 'Dit thema hoort niet bij deze sessie. Vernieuw de pagina.',
		retry: 'Het formulier kon niet worden gelezen. Probeer het opnieuw.',
		tooManyTries: (seconds) =>
			`Je probeerde te vaak een code die niet bestaat. Wacht ${seconds} seconden en probeer het dan opnieuw.`
	}
};
