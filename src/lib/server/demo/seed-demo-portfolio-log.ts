import { and, eq, inArray } from 'drizzle-orm';
import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import {
	learningSession,
	learningSessionParticipant,
	membership,
	portfolioActivity,
	portfolioProfile,
	teamGroup,
	user
} from '../db/schema';
import type { ActivityKind } from '../../portfolio/model';
import { methodSchema } from '../../team/method';
// The JSON files themselves, not team/methods.ts (see seed-demo-sessions.ts: the CLI runs outside Vite).
import balint from '../../team/methods/balint.json';
import moreelBeraad from '../../team/methods/moreel-beraad.json';
import roddelmethode from '../../team/methods/roddelmethode.json';
import { builtInRef, dutchDateTime, dutchDayAndTime } from '../../team/session';
import { todayInNL } from '../dates';
import { addSuggestedActivity } from '../portfolio/add-suggested-activity';
import { findActivitySuggestions } from '../portfolio/find-activity-suggestions';

const GROUP = 'Intervisiegroep Noord en Zuid (demo)';
const REGISTER = 'skj-2024';
const DAY = 86_400_000;

interface DemoLine {
	day: number;
	kind: ActivityKind;
	title: string;
	hours: number;
	category: string;
	accreditationId?: string;
	methodName?: string;
	chairName?: string;
	evidence: string;
	reflection?: string;
}

// Invented (demo data): titles of courses, books and meetings, no real people and no residents.
const TRAININGS: DemoLine[] = [
	{
		day: 200,
		kind: 'training',
		title: 'Signalen van kindermishandeling herkennen (demo)',
		hours: 24,
		category: 'scholing',
		accreditationId: 'SKJ-DEMO-0412',
		methodName: 'Driedaagse training',
		evidence: 'Certificaat van deelname',
		reflection: 'Ik vraag nu eerder door als een kind stil wordt bij een huisbezoek.'
	},
	{
		day: 700,
		kind: 'training',
		title: 'Motiverende gespreksvoering (demo)',
		hours: 16,
		category: 'scholing',
		accreditationId: 'SKJ-DEMO-1187',
		methodName: 'Tweedaagse training met terugkomdag',
		evidence: 'Certificaat van deelname'
	},
	{
		day: 1200,
		kind: 'training',
		title: 'Werken met de meldcode (demo)',
		hours: 24,
		category: 'scholing',
		accreditationId: 'SKJ-DEMO-0533',
		methodName: 'Leergang',
		evidence: 'Certificaat van deelname'
	}
];
const SUPERVISIE: DemoLine[] = Array.from({ length: 10 }, (_, i) => ({
	day: 60 + i * 45,
	kind: 'supervisie',
	title: `Supervisie, bijeenkomst ${i + 1} (demo)`,
	hours: 1.5,
	category: 'reflectie',
	methodName: 'Individuele supervisie',
	chairName: 'Supervisor (demo)',
	evidence: 'Verklaring van de supervisor'
}));
const INTERVISIE: DemoLine[] = Array.from({ length: 22 }, (_, i) => ({
	day: 100 + i * 60,
	kind: 'intervisie',
	title: 'Intervisie Team Noord (demo)',
	hours: 1.5,
	category: 'reflectie',
	methodName: 'Incidentmethode',
	chairName: 'Ahmed Bakker',
	evidence: 'Presentielijst van het team'
}));
const FREE: DemoLine[] = [
	...[150, 500, 900, 1100, 1400].map((day, i) => ({
		day,
		kind: 'reading' as const,
		title: [
			'Boek over de eigen kracht van gezinnen (demo)',
			'Artikelen over outreachend werken (demo)',
			'Boek over moreel beraad (demo)',
			'Vakblad: themanummer armoede (demo)',
			'Boek over gespreksvoering met jongeren (demo)'
		][i],
		hours: i === 4 ? 8 : i === 3 ? 4 : 6,
		category: 'vrije_ruimte',
		evidence: 'Samenvatting en wat ik ervan leerde'
	})),
	{
		day: 400,
		kind: 'other',
		title: 'Congres sociaal werk (demo)',
		hours: 8,
		category: 'vrije_ruimte',
		evidence: 'Bewijs van deelname'
	},
	{
		day: 800,
		kind: 'other',
		title: 'Webinar over schulden (demo)',
		hours: 2,
		category: 'vrije_ruimte',
		evidence: 'Bewijs van deelname'
	},
	{
		day: 1300,
		kind: 'other',
		title: 'Webinar over mantelzorg (demo)',
		hours: 2,
		category: 'vrije_ruimte',
		evidence: 'Bewijs van deelname'
	},
	{
		day: 1000,
		kind: 'advice',
		title: 'Meegedacht in een adviessessie over eenzaamheid (demo)',
		hours: 2,
		category: 'vrije_ruimte',
		evidence: 'Uitkomst van de adviessessie'
	},
	{
		day: 1450,
		kind: 'consultation',
		title: 'Gereageerd op de beroepscode van een collega-organisatie (demo)',
		hours: 2,
		category: 'vrije_ruimte',
		evidence: 'Mijn reactie'
	}
];

/** Ended sessions of the learning group the worker attended: days ago, method, minutes, break, theme. */
const SESSIONS = [
	{ daysAgo: 70, method: balint, minutes: 100, breakMinutes: 10, theme: 'Een gezin dat de deur dichthoudt (demo)' },
	{ daysAgo: 35, method: roddelmethode, minutes: 95, breakMinutes: 5, theme: 'Samenwerken met school (demo)' },
	// Not logged: the suggestion the demo leaves open.
	{ daysAgo: 4, method: moreelBeraad, minutes: 85, breakMinutes: 10, theme: 'Geheimhouding of melden? (demo)' }
];

/** The first day of the month four years and three months ago: nine months of the period are left. */
function demoPeriodStart(today: string): string {
	const d = new Date(`${today.slice(0, 7)}-01T12:00:00Z`);
	d.setUTCMonth(d.getUTCMonth() - 51);
	return d.toISOString().slice(0, 10);
}

/**
 * The demo worker's activity log (issue 19): a profile in the SKJ register, lines in every category of
 * the current period, three made from learning sessions they attended (through the same "Toevoegen" as
 * on the page), one session left as an open suggestion, and progress with exactly one rule not met:
 * the demo's incidentmethode session lasted 45 net minutes, shorter than SKJ's hour. Made once: a
 * second run finds the profile.
 */
export async function seedDemoPortfolioLog(
	tx: Db,
	organisationId: string,
	worker: UserActor,
	people: { coachEmail: string; facilitatorEmail: string }
): Promise<void> {
	const [existing] = await tx
		.select({ id: portfolioProfile.workerUserId })
		.from(portfolioProfile)
		.where(and(eq(portfolioProfile.organisationId, organisationId), eq(portfolioProfile.workerUserId, worker.userId)));
	if (existing) return;
	const today = todayInNL();
	const periodStart = demoPeriodStart(today);
	await tx
		.insert(portfolioProfile)
		.values({ organisationId, workerUserId: worker.userId, registerKey: REGISTER, periodStart });

	const [group] = await tx
		.select({ id: teamGroup.id })
		.from(teamGroup)
		.where(and(eq(teamGroup.organisationId, organisationId), eq(teamGroup.name, GROUP)));
	const members = await tx
		.select({ id: membership.id, email: user.email })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(
			and(
				eq(membership.organisationId, organisationId),
				inArray(user.email, [worker.email, people.coachEmail, people.facilitatorEmail])
			)
		);
	const chair = members.find((m) => m.email === people.coachEmail)!;
	const workerMembership = members.find((m) => m.email === worker.email)!;
	let openParticipant = '';
	for (const s of SESSIONS) {
		const method = methodSchema.parse(s.method);
		const start = dutchDateTime(dutchDayAndTime(new Date(Date.now() - s.daysAgo * DAY)).day, '13:30');
		const [session] = await tx
			.insert(learningSession)
			.values({
				organisationId,
				groupId: group.id,
				methodRef: builtInRef(method.slug),
				method,
				theme: s.theme,
				chairMembershipId: chair.id,
				plannedAt: start,
				status: 'ended',
				phaseIndex: method.phases.length - 1,
				startedAt: start,
				endedAt: new Date(start.getTime() + s.minutes * 60_000),
				breakSeconds: s.breakMinutes * 60,
				createdAt: new Date(start.getTime() - 14 * DAY)
			})
			.returning({ id: learningSession.id });
		const rows = await tx
			.insert(learningSessionParticipant)
			.values(
				members.map((m, i) => ({
					sessionId: session.id,
					membershipId: m.id,
					presentAt: new Date(start.getTime() + i * 60_000)
				}))
			)
			.returning({ id: learningSessionParticipant.id, membershipId: learningSessionParticipant.membershipId });
		if (s.daysAgo === 4) openParticipant = rows.find((r) => r.membershipId === workerMembership.id)!.id;
	}

	// Every attended session but the newest goes into the log the way the worker's tap would do it.
	for (const s of await findActivitySuggestions(worker, tx, organisationId)) {
		if (s.source !== 'session' || s.sourceId === openParticipant) continue;
		await addSuggestedActivity(worker, tx, { organisationId, source: 'session', sourceId: s.sourceId });
	}

	const start = new Date(`${periodStart}T12:00:00Z`).getTime();
	await tx.insert(portfolioActivity).values(
		[...TRAININGS, ...SUPERVISIE, ...INTERVISIE, ...FREE].map((l) => ({
			organisationId,
			workerUserId: worker.userId,
			kind: l.kind,
			title: l.title,
			occurredOn: new Date(start + l.day * DAY).toISOString().slice(0, 10),
			netMinutes: Math.round(l.hours * 60),
			category: l.category,
			accreditationId: l.accreditationId ?? '',
			methodName: l.methodName ?? '',
			chairName: l.chairName ?? '',
			evidence: l.evidence,
			reflection: l.reflection ?? ''
		}))
	);
}
