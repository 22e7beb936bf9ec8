import type { ParticipantTexts } from './types';

/**
 * Polish, simple, informal "ty", as the resident form (../pl.ts): no past tense that shows the
 * participant's gender ("dałeś/dałaś"), numbers after a colon so that no noun has to agree with them,
 * and a person's group named as a group ("Moja grupa: mieszkańcy"), not as "mieszkaniec/mieszkanka".
 */
export const pl: ParticipantTexts = {
	joinTitle: 'Weź udział',
	joinIntro: 'Wpisz kod, który widzisz na ekranie. Nie potrzebujesz konta i nie podajesz imienia.',
	code: 'Kod',
	go: 'Dalej',
	errorTitle: 'Coś poszło nie tak.',
	otherCode: 'Wpisz inny kod',
	eyebrow: (code) => `Sesja doradcza · kod ${code}`,
	notStarted: 'Ta sesja jeszcze się nie zaczęła. Wróć później albo odśwież stronę.',
	closed: 'Ta sesja jest zamknięta. Dziękujemy za zainteresowanie.',
	locked: 'Ta sesja jest zamknięta dla nowych uczestników.',
	groupLegend: 'Moja grupa',
	groupHelp: 'Wybierasz tylko raz. Nikt nie widzi, kim jesteś.',
	join: 'Dołącz',
	youAre: (group) => `Twoja grupa: ${group}.`,
	phaseNow: 'Teraz:',
	phases: {
		preparing: 'Przygotowanie',
		tips: 'Zbieranie pomysłów',
		clustering: 'Tworzenie tematów',
		voting: 'Głosowanie',
		top: 'Najlepsze pomysły',
		closed: 'Zamknięta'
	},
	sent: 'Twój pomysł został wysłany. Dziękujemy! Możesz wysłać więcej pomysłów.',
	tipLabel: 'Twój pomysł',
	tipHelp: (max) => `Krótko wystarczy. Najwyżej ${max} znaków. Jeden pomysł naraz.`,
	tipSend: 'Wyślij pomysł',
	tipCount: (count) => `Pomysły na ścianie do tej pory: ${count}`,
	clustering: 'Prowadzący dzieli teraz pomysły na tematy. Potem możesz głosować. Ta strona zmieni się sama.',
	voteLegend: (dots) => `Rozdziel swoje kropki (${dots}) na tematy, które uważasz za najważniejsze`,
	dotsLeft: (left, total) => `Pozostałe kropki: ${left} z ${total}.`,
	dotsOver: (extra) => `Za dużo kropek: ${extra} za dużo. Zabierz nadmiar (${extra}).`,
	dotMore: (theme) => `Dodaj kropkę: ${theme}`,
	dotLess: (theme) => `Zabierz kropkę: ${theme}`,
	themeTips: (count) => `Przeczytaj pomysły w tym temacie (${count})`,
	voteSave: 'Zapisz moje kropki',
	voted: 'Twoje kropki są zapisane. Możesz je zmienić, dopóki głosowanie jest otwarte.',
	top: 'Głosowanie się skończyło. Grupa wybiera teraz najlepsze pomysły.',
	closedThanks: 'Sesja się skończyła. Dziękujemy za pomysły i głos!',
	ownTips: (count) => `Twoje pomysły (${count})`,
	tipStatus: { pending: 'czeka na prowadzącego', hidden: 'nie ma go na ścianie', visible: 'na ścianie' },
	refresh: 'Odśwież stronę, aby zobaczyć, czy coś się zmieniło.',
	noThemes: 'Nie ma jeszcze tematów.',
	outcomeLink: 'Co zrobiliśmy z waszymi radami?',
	outcomeLinkHelp: 'Przeczytaj najlepsze pomysły i co organizacja z nimi robi.',
	rankingHeading: 'Tematy według liczby kropek',
	countDots: (count) => `Kropki: ${count}`,
	agreement: {
		high: (a, b, pct) => `Grupy „${a}” i „${b}” wybrały w większości te same tematy (${pct}% ich kropek).`,
		some: (a, b, pct) => `Grupy „${a}” i „${b}” wybrały częściowo te same tematy (${pct}% ich kropek).`,
		low: (a, b, pct) => `Grupy „${a}” i „${b}” wybrały głównie inne tematy (wspólne jest tylko ${pct}% ich kropek).`
	},
	smallGroupsHidden: (min) => `Nie pokazujemy grup, w których głosowało mniej niż ${min} osoby.`,
	groups: {
		residents: { one: 'mieszkańcy', many: 'mieszkańcy' },
		experts: { one: 'eksperci przez doświadczenie', many: 'eksperci przez doświadczenie' },
		representatives: { one: 'przedstawiciele klientów', many: 'przedstawiciele klientów' },
		workers: { one: 'pracownicy socjalni', many: 'pracownicy socjalni' },
		policy: { one: 'decydenci', many: 'decydenci' },
		other: { one: 'inna grupa', many: 'inni' }
	},
	errors: {
		codeUnknown: 'Nie znamy tego kodu. Przyjrzyj się kodowi na ekranie: sześć liter i cyfr.',
		notStarted: 'Ta sesja jeszcze się nie zaczęła. Spróbuj ponownie za chwilę.',
		closed: 'Ta sesja jest zamknięta. Nie można już wysyłać pomysłów ani kropek.',
		joinFirst: 'Najpierw wybierz swoją grupę, aby wziąć udział.',
		group: 'Wybierz jedną z grup.',
		locked: 'Ta sesja jest zamknięta dla nowych uczestników. Poproś o pomoc prowadzącego na sali.',
		full: 'Ta sesja osiągnęła największą liczbę uczestników.',
		tooManyJoins: (seconds) =>
			`Teraz dołącza zbyt wiele osób naraz. Poczekaj chwilę i spróbuj ponownie (sekundy: ${seconds}).`,
		tipsPhase: 'Nie można już wysyłać pomysłów: prowadzący przeszedł do następnego kroku.',
		votingPhase: 'Teraz nie można głosować: prowadzący jeszcze nie otworzył głosowania albo już je zamknął.',
		tooManyTips: (max) => `Wysłano już najwięcej pomysłów, ile można (${max}).`,
		tipEmpty: 'Najpierw napisz swój pomysł.',
		tipTooLong: (max) => `Pomysł jest za długi. Użyj najwyżej ${max} znaków.`,
		textControl:
			'W tekście jest niewidoczny znak sterujący, który jest niedozwolony. Wpisz tekst ponownie lub wklej go bez formatowania.',
		dotsInvalid: 'Wybierz dla każdego tematu liczbę kropek: 0 lub więcej.',
		dotsTooMany: (max, total, extra) =>
			`Masz kropek: ${max}, a rozdano: ${total}. Zabierz nadmiar (${extra}) i zapisz ponownie. Twoje wybory są zachowane.`,
		votesChanged: 'Twoje kropki zmieniły się w międzyczasie, na przykład w innej karcie. Sprawdź je i zapisz ponownie.',
		unknownItem: 'Ten temat nie należy do tej sesji. Odśwież stronę.',
		retry: 'Nie udało się odczytać formularza. Spróbuj ponownie.',
		tooManyTries: (seconds) => `Wypróbowano zbyt wiele kodów. Poczekaj chwilę i spróbuj ponownie (sekundy: ${seconds}).`
	}
};
