import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	learningSession,
	learningSessionEntry,
	learningSessionFollowUp,
	learningSessionParticipant,
	membership,
	team,
	user
} from '../db/schema';
import { methodSchema } from '../../team/method';
// The JSON files themselves, not team/methods.ts: the `vakspiegel` command runs this seed outside
// Vite, where import.meta.glob (which methods.ts uses to find every method) does not exist.
import incidentmethode from '../../team/methods/incidentmethode.json';
import leersessieMethod from '../../team/methods/leersessie.json';
import { builtInRef, dutchDateTime, dutchDayAndTime } from '../../team/session';

export interface DemoTeamSessions {
	/** The coach who chaired the session (their e-mail). */
	coach: string;
	team: string;
	/** The finished incidentmethode session (/team/sessies/<id>). */
	session: string;
}

const TEAM = 'Team Noord';
const THEME = 'Een huisbezoek dat anders liep (demo)';
const DAY = 86_400_000;

// Invented (demo data): no real casus, no client names.
const CASUS = {
	happened:
		'Bij een huisbezoek werd een vader boos toen ik over de schoolgang van zijn zoon begon. Hij zei dat wij ons er niet mee moeten bemoeien.',
	did: 'Ik bleef rustig en zei dat ik zijn boosheid begreep. Daarna heb ik het gesprek afgerond en een nieuwe afspraak voorgesteld.',
	learn: 'Hoe houd ik het gesprek open als iemand boos wordt, zonder dat ik mijn zorg wegstop?'
};
const ENTRIES: { phaseKey: string; kind: 'questions' | 'notes' | 'advice'; text: string; chosen?: boolean }[] = [
	{ phaseKey: 'vragen', kind: 'questions', text: 'Wat zei je precies voordat hij boos werd?' },
	{ phaseKey: 'vragen', kind: 'questions', text: 'Was de moeder er ook bij?' },
	{ phaseKey: 'vraag', kind: 'notes', text: 'Vraag: hoe blijf ik in gesprek als iemand boos wordt?' },
	{ phaseKey: 'analyse', kind: 'notes', text: 'De vader voelt zich misschien beoordeeld als ouder.' },
	{ phaseKey: 'advies', kind: 'advice', text: 'Vraag eerst wat hij zelf ziet gaan op school.', chosen: true },
	{
		phaseKey: 'advies',
		kind: 'advice',
		text: 'Zeg hardop dat je er bent om mee te denken, niet om te oordelen.',
		chosen: true
	},
	{ phaseKey: 'advies', kind: 'advice', text: 'Neem de volgende keer een collega mee.' },
	{ phaseKey: 'evaluatie', kind: 'notes', text: 'Fijn dat we eerst vragen stelden en pas later advies gaven.' }
];

/**
 * A finished incidentmethode session of Team Noord: the worker brought the casus, the coach chaired,
 * both confirmed their presence; advice was given and chosen, the worker answered "Wat deed je met
 * het advies?", and that answer opens the next (planned) leersessie. Made once: a second run finds it.
 */
export async function seedDemoSessions(
	tx: Db,
	organisationId: string,
	people: { workerEmail: string; coachEmail: string }
): Promise<DemoTeamSessions> {
	const [noord] = await tx
		.select({ id: team.id })
		.from(team)
		.where(and(eq(team.organisationId, organisationId), eq(team.name, TEAM)));
	const memberOf = async (email: string) => {
		const [row] = await tx
			.select({ id: membership.id })
			.from(membership)
			.innerJoin(user, eq(user.id, membership.userId))
			.where(and(eq(membership.organisationId, organisationId), eq(user.email, email)));
		return row.id;
	};
	const worker = await memberOf(people.workerEmail);
	const coach = await memberOf(people.coachEmail);
	const result = (id: string) => ({ coach: people.coachEmail, team: TEAM, session: `/team/sessies/${id}` });

	const [existing] = await tx
		.select({ id: learningSession.id })
		.from(learningSession)
		.where(and(eq(learningSession.teamId, noord.id), eq(learningSession.theme, THEME)));
	if (existing) return result(existing.id);

	const method = methodSchema.parse(incidentmethode);
	const day = dutchDayAndTime(new Date(Date.now() - 14 * DAY)).day;
	const start = dutchDateTime(day, '14:00');
	// The phases ran a little over (50 minutes suggested), with a 10-minute break: 55 minutes, 45 net.
	const end = new Date(start.getTime() + 55 * 60_000);
	const [finished] = await tx
		.insert(learningSession)
		.values({
			organisationId,
			teamId: noord.id,
			methodRef: builtInRef(method.slug),
			method,
			theme: THEME,
			chairMembershipId: coach,
			inbrengerMembershipId: worker,
			plannedAt: start,
			status: 'ended',
			phaseIndex: method.phases.length - 1,
			startedAt: start,
			endedAt: end,
			breakSeconds: 10 * 60,
			casusHappened: CASUS.happened,
			casusDid: CASUS.did,
			casusLearn: CASUS.learn,
			createdAt: new Date(start.getTime() - 7 * DAY)
		})
		.returning({ id: learningSession.id });
	await tx.insert(learningSessionParticipant).values([
		{ sessionId: finished.id, membershipId: worker, presentAt: new Date(start.getTime() + 60_000) },
		{ sessionId: finished.id, membershipId: coach, presentAt: start }
	]);
	await tx.insert(learningSessionEntry).values(
		ENTRIES.map((e, i) => ({
			sessionId: finished.id,
			phaseKey: e.phaseKey,
			kind: e.kind,
			text: e.text,
			chosen: e.chosen ?? false,
			authorMembershipId: i % 2 ? worker : coach,
			createdAt: new Date(start.getTime() + (i + 1) * 4 * 60_000)
		}))
	);

	const leersessie = methodSchema.parse(leersessieMethod);
	const nextDay = dutchDayAndTime(new Date(Date.now() + 7 * DAY)).day;
	const [next] = await tx
		.insert(learningSession)
		.values({
			organisationId,
			teamId: noord.id,
			methodRef: builtInRef(leersessie.slug),
			method: leersessie,
			theme: 'Werkdruk (demo)',
			chairMembershipId: coach,
			plannedAt: dutchDateTime(nextDay, '09:30')
		})
		.returning({ id: learningSession.id });
	await tx.insert(learningSessionParticipant).values([
		{ sessionId: next.id, membershipId: worker },
		{ sessionId: next.id, membershipId: coach }
	]);
	await tx.insert(learningSessionFollowUp).values({
		sessionId: finished.id,
		membershipId: worker,
		answer:
			'Ik ben teruggegaan en vroeg eerst hoe hij zelf naar de school kijkt. Het gesprek ging veel beter. We hebben nu een afspraak met de school samen.',
		answeredAt: new Date(end.getTime() + 5 * DAY),
		nextSessionId: next.id,
		createdAt: end
	});
	return result(finished.id);
}
