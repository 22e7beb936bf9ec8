/**
 * The demo's draft version 2 of the sample code: the same text with a few articles changed, made in code
 * so there is no second large sample file to keep in step. Each change replaces an article's first
 * paragraph; a missing article is an error (the sample changed), not a silent no-op.
 */
const CHANGES: { heading: string; body: string }[] = [
	{
		heading: '##### Artikel 3.1. Bereikbaar zijn',
		body: 'Je zorgt dat inwoners weten hoe en wanneer ze je kunnen bereiken. Kun je even niet, dan zeg je wie hen dan helpt en wanneer je terugbelt.'
	},
	{
		heading: '##### Artikel 5.1.2. Feedback vragen',
		body: "Je vraagt inwoners en collega's geregeld wat ze van je werk vinden. Je laat zien wat je met hun feedback doet."
	},
	{
		heading: '##### Artikel 6.4. Fouten',
		body: 'Maak je een fout, dan zeg je dat zo snel mogelijk. Je zoekt samen met de inwoner naar een oplossing. Je bespreekt de fout in je team, zodat jullie er samen van leren.'
	}
];

export function sampleCodeDraft(markdown: string): string {
	let out = markdown;
	for (const change of CHANGES) {
		const at = out.indexOf(`${change.heading}\n\n`);
		if (at < 0) throw new Error(`Voorbeeld-beroepscode: ${change.heading} niet gevonden`);
		const start = at + change.heading.length + 2;
		const end = out.indexOf('\n', start);
		out = `${out.slice(0, start)}${change.body}${out.slice(end)}`;
	}
	return out;
}
