import { capitalise, type AboutTexts } from './types';

/** Polish with "ty", as ../pl.ts; the worker's name only in the nominative. */
export const pl: AboutTexts = {
	label: 'Kto pyta?',
	feedbackFrom: 'Te pytania zadaje {org}.',
	adviceFrom: 'To spotkanie prowadzi {org}.',
	feedbackUnknown: 'Na następnej stronie zobaczysz, kto pyta.',
	adviceUnknown: 'Na następnej stronie zobaczysz, kto prowadzi to spotkanie.',
	contact: 'Pytania? Napisz na adres',
	feedbackPrivacyTitle: 'Co dzieje się z Twoimi odpowiedziami?',
	advicePrivacyTitle: 'Co dzieje się z Twoimi wskazówkami i kropkami?',
	feedbackPrivacy: ({ worker, k, org, months }) => {
		const w = worker ?? 'pracownik';
		return [
			'Zapisujemy Twoje odpowiedzi, język i dzień wysłania. Nie zapisujemy godziny. Nie zapisujemy Twojego imienia, adresu IP ani tego, jakiego telefonu lub komputera używasz. Po wysłaniu Twój telefon lub komputer pamięta przez 12 godzin, że odpowiedź została wysłana (plik cookie).',
			`Twoje odpowiedzi widzi tylko ${w} i dopiero wtedy, gdy jest ich co najmniej ${k}, najwcześniej następnego dnia. ${capitalise(w)} widzi je wszystkie razem i nie wie, która odpowiedź jest Twoja. Współpracownicy i administrator nie widzą Twoich odpowiedzi.`,
			`Jeśli podasz imię, aby porozmawiać, ${w} zobaczy Twoje imię i sposób kontaktu. Jeśli wyślesz nagranie, ${w} może rozpoznać Twój głos lub twarz.`,
			months
				? `Przechowujemy Twoje odpowiedzi przez ${months} mies. od dnia, w którym stały się widoczne. Potem są automatycznie usuwane.`
				: `Przechowujemy Twoje odpowiedzi, dopóki ${org ?? 'organizacja'} ich nie usunie.`
		];
	},
	advicePrivacy: ({ org, months }) => [
		'Zapisujemy Twoje wskazówki, Twoje kropki, wybraną grupę i dzień. Nie zapisujemy godziny. Nie zapisujemy Twojego imienia, adresu IP ani tego, jakiego telefonu używasz. Plik cookie w Twoim telefonie pamięta przez 30 dni, że bierzesz udział.',
		'Twoje wskazówki pojawiają się na ścianie w sali, bez Twojego imienia. Osoba prowadząca widzi wszystkie wskazówki i kropki, ale nie wie, kto je wysłał. Wszystkie wskazówki zostają w raporcie.',
		months
			? `Przechowujemy wskazówki i kropki przez ${months} mies. po sesji. Potem są automatycznie usuwane.`
			: `Przechowujemy wskazówki i kropki, dopóki ${org ?? 'organizacja'} ich nie usunie.`
	]
};
