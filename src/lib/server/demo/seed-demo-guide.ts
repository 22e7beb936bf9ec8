import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { adviceSession, adviceTopIdea, guide, guideSection, guideVersion, networkCase, team } from '../db/schema';
import { previousQuarter, quarterOf, todayInNL } from '../dates';
import { dimensionLabel } from '../feedback/dimension-label';
import { m } from '../../paraglide/messages';
import type { GuideSectionContent, Provenance } from '../../team/guide';
import { idFrom, type NetworkCaseId } from '../ids';

const DEMO_GUIDE_TITLE = 'Vragen voor gesprekken met gezinnen';

/**
 * Team Noord's guide (seed 004: "we hoeven niet alle antwoorden te hebben, wel de juiste vragen") in two
 * versions, each section with its provenance: the demo worker's casus (by its pseudonym), a team-mirror
 * theme, a top idea of the demo's advice session and "eigen inzicht". Idempotent: an existing guide
 * with this title in the team is left as it is.
 */
export async function seedDemoGuide(
	db: Db,
	organisationId: string,
	people: { teamName: string; writer: string; coach: string; casePath: string }
): Promise<string | null> {
	const [t] = await db
		.select({ id: team.id })
		.from(team)
		.where(and(eq(team.organisationId, organisationId), eq(team.name, people.teamName)));
	if (!t) return null;
	const [existing] = await db
		.select({ id: guide.id })
		.from(guide)
		.where(and(eq(guide.teamId, t.id), eq(guide.title, DEMO_GUIDE_TITLE)));
	if (existing) return `/team/handreikingen/${existing.id}`;

	const [demoCase] = await db
		.select({ id: networkCase.id, label: networkCase.label })
		.from(networkCase)
		.where(
			and(
				eq(networkCase.organisationId, organisationId),
				eq(networkCase.id, idFrom<NetworkCaseId>(people.casePath.split('/').at(-1)))
			)
		);
	const [idea] = await db
		.select({ id: adviceTopIdea.id, wording: adviceTopIdea.wording })
		.from(adviceTopIdea)
		.innerJoin(adviceSession, eq(adviceSession.id, adviceTopIdea.sessionId))
		.where(eq(adviceSession.organisationId, organisationId))
		.orderBy(asc(adviceTopIdea.position))
		.limit(1);
	const quarter = previousQuarter(quarterOf(todayInNL()));
	const [y, q] = quarter.split('-Q');
	const mirror: Provenance = {
		kind: 'mirror',
		ref: `understanding|${quarter}`,
		label: `${dimensionLabel({ key: 'understanding', builtIn: true })} · ${m.quarter_name({ q, y })}`,
		note: 'Inwoners gaven aan dat ze zich niet altijd begrepen voelen als het moeilijk wordt.'
	};
	const own = (note: string): Provenance => ({ kind: 'own', ref: null, label: '', note });
	const casus: Provenance = demoCase
		? {
				kind: 'casus',
				ref: demoCase.id,
				label: demoCase.label,
				note: 'Bij dit gezin hielp het om eerst te vragen wat al goed gaat.'
			}
		: own('Uit een casus van Sanne.');
	const money: Provenance = idea
		? { kind: 'advice', ref: idea.id, label: idea.wording, note: 'Inwoners vroegen om gewone taal.' }
		: own('Uit de tweede leersessie over geldzorgen.');

	const [g] = await db
		.insert(guide)
		.values({ organisationId, teamId: t.id, title: DEMO_GUIDE_TITLE, createdByUserId: people.writer })
		.returning({ id: guide.id });
	const ids = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
	const why: GuideSectionContent = {
		id: ids[0],
		heading: 'Waarom deze handreiking',
		body: 'We hoeven niet alle antwoorden te hebben voor een gezin. We willen wel de juiste vragen stellen: vragen die iets op gang brengen.',
		provenance: own('Uit onze leersessies over werkdruk en verwachtingen van anderen.')
	};
	const start1: GuideSectionContent = {
		id: ids[1],
		heading: 'Vragen om mee te beginnen',
		body: '- Wat gaat er goed in jullie gezin?\n- Wie helpt jullie nu al?\n- Waar wil je vandaag over praten?',
		provenance: casus
	};
	const hard: GuideSectionContent = {
		id: ids[2],
		heading: 'Als het gesprek moeilijk wordt',
		body: 'Zeg wat je ziet, zonder oordeel. Vraag: wat heb je nu van mij nodig?',
		provenance: mirror
	};
	const version1 = [why, hard, start1];
	const start2: GuideSectionContent = {
		...start1,
		body: '- Wat gaat er goed in jullie gezin?\n- Wie helpt jullie nu al, en wie zou je erbij willen?\n- Waar wil je vandaag over praten?\n- Wat heb je al geprobeerd?'
	};
	const moneyPart: GuideSectionContent = {
		id: ids[3],
		heading: 'Over geld praten',
		body: 'Geldzorgen zijn vaak een taboe. Vraag eerst of het goed is om erover te praten.\n\n- Lukt het om de vaste lasten te betalen?\n- Weet je waar je hulp kunt vragen?',
		provenance: money
	};
	// Version 2: questions added to the first questions, a new part about money, and the hard conversation moved last.
	const version2 = [why, start2, moneyPart, hard];

	const day = 24 * 60 * 60 * 1000;
	await db.insert(guideVersion).values([
		{
			guideId: g.id,
			number: 1,
			title: DEMO_GUIDE_TITLE,
			sections: version1,
			changeNote: 'Eerste versie, na de leersessie over gesprekken met gezinnen.',
			publishedByUserId: people.writer,
			publishedAt: new Date(Date.now() - 21 * day)
		},
		{
			guideId: g.id,
			number: 2,
			title: DEMO_GUIDE_TITLE,
			sections: version2,
			changeNote: 'Vragen over geld erbij, en twee vragen om mee te beginnen.',
			publishedByUserId: people.coach,
			publishedAt: new Date(Date.now() - 7 * day),
			minorEdits: [
				{ at: new Date(Date.now() - 6 * day).toISOString(), userId: people.writer, note: 'Tikfout verbeterd.' }
			]
		}
	]);
	await db.insert(guideSection).values(
		version2.map((s, position) => ({
			id: s.id,
			guideId: g.id,
			position,
			heading: s.heading,
			body: s.body,
			provenance: s.provenance
		}))
	);
	return `/team/handreikingen/${g.id}`;
}
