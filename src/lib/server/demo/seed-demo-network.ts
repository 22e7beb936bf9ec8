import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	networkAction,
	networkCase,
	networkCaseWorker,
	networkGoal,
	networkNote,
	networkPerson,
	networkTie,
	networkVersion,
	type Energy,
	type Relation,
	type Ring,
	type Sector,
	type Support
} from '../db/schema';
import { todayInNL } from '../dates';
import { snapshotOf } from '../network/network-data';

export interface DemoNetwork {
	worker: string;
	casePath: string;
}

const DEMO_CASE_LABEL = 'Demo: M.K.';

type P = [name: string, remark: string, Sector | null, Ring | null, Relation | null, Energy | null, Support[]];

// Invented people (demo data). First conversation: a small network, mostly professionals.
const FIRST: P[] = [
	['tante Fatima', 'belt bijna elke dag', 'family', 1, 'strong', 'gives', ['emotional', 'practical']],
	['broer Karim', 'ruzie sinds de verhuizing', 'family', 2, 'broken', null, []],
	['buurvrouw Els', 'past soms op de kinderen', 'neighbours', 2, 'normal', 'mutual', ['practical']],
	['Mo (vriend)', '', 'friends', 3, 'weak', 'receives', ['company']],
	['juf van Sara', '', 'work', 3, 'normal', null, ['advice']],
	['schuldhulpverlener', 'afspraak elke maand', 'professionals', 2, 'stressful', 'gives', ['advice', 'practical']],
	['huisarts', '', 'professionals', 3, 'normal', null, []]
];

/** The demo worker's casus: a network with two dated versions, a plan with actions, and a familiegroepsplan. */
export async function seedDemoNetwork(
	db: Db,
	organisationId: string,
	worker: { id: string; email: string }
): Promise<DemoNetwork> {
	const [existing] = await db
		.select({ id: networkCase.id })
		.from(networkCase)
		.innerJoin(networkCaseWorker, eq(networkCaseWorker.caseId, networkCase.id))
		.where(
			and(
				eq(networkCase.organisationId, organisationId),
				eq(networkCase.label, DEMO_CASE_LABEL),
				eq(networkCaseWorker.userId, worker.id)
			)
		);
	if (existing) return { worker: worker.email, casePath: `/netwerk/${existing.id}` };

	const [c] = await db
		.insert(networkCase)
		.values({ organisationId, label: DEMO_CASE_LABEL, createdByUserId: worker.id, clientRoles: ['parent'] })
		.returning({ id: networkCase.id });
	await db.insert(networkCaseWorker).values({ caseId: c.id, userId: worker.id });
	const persons = await db
		.insert(networkPerson)
		.values(
			FIRST.map(([name, remark, sector, ring, relation, energy, supports], i) => ({
				caseId: c.id,
				name,
				remark,
				sector,
				ring,
				relation,
				energy,
				supports,
				position: i + 1
			}))
		)
		.returning();
	const id = (name: string) => persons.find((p) => p.name === name)!.id;
	await db.insert(networkTie).values([
		{ caseId: c.id, fromPersonId: id('tante Fatima'), toPersonId: id('broer Karim'), relation: 'stressful' },
		{ caseId: c.id, fromPersonId: id('tante Fatima'), toPersonId: id('buurvrouw Els'), relation: 'normal' }
	]);
	const twoMonthsAgo = new Date(Date.now() - 61 * 86_400_000);
	const first = snapshotOf({
		persons,
		ties: await db.select().from(networkTie).where(eq(networkTie.caseId, c.id)),
		caseFile: { clientRoles: ['parent'], clientRoleOther: '' }
	});
	await db.insert(networkVersion).values({
		caseId: c.id,
		takenOn: todayInNL(twoMonthsAgo),
		note: 'Eerste gesprek',
		snapshot: first,
		createdAt: twoMonthsAgo
	});

	// Two months later: Mo came closer, Karim is back in touch, a volunteer joined, and the client
	// helps out at the buurthuis herself (seed 003: giving help in her network instead of asking).
	const roles = { clientRoles: ['parent', 'volunteer'] as ('parent' | 'volunteer')[], clientRoleOther: '' };
	await db.update(networkCase).set(roles).where(eq(networkCase.id, c.id));
	await db
		.update(networkPerson)
		.set({ ring: 1, relation: 'strong', energy: 'mutual' })
		.where(eq(networkPerson.id, id('Mo (vriend)')));
	await db
		.update(networkPerson)
		.set({ relation: 'weak' })
		.where(eq(networkPerson.id, id('broer Karim')));
	const [volunteer] = await db
		.insert(networkPerson)
		.values({
			caseId: c.id,
			name: 'Wim (taalmaatje)',
			remark: 'via het buurthuis',
			sector: 'neighbours',
			ring: 2,
			relation: 'normal',
			energy: 'gives',
			supports: ['company', 'advice'],
			position: persons.length + 1
		})
		.returning();
	const now = await db.select().from(networkPerson).where(eq(networkPerson.caseId, c.id));
	await db.insert(networkVersion).values({
		caseId: c.id,
		takenOn: todayInNL(new Date(Date.now() - 86_400_000)),
		note: 'Na twee maanden',
		snapshot: snapshotOf({
			persons: now,
			ties: await db.select().from(networkTie).where(eq(networkTie.caseId, c.id)),
			caseFile: roles
		})
	});

	const [shopping, papers] = await db
		.insert(networkGoal)
		.values([
			{
				caseId: c.id,
				text: 'Ik wil weer zelf boodschappen doen.',
				evaluation: 'Gaat beter: twee keer alleen geweest.'
			},
			{ caseId: c.id, text: 'Ik wil overzicht over mijn post en rekeningen.' }
		])
		.returning();
	await db.insert(networkAction).values([
		{
			caseId: c.id,
			goalId: shopping.id,
			who: 'person',
			personId: id('tante Fatima'),
			what: 'Gaat de eerste weken mee naar de markt',
			due: todayInNL(new Date(Date.now() + 14 * 86_400_000)),
			status: 'busy'
		},
		{
			caseId: c.id,
			goalId: shopping.id,
			who: 'client',
			what: 'Maakt elke zondag een boodschappenlijst',
			status: 'open'
		},
		{
			caseId: c.id,
			goalId: papers.id,
			who: 'person',
			personId: volunteer.id,
			what: 'Leest samen de post op dinsdag',
			status: 'open'
		},
		{
			caseId: c.id,
			goalId: papers.id,
			who: 'professional',
			professional: 'schuldhulpverlener',
			what: 'Maakt een betaalplan',
			due: todayInNL(new Date(Date.now() + 30 * 86_400_000)),
			status: 'open'
		}
	]);
	await db.insert(networkNote).values([
		{ caseId: c.id, kind: 'concern', text: 'Schulden groeien als de post blijft liggen.' },
		{ caseId: c.id, kind: 'concern', text: 'Weinig contact met familie buiten tante Fatima.' },
		{ caseId: c.id, kind: 'strength', text: 'Tante Fatima en buurvrouw Els willen helpen.' },
		{ caseId: c.id, kind: 'strength', text: 'Mo komt weer vaker langs.' }
	]);
	return { worker: worker.email, casePath: `/netwerk/${c.id}` };
}
