import type { AdviceSessionId } from '../ids';
import { dutchDateTime } from '../../team/session';
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	adviceAction,
	adviceParticipant,
	adviceSession,
	adviceTheme,
	adviceTip,
	adviceTopIdea,
	adviceVote,
	type ParticipantGroup
} from '../db/schema';
import { newJoinCode } from '../advice/join-code';
import { outcomePath } from '../advice/outcome-link';
import { hashToken } from '../tokens';

export interface DemoAdvice {
	code: string;
	facilitator: string;
	/** The public page "Wat deden we met jullie advies?" of the finished session (/doe-mee/uitkomst/<token>). */
	outcome: string | null;
}

const QUESTION = 'Wat moet een sociaal werker kunnen, doen of zeggen zodat jij hem of haar echt vertrouwt?';
const GROUPS: ParticipantGroup[] = [
	{ key: 'inwoners', label: 'inwoners' },
	{ key: 'ervaringsdeskundigen', label: 'ervaringsdeskundigen' },
	{ key: 'clientenvertegenwoordigers', label: 'cliëntenvertegenwoordigers' },
	{ key: 'sociaal-werkers', label: 'sociaal werkers' },
	{ key: 'beleidsmakers', label: 'beleidsmakers' },
	{ key: 'anders', label: 'anders' }
];
const [INW, ERV, CLI, SW, BEL] = GROUPS.map((g) => g.key);

// Invented tips (demo data), as people type them on a phone: themes and groups as a facilitator grouped them.
const THEMES: { name: string; tips: [string, string][] }[] = [
	{
		name: 'Tijd en aandacht',
		tips: [
			['neem de tijd, ik merk het als je haast hebt', INW],
			['Niet steeds op je horloge kijken', INW],
			['Eerst een kop koffie, dan pas de formulieren', ERV],
			['Aandacht voor mij en niet voor je laptop', INW],
			['Gewoon even blijven zitten als het moeilijk wordt', ERV],
			['Geef ons de ruimte om ons verhaal te doen', CLI],
			['minder cliënten per werker zodat er tijd is', SW]
		]
	},
	{
		name: 'Afspraken nakomen',
		tips: [
			['Doe wat je zegt en zeg wat je doet', ERV],
			['Als je belooft terug te bellen, bel dan ook echt terug', INW],
			['Kom op tijd of laat weten dat je later bent', INW],
			['niet steeds de afspraak verzetten', INW],
			['Schrijf op wat we afspreken zodat ik het terug kan lezen', CLI],
			['Duidelijk zijn over wat je wel en niet kunt doen', SW],
			['Terugkoppelen als iets niet lukt, ook als het slecht nieuws is', BEL]
		]
	},
	{
		name: 'Respect en gelijkwaardigheid',
		tips: [
			['Praat met mij, niet over mij', ERV],
			['Niet vanuit de hoogte praten', INW],
			['Zie mij als mens, niet als dossier', INW],
			['Respect voor mijn cultuur en geloof', CLI],
			['Spreek gewone taal zonder moeilijke woorden', INW],
			['ik wil niet steeds mijn hele verhaal opnieuw vertellen', ERV]
		]
	},
	{
		name: 'Echt luisteren en begrijpen',
		tips: [
			['Luister eerst voordat je een oplossing geeft', ERV],
			['Vraag door, ook als het ongemakkelijk is', SW],
			['Probeer te begrijpen hoe het is om elke maand rond te moeten komen', INW],
			['Niet oordelen over hoe ik leef', INW],
			['Vragen hoe het met de kinderen gaat, niet alleen met de schulden', CLI],
			['laat merken dat je het snapt', INW]
		]
	},
	{
		name: 'Eigen regie en eigen oplossingen',
		tips: [
			['Laat mij zelf kiezen wat eerst moet', INW],
			['Vraag wat ik zelf al geprobeerd heb', ERV],
			['Mijn netwerk erbij betrekken, niet alles overnemen', SW],
			['Vertrouw erop dat mensen zelf ook ideeën hebben', BEL],
			['Geef mij de kans om het eerst zelf te doen', INW]
		]
	},
	{
		name: 'Minder systeemwereld',
		tips: [
			['Minder formulieren, meer gesprek', SW],
			['Regels uitleggen in plaats van je erachter verschuilen', CLI],
			['Eén vast aanspreekpunt in plaats van vijf loketten', INW],
			['ruimte voor maatwerk als de regel niet past', BEL],
			['Niet doorverwijzen als je het zelf kunt oplossen', ERV],
			['Bereikbaar zijn zonder eerst drie keer een keuzemenu', INW]
		]
	}
];
// Dots per theme per group (residents' and workers' noses point mostly the same way; policy differs).
const VOTES: Record<string, number[]> = {
	[INW]: [8, 7, 4, 3, 2, 3],
	[ERV]: [4, 5, 3, 2, 1, 0],
	[CLI]: [2, 2, 3, 1, 0, 1],
	[SW]: [4, 3, 1, 2, 2, 3],
	[BEL]: [1, 2, 0, 0, 2, 4]
};
const TOP_IDEAS = [
	{
		theme: 0,
		wording: 'Tijd voor het gesprek: de eerste tien minuten gaan over de mens, niet over het formulier.',
		quotes: [0, 2],
		response:
			'Vanaf januari plannen wijkteams huisbezoeken van 60 in plaats van 45 minuten. We evalueren dit na een half jaar met de Adviesvangers.',
		actions: [
			{
				what: 'Huisbezoeken standaard 60 minuten inplannen',
				who: 'teamleiders wijkteams',
				dueOn: '-01-15',
				status: 'busy'
			},
			{ what: 'Evaluatie met Adviesvangers', who: 'Lotte Jansen (facilitator)', dueOn: '-06-30', status: 'planned' }
		]
	},
	{
		theme: 1,
		wording: 'Doe wat je zegt: terugbellen binnen twee werkdagen, ook als er nog geen antwoord is.',
		quotes: [1, 4],
		response: 'We nemen de terugbelnorm op in de werkafspraken van alle teams.',
		actions: [{ what: 'Terugbelnorm in de werkafspraken', who: 'beleidsadviseur', dueOn: '-02-01', status: 'done' }]
	},
	{
		theme: 5,
		wording: 'Minder systeemwereld: één vast aanspreekpunt en regels die je uitlegt in gewone taal.',
		quotes: [2, 0],
		response: '',
		actions: []
	}
] as const;
const OPEN_TIPS: [string, string][] = [
	['Wees eerlijk als je iets niet weet', INW],
	['Bel even als je later bent', ERV],
	['Niet meteen met een oplossing komen', SW]
];

async function addParticipants(tx: Db, sessionId: AdviceSessionId, groupKey: string, n: number, day: string) {
	const rows = Array.from({ length: n }, () => ({
		sessionId,
		groupKey,
		secretHash: hashToken(randomBytes(24).toString('base64url')),
		joinedOn: day
	}));
	return tx.insert(adviceParticipant).values(rows).returning({ id: adviceParticipant.id });
}

/**
 * The demo organisation's advice sessions: a finished one (tips by theme, votes per group, top ideas
 * with the organisation's response and actions) and an open one to join with a phone. Made once.
 */
export async function seedDemoAdvice(
	tx: Db,
	organisationId: string,
	facilitator: { id: string; email: string }
): Promise<DemoAdvice> {
	const [open] = await tx
		.select({ code: adviceSession.code })
		.from(adviceSession)
		.where(and(eq(adviceSession.organisationId, organisationId), eq(adviceSession.phase, 'tips')));
	if (open) {
		// Made before the outcome page existed, or made private since: the demo shows it public again.
		const [finished] = await tx
			.update(adviceSession)
			.set({
				outcomePublishedOn: sql`coalesce(${adviceSession.outcomePublishedOn}, (${adviceSession.createdAt} at time zone 'Europe/Amsterdam')::date)`
			})
			.where(
				and(
					eq(adviceSession.organisationId, organisationId),
					eq(adviceSession.phase, 'closed'),
					eq(adviceSession.question, QUESTION)
				)
			)
			.returning({ token: adviceSession.outcomeToken });
		return { code: open.code, facilitator: facilitator.email, outcome: finished ? outcomePath(finished.token) : null };
	}

	const year = new Date().getFullYear();
	const [done] = await tx
		.insert(adviceSession)
		.values({
			organisationId,
			createdByUserId: facilitator.id,
			code: newJoinCode(),
			question: QUESTION,
			explanation: 'Demo: bijeenkomst van de Adviesvangers in de bibliotheek, met inwoners, professionals en beleid.',
			groups: GROUPS,
			phase: 'closed',
			showResults: true,
			createdAt: new Date(`${year}-10-08T18:30:00+02:00`),
			// The organisation responded and shows its outcome to the participants.
			outcomePublishedOn: `${year}-11-02`
		})
		.returning({ id: adviceSession.id, outcomeToken: adviceSession.outcomeToken });
	const day = `${year}-10-08`;
	const themeIds: string[] = [];
	const tipIds: string[][] = [];
	for (const [position, theme] of THEMES.entries()) {
		const [row] = await tx
			.insert(adviceTheme)
			.values({ sessionId: done.id, name: theme.name, position })
			.returning({ id: adviceTheme.id });
		themeIds.push(row.id);
		const tips = await tx
			.insert(adviceTip)
			.values(theme.tips.map(([text, groupKey]) => ({ sessionId: done.id, groupKey, text, themeId: row.id })))
			.returning({ id: adviceTip.id });
		tipIds.push(tips.map((t) => t.id));
	}
	for (const [groupKey, dots] of Object.entries(VOTES)) {
		// Three dots each: the group's dots spread over as many participants as needed.
		const total = dots.reduce((a, b) => a + b, 0);
		const people = await addParticipants(tx, done.id, groupKey, Math.ceil(total / 3), day);
		const flat = dots.flatMap((n, theme) => Array.from({ length: n }, () => theme));
		const votes = new Map<string, number>();
		flat.forEach((theme, i) => {
			const key = `${people[Math.floor(i / 3)].id}|${themeIds[theme]}`;
			votes.set(key, (votes.get(key) ?? 0) + 1);
		});
		await tx.insert(adviceVote).values(
			[...votes].map(([key, n]) => {
				const [participantId, themeId] = key.split('|');
				return { participantId, themeId, sessionId: done.id, dots: n };
			})
		);
	}
	for (const [position, idea] of TOP_IDEAS.entries()) {
		const [row] = await tx
			.insert(adviceTopIdea)
			.values({
				sessionId: done.id,
				themeId: themeIds[idea.theme],
				position: position + 1,
				wording: idea.wording,
				quoteTipIds: idea.quotes.map((q) => tipIds[idea.theme][q]),
				response: idea.response,
				respondedOn: idea.response ? `${year}-11-02` : null
			})
			.returning({ id: adviceTopIdea.id });
		if (idea.actions.length) {
			await tx.insert(adviceAction).values(
				idea.actions.map((a) => ({
					topIdeaId: row.id,
					sessionId: done.id,
					what: a.what,
					who: a.who,
					dueOn: `${year + 1}${a.dueOn}`,
					status: a.status
				}))
			);
		}
	}

	const code = newJoinCode();
	const [next] = await tx
		.insert(adviceSession)
		.values({
			organisationId,
			createdByUserId: facilitator.id,
			code,
			question: 'Hoe kunnen wij beter bereikbaar zijn voor inwoners?',
			explanation: 'Demo: deze sessie staat open. Doe mee met je telefoon.',
			groups: GROUPS,
			phase: 'tips',
			// The meeting a week from now, 19:30 Dutch time: the facilitator can download its invitation.
			meetingAt: dutchDateTime(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10), '19:30'),
			meetingMinutes: 120,
			meetingPlace: 'Demo: Bibliotheek Centrum, zaal 1'
		})
		.returning({ id: adviceSession.id });
	const today = new Date().toISOString().slice(0, 10);
	for (const [text, groupKey] of OPEN_TIPS) {
		const [p] = await addParticipants(tx, next.id, groupKey, 1, today);
		await tx.insert(adviceTip).values({ sessionId: next.id, participantId: p.id, groupKey, text });
	}
	return { code, facilitator: facilitator.email, outcome: outcomePath(done.outcomeToken) };
}
