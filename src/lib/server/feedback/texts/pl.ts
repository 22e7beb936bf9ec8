import type { ResidentTexts } from './types';

/**
 * Polish, simple, informal "ty". A foreign first name is not declined: it only stands in the
 * nominative, as subject. Past tense and adjectives show gender in Polish, and we do not know the
 * worker's or the resident's: questions use the present tense, the future of perfective verbs and
 * nouns, never "miał/miała" or "czułeś/czułaś".
 */
/** "Poczekaj 1 sekundę / 3 sekundy / 5 sekund": the noun follows the number (CLDR plural rules). */
function seconds(n: number): string {
	const form = new Intl.PluralRules('pl').select(n);
	return `${n} ${form === 'one' ? 'sekundę' : form === 'few' ? 'sekundy' : 'sekund'}`;
}

function others(n: number): string {
	return n <= 1 ? 'jednej innej osoby' : `${n} innych osób`;
}

export const pl: ResidentTexts = {
	lang: 'pl',
	dir: 'ltr',
	name: 'Polski',
	title: (w) => `${w} pyta o twoje zdanie`,
	intro: (w, k) => [
		`${w} chce się uczyć z twoich odpowiedzi. Co ${w} robi dobrze, a co można robić lepiej?`,
		`Twoje odpowiedzi są anonimowe: ${w} zobaczy je tylko razem z odpowiedziami co najmniej ${others(k - 1)} i nie będzie wiedzieć, które są twoje.`
	],
	languageLabel: 'Język',
	readAloud: 'Czytaj na głos',
	readAll: 'Przeczytaj wszystko na głos',
	stopReading: 'Zatrzymaj czytanie',
	alreadySent: 'Z tego urządzenia wysłano już dziś odpowiedź. Czy wypełnia to ktoś inny? To nie problem.',
	raterLegend: 'Wypełniam ankietę jako',
	raters: {
		resident: 'osoba, której to dotyczy (chodzi o mnie)',
		caregiver: 'ktoś z rodziny lub opiekun',
		professional: 'inny specjalista'
	},
	questions: {
		time: (w) => `Czy ${w} ma dla ciebie dość czasu i uwagi?`,
		appointments: (w) => `Czy ${w} robi to, co obiecuje?`,
		respect: (w) => `Czy ${w} traktuje cię z szacunkiem?`,
		understanding: (w) => `Czy ${w} rozumie twoją sytuację?`,
		ownIdeas: () => 'Czy jest miejsce na twoje własne pomysły i rozwiązania?',
		helped: () => 'Czy rozmowa ci pomogła?'
	},
	scales: {
		face: ['Wcale nie', 'Raczej nie', 'Trochę', 'Tak', 'Tak, bardzo'],
		agree: [
			'Zdecydowanie się nie zgadzam',
			'Nie zgadzam się',
			'Ani tak, ani nie',
			'Zgadzam się',
			'Zdecydowanie się zgadzam'
		],
		frequency: ['Nigdy', 'Rzadko', 'Czasami', 'Często', 'Zawsze']
	},
	dontKnow: 'Nie wiem / wolę nie mówić',
	good: (w) => `Co ${w} robi dobrze?`,
	better: (w) => `Co ${w} może robić lepiej?`,
	openHint: 'Nie musisz. Napisz tak, jak mówisz.',
	media: 'Wolisz nagrać głos albo film?',
	mediaHint:
		'Nie musisz. Nagraj krótką wiadomość głosową albo wideo (najwyżej 20 MB). Tylko pracownik może ją odtworzyć, razem z innymi odpowiedziami.',
	contactLegend: 'Chcesz porozmawiać o swoich odpowiedziach?',
	contactHint: (w) =>
		`Nie musisz. Jeśli wpiszesz tu swoje imię, ${w} od razu zobaczy twoje imię, sposób kontaktu z tobą i dzisiejszą datę. ${w} będzie więc wiedzieć, że odpowiadasz na te pytania. Twoje odpowiedzi i to, co piszesz, ${w} zobaczy później, razem z odpowiedziami innych osób – nigdy obok twojego imienia.`,
	contactName: 'Imię',
	contactWay: 'Numer telefonu lub adres e-mail',
	submit: 'Wyślij',
	followUpTitle: 'Jeszcze jedno pytanie',
	followUp: (w) => `Co było dobre? Dzięki przykładowi ${w} może się więcej nauczyć.`,
	followUpBetter: (w) => `Co ${w} może robić jeszcze lepiej? Nawet mała rzecz się liczy.`,
	recorder: {
		start: 'Nagraj głos',
		stop: 'Zatrzymaj nagrywanie',
		listen: 'Odsłuchaj',
		remove: 'Usuń nagranie',
		recording: 'Trwa nagrywanie',
		ready: 'Nagranie jest gotowe. Zostanie wysłane razem z odpowiedziami.',
		failed: 'Na tym urządzeniu nie można nagrywać. Wybierz plik albo wyślij bez nagrania.',
		file: 'Plik z dźwiękiem albo wideo'
	},
	followUpSend: 'Wyślij',
	followUpSkip: 'Pomiń',
	thanksTitle: 'Dziękujemy!',
	thanks: (w) => `Twoje odpowiedzi są wysłane. ${w} przeczyta je razem z odpowiedziami innych osób.`,
	cardTitle: 'Karteczka z kodem',
	cardIntro:
		'Masz kod na karteczce? Wpisz go poniżej. Karteczka liczy się raz. Użyto jej już wcześniej? Wtedy liczy się pierwsza odpowiedź.',
	cardCode: 'Kod z karteczki',
	cardSubmit: 'Dalej',
	errorTitle: 'Coś jest nie tak.',
	errorPages: {
		notFound: {
			title: 'Ten link nie działa',
			text: 'Możliwe, że brakuje części linku. Sprawdź, czy link jest cały, albo poproś pracownika o ponowne wysłanie linku.'
		},
		cardUnknown: {
			title: 'Nie znamy tego kodu',
			text: 'Sprawdź, czy kod jest dobrze wpisany. Kod wygląda tak: ABCD-EFGH.'
		},
		closed: {
			title: 'Ta ankieta jest zamknięta',
			text: 'Nie można już dodawać odpowiedzi. Chcesz jednak coś powiedzieć? Powiedz o tym pracownikowi albo poproś o nowy link.'
		},
		paused: {
			title: 'Ta ankieta jest wstrzymana',
			text: 'Teraz nie można odpowiadać. Spróbuj ponownie za kilka dni, z tym samym linkiem lub karteczką.'
		},
		other: { title: 'Coś poszło nie tak', text: 'To nie twoja wina. Spróbuj ponownie za kilka minut.' }
	},
	typeCardCode: 'Wpisz kod z karteczki',
	tryAgain: 'Spróbuj ponownie',
	errors: {
		rater: 'Wybierz, jako kto wypełniasz ankietę.',
		scores: 'Wybierz odpowiedź przy co najmniej jednym pytaniu.',
		tooLong: (max) => `To jest za długie. Napisz najwyżej ${max} znaków.`,
		mediaTooBig: (mb) =>
			`Plik jest za duży. Najwyżej ${mb} MB. Twoje odpowiedzi nadal tu są. Wybierz inne nagranie albo wyślij bez pliku.`,
		mediaType:
			'Ten plik to nie nagranie dźwięku ani wideo. Twoje odpowiedzi nadal tu są. Wybierz inne nagranie albo wyślij bez pliku.',
		contactMissing: 'Wpisz swoje imię i numer telefonu lub adres e-mail. Albo zostaw oba pola puste.',
		notFound: 'Ten link lub kod nie istnieje. Sprawdź, czy jest dobrze przepisany.',
		closed: 'Ta ankieta jest zamknięta. Nie można już dodawać odpowiedzi.',
		paused: 'Ta ankieta jest na chwilę wstrzymana. Spróbuj ponownie później.',
		cardUsed: 'Ta karteczka jest już wykorzystana. Każda karteczka działa tylko raz.',
		signedIn:
			'W tej przeglądarce jesteś zalogowany(-a) jako pracownik Vakspiegel. Dlatego nie możesz tu wypełnić ankiety. Najpierw się wyloguj albo użyj innego urządzenia lub przeglądarki.',
		cardUnknown: 'Nie znamy tego kodu. Kod wygląda tak: ABCD-EFGH.',
		flood: 'Dziś przez ten link przyszło bardzo dużo odpowiedzi. Spróbuj ponownie jutro.',
		expired:
			'Formularz był otwarty za długo albo jest już wysłany. Sprawdź swoje odpowiedzi poniżej i wyślij jeszcze raz.',
		retry: 'Nie udało się wysłać. Twoje odpowiedzi nadal tu są. Spróbuj jeszcze raz.',
		tooManyTries: (s) => `Zbyt wiele razy wpisano kod, który nie istnieje. Poczekaj ${seconds(s)} i spróbuj ponownie.`
	}
};
