import type { NetworkCaseId } from '../ids';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import {
	auditLog,
	networkAction,
	networkCase,
	networkCaseWorker,
	networkGoal,
	networkNote,
	networkPerson,
	networkTie,
	networkVersion,
	organisation
} from '../db/schema';
import { runRetention } from '../retention';
import { addTeam, addWorker, createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { closeNetworkCase } from './close-network-case';
import { createNetworkAction } from './create-network-action';
import { createNetworkCase } from './create-network-case';
import { createNetworkGoal } from './create-network-goal';
import { createNetworkNote } from './create-network-note';
import { createNetworkPerson } from './create-network-person';
import { createNetworkTie } from './create-network-tie';
import { createNetworkVersion } from './create-network-version';
import { deleteNetworkAction } from './delete-network-action';
import { deleteNetworkGoal } from './delete-network-goal';
import { deleteNetworkNote } from './delete-network-note';
import { deleteNetworkPerson } from './delete-network-person';
import { deleteNetworkTie } from './delete-network-tie';
import { exportNetwork } from './export-network';
import { exportNetworkPdf } from './export-network-pdf';
import { findNetworkCases } from './find-network-cases';
import { findTeamColleagues } from './find-team-colleagues';
import { getNetwork } from './get-network';
import { getNetworkComparison } from './get-network-comparison';
import { getPracticeCase } from './get-practice-case';
import { updateNetworkAction } from './update-network-action';
import { updateNetworkCaseRoles } from './update-network-case-roles';
import { updatePracticeReflection } from './update-practice-reflection';
import { updateNetworkCaseWorkers } from './update-network-case-workers';
import { updateNetworkPerson } from './update-network-person';
import { updateNetworkPersons } from './update-network-persons';
import { updateNetworkActions } from './update-network-actions';
import { updateNetworkGoals } from './update-network-goals';
import { updateOrganisation } from '../organisation/update-organisation';
import { renderNetworkSvg } from './render-network-svg';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
/** A worker in A's team, not assigned to the casus. */
let teammate: UserActor;
let caseId: NetworkCaseId;
let fatima: string;
let jan: string;
let goalId: string;
let actionId: string;
let noteId: string;
let tieId: string;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	teammate = await addWorker(db, { organisationId: a.organisationId, teamId: a.teamId, label: 'Teamgenoot' });
	// The coach (also a worker, same team) is co-assigned; the teammate is not.
	({ id: caseId } = await createNetworkCase(a.worker, db, a.organisationId, {
		label: 'M.K.',
		coWorkerUserIds: [a.coach.userId]
	}));
	({ id: fatima } = await createNetworkPerson(a.worker, db, a.organisationId, caseId, {
		name: 'tante Fatima',
		remark: 'belt elke dag'
	}));
	({ id: jan } = await createNetworkPerson(a.worker, db, a.organisationId, caseId, { name: 'Jan', remark: '' }));
	await updateNetworkPerson(a.worker, db, a.organisationId, caseId, fatima, {
		sector: 'family',
		ring: 1,
		relation: 'strong',
		energy: 'gives',
		supports: ['emotional', 'practical']
	});
	await createNetworkTie(a.worker, db, a.organisationId, caseId, {
		fromPersonId: fatima,
		toPersonId: jan,
		relation: 'stressful'
	});
	[{ id: tieId }] = await db.select({ id: networkTie.id }).from(networkTie).where(eq(networkTie.caseId, caseId));
	({ id: goalId } = await createNetworkGoal(a.worker, db, a.organisationId, caseId, {
		text: 'Weer zelf boodschappen doen'
	}));
	({ id: actionId } = await createNetworkAction(a.worker, db, a.organisationId, caseId, {
		goalId,
		who: 'person',
		personId: fatima,
		professional: '',
		what: 'Gaat de eerste twee weken mee naar de markt',
		due: '2026-12-15'
	}));
	({ id: noteId } = await createNetworkNote(a.worker, db, a.organisationId, caseId, {
		kind: 'concern',
		text: 'Jan en tante Fatima maken ruzie'
	}));
});
afterAll(() => tdb?.cleanup());

const rejects = (p: Promise<unknown>, ...codes: string[]) =>
	expect(p).rejects.toSatisfy((e: { code?: string }) => (codes.length ? codes : ['NOT_FOUND']).includes(e.code ?? ''));

describe('who may open a casus', () => {
	it('the assigned workers read it; the list shows it to them only', async () => {
		const own = await getNetwork(a.worker, db, a.organisationId, caseId);
		expect(own.persons.map((p) => p.name)).toEqual(['tante Fatima', 'Jan']);
		expect(own.workers.map((w) => w.userId).sort()).toEqual([a.worker.userId, a.coach.userId].sort());
		const coAssigned = await getNetwork(a.coach, db, a.organisationId, caseId);
		expect(coAssigned.goals).toHaveLength(1);
		expect((await findNetworkCases(a.coach, db, a.organisationId)).map((c) => c.id)).toContain(caseId);
		expect((await findNetworkCases(teammate, db, a.organisationId)).map((c) => c.id)).not.toContain(caseId);
	});

	it('a worker of the same team who is not assigned cannot read, export or change it', async () => {
		const org = a.organisationId;
		await rejects(getNetwork(teammate, db, org, caseId));
		await rejects(exportNetwork(teammate, db, org, caseId, { format: 'json', pseudonymised: false }));
		await rejects(exportNetwork(teammate, db, org, caseId, { format: 'csv', pseudonymised: false }));
		await rejects(exportNetworkPdf(teammate, db, org, caseId, { pseudonymised: true }));
		await rejects(getNetworkComparison(teammate, db, org, caseId, 'nu', 'nu'));
		await rejects(createNetworkPerson(teammate, db, org, caseId, { name: 'Indringer', remark: '' }));
		await rejects(
			updateNetworkPerson(teammate, db, org, caseId, fatima, { name: 'Veranderd', ring: 3, sector: 'work' })
		);
		await rejects(updateNetworkPersons(teammate, db, org, caseId, [{ personId: fatima, patch: { ring: 3 } }]));
		await rejects(updateNetworkPersons(teammate, db, org, caseId, []));
		await rejects(updateNetworkActions(teammate, db, org, caseId, [{ actionId, status: 'stopped' }]));
		await rejects(updateNetworkGoals(teammate, db, org, caseId, [{ goalId, text: 'x', evaluation: '' }]));
		await rejects(deleteNetworkPerson(teammate, db, org, caseId, jan));
		await rejects(
			createNetworkTie(teammate, db, org, caseId, { fromPersonId: jan, toPersonId: fatima, relation: 'broken' })
		);
		await rejects(deleteNetworkTie(teammate, db, org, caseId, tieId));
		await rejects(createNetworkVersion(teammate, db, org, caseId, { note: '' }));
		await rejects(createNetworkGoal(teammate, db, org, caseId, { text: 'x' }));
		await rejects(deleteNetworkGoal(teammate, db, org, caseId, goalId));
		await rejects(updateNetworkAction(teammate, db, org, caseId, actionId, { status: 'stopped' }));
		await rejects(deleteNetworkAction(teammate, db, org, caseId, actionId));
		await rejects(createNetworkNote(teammate, db, org, caseId, { kind: 'strength', text: 'x' }));
		await rejects(deleteNetworkNote(teammate, db, org, caseId, noteId));
		await rejects(closeNetworkCase(teammate, db, org, caseId));

		const [person] = await db.select().from(networkPerson).where(eq(networkPerson.id, fatima));
		expect(person).toMatchObject({ name: 'tante Fatima', sector: 'family', ring: 1 });
		expect(await db.select().from(networkPerson).where(eq(networkPerson.caseId, caseId))).toHaveLength(2);
		expect(await db.select().from(networkTie).where(eq(networkTie.caseId, caseId))).toHaveLength(1);
		expect(await db.select().from(networkVersion).where(eq(networkVersion.caseId, caseId))).toHaveLength(0);
		expect(await db.select().from(networkGoal).where(eq(networkGoal.caseId, caseId))).toHaveLength(1);
		const [action] = await db.select().from(networkAction).where(eq(networkAction.id, actionId));
		expect(action.status).toBe('open');
		expect(await db.select().from(networkNote).where(eq(networkNote.caseId, caseId))).toHaveLength(1);
		const [row] = await db.select().from(networkCase).where(eq(networkCase.id, caseId));
		expect(row.status).toBe('open');
		const opens = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subjectId, caseId), eq(auditLog.actorUserId, teammate.userId)));
		expect(opens).toEqual([]);
	});

	it('the admin and a facilitator of the organisation see no casus content', async () => {
		await rejects(getNetwork(a.admin, db, a.organisationId, caseId), 'NOT_FOUND', 'FORBIDDEN');
		await rejects(getNetwork(a.facilitator, db, a.organisationId, caseId), 'NOT_FOUND', 'FORBIDDEN');
		await rejects(
			exportNetwork(a.admin, db, a.organisationId, caseId, { format: 'json', pseudonymised: true }),
			'NOT_FOUND',
			'FORBIDDEN'
		);
	});

	it('only colleagues from a shared team can be co-assigned', async () => {
		expect((await findTeamColleagues(a.worker, db, a.organisationId)).map((c) => c.userId).sort()).toEqual(
			[a.coach.userId, teammate.userId].sort()
		);
		await rejects(
			createNetworkCase(a.worker, db, a.organisationId, { label: 'X', coWorkerUserIds: [a.facilitator.userId] }),
			'INVALID_INPUT'
		);
		await rejects(
			createNetworkCase(a.worker, db, a.organisationId, { label: 'X', coWorkerUserIds: [b.worker.userId] }),
			'INVALID_INPUT'
		);
	});

	it('the practice map belongs to its worker alone', async () => {
		const practice = await getPracticeCase(a.worker, db, a.organisationId);
		expect((await getPracticeCase(a.worker, db, a.organisationId)).id).toBe(practice.id);
		await rejects(getNetwork(a.coach, db, a.organisationId, practice.id));
		await rejects(getNetwork(teammate, db, a.organisationId, practice.id));
		const workers = await db.select().from(networkCaseWorker).where(eq(networkCaseWorker.caseId, practice.id));
		expect(workers.map((w) => w.userId)).toEqual([a.worker.userId]);
	});
});

describe('another organisation cannot see or change a casus, its people, ties, versions, plan or notes', () => {
	it("B's worker and admin get not found, with A's or B's organisation id", async () => {
		for (const orgId of [a.organisationId, b.organisationId]) {
			await rejects(getNetwork(b.worker, db, orgId, caseId), 'NOT_FOUND', 'FORBIDDEN');
			await rejects(
				exportNetwork(b.worker, db, orgId, caseId, { format: 'csv', pseudonymised: false }),
				'NOT_FOUND',
				'FORBIDDEN'
			);
			await rejects(updateNetworkPerson(b.worker, db, orgId, caseId, fatima, { name: 'B' }), 'NOT_FOUND', 'FORBIDDEN');
			await rejects(
				updateNetworkPersons(b.worker, db, orgId, caseId, [{ personId: fatima, patch: { name: 'B' } }]),
				'NOT_FOUND',
				'FORBIDDEN'
			);
			await rejects(
				updateNetworkActions(b.worker, db, orgId, caseId, [{ actionId, status: 'done' }]),
				'NOT_FOUND',
				'FORBIDDEN'
			);
			await rejects(
				updateNetworkGoals(b.worker, db, orgId, caseId, [{ goalId, text: 'B', evaluation: '' }]),
				'NOT_FOUND',
				'FORBIDDEN'
			);
			await rejects(createNetworkVersion(b.worker, db, orgId, caseId, { note: '' }), 'NOT_FOUND', 'FORBIDDEN');
			await rejects(deleteNetworkTie(b.worker, db, orgId, caseId, tieId), 'NOT_FOUND', 'FORBIDDEN');
			await rejects(
				updateNetworkAction(b.worker, db, orgId, caseId, actionId, { status: 'done' }),
				'NOT_FOUND',
				'FORBIDDEN'
			);
			await rejects(deleteNetworkNote(b.worker, db, orgId, caseId, noteId), 'NOT_FOUND', 'FORBIDDEN');
			await rejects(getNetwork(b.admin, db, orgId, caseId), 'NOT_FOUND', 'FORBIDDEN');
		}
		expect(await findNetworkCases(b.worker, db, b.organisationId)).toEqual([]);
	});

	it("ids of A's people, goals and actions used inside B's own casus are not found", async () => {
		const { id: bCase } = await createNetworkCase(b.worker, db, b.organisationId, { label: 'B1', coWorkerUserIds: [] });
		await rejects(updateNetworkPerson(b.worker, db, b.organisationId, bCase, fatima, { name: 'Overgenomen' }));
		await rejects(deleteNetworkPerson(b.worker, db, b.organisationId, bCase, jan));
		await rejects(
			createNetworkTie(b.worker, db, b.organisationId, bCase, {
				fromPersonId: fatima,
				toPersonId: jan,
				relation: 'weak'
			}),
			'INVALID_INPUT'
		);
		const { id: bGoal } = await createNetworkGoal(b.worker, db, b.organisationId, bCase, { text: 'Doel B' });
		await rejects(
			createNetworkAction(b.worker, db, b.organisationId, bCase, {
				goalId: bGoal,
				who: 'person',
				personId: fatima,
				professional: '',
				what: 'x',
				due: null
			}),
			'INVALID_INPUT'
		);
		await rejects(
			createNetworkAction(b.worker, db, b.organisationId, bCase, {
				goalId,
				who: 'client',
				personId: null,
				professional: '',
				what: 'x',
				due: null
			}),
			'INVALID_INPUT'
		);
		await rejects(updateNetworkAction(b.worker, db, b.organisationId, bCase, actionId, { status: 'done' }));
		await rejects(
			updateNetworkPersons(b.worker, db, b.organisationId, bCase, [{ personId: fatima, patch: { name: 'B' } }])
		);
		await rejects(updateNetworkActions(b.worker, db, b.organisationId, bCase, [{ actionId, status: 'done' }]));
		await rejects(updateNetworkGoals(b.worker, db, b.organisationId, bCase, [{ goalId, text: 'B', evaluation: '' }]));
		await rejects(deleteNetworkNote(b.worker, db, b.organisationId, bCase, noteId));
		const [person] = await db.select().from(networkPerson).where(eq(networkPerson.id, fatima));
		expect(person.name).toBe('tante Fatima');
		const [goal] = await db.select().from(networkGoal).where(eq(networkGoal.id, goalId));
		expect(goal.text).toBe('Weer zelf boodschappen doen');
	});
});

describe('audit log', () => {
	it('records every open and every export, with ids and no names', async () => {
		const before = await db.select().from(auditLog).where(eq(auditLog.subjectId, caseId));
		await getNetwork(a.coach, db, a.organisationId, caseId, { view: 'ecogram' });
		const json = await exportNetwork(a.worker, db, a.organisationId, caseId, { format: 'json', pseudonymised: true });
		const csv = await exportNetwork(a.worker, db, a.organisationId, caseId, { format: 'csv', pseudonymised: false });
		const pdf = await exportNetworkPdf(a.worker, db, a.organisationId, caseId, { pseudonymised: false });
		expect(json).not.toContain('Fatima');
		expect(json).toContain('Familie A');
		expect(csv).toContain('tante Fatima');
		// The Dutch Excel dialect of every export (csv.ts): Dutch columns, ";" and dd-mm-jjjj.
		expect(csv.startsWith('\uFEFFSoort;Naam of wie;')).toBe(true);
		expect(csv).toMatch(/\r\nactie;[^\r]*;Weer zelf boodschappen doen;15-12-2026;/u);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const rows = (await db.select().from(auditLog).where(eq(auditLog.subjectId, caseId))).slice(before.length);
		expect(rows.map((r) => [r.action, r.actorUserId, r.details])).toEqual([
			['network.open', a.coach.userId, { view: 'ecogram' }],
			['network.export', a.worker.userId, { format: 'json', pseudonymised: true, persons: 2 }],
			['network.export', a.worker.userId, { format: 'csv', pseudonymised: false, persons: 2 }],
			['network.export', a.worker.userId, { format: 'pdf', pseudonymised: false, persons: 2 }]
		]);
		expect(JSON.stringify(rows)).not.toContain('Fatima');
		expect(rows.every((r) => r.organisationId === a.organisationId)).toBe(true);
	});
});

describe('the pseudonymised export (issue 12, finding 15)', () => {
	it('hides every name inside free text and shares no id with the named export', async () => {
		const org = a.organisationId;
		const { id } = await createNetworkCase(a.worker, db, org, { label: 'Mehmet K.', coWorkerUserIds: [] });
		const { id: karim } = await createNetworkPerson(a.worker, db, org, id, { name: 'broer Karim', remark: '' });
		const { id: dijk } = await createNetworkPerson(a.worker, db, org, id, {
			name: 'mevrouw van Dijk',
			remark: 'Karim belt haar'
		});
		await updateNetworkPerson(a.worker, db, org, id, karim, {
			sector: 'family',
			ring: 1,
			relation: 'stressful',
			energy: 'receives',
			supports: []
		});
		await createNetworkTie(a.worker, db, org, id, { fromPersonId: karim, toPersonId: dijk, relation: 'weak' });
		await createNetworkNote(a.worker, db, org, id, { kind: 'concern', text: 'Karim drinkt te veel' });
		await createNetworkNote(a.worker, db, org, id, { kind: 'strength', text: "Dijk's tuin is een rustige plek" });
		const { id: goal } = await createNetworkGoal(a.worker, db, org, id, { text: 'Mehmet wil minder ruzie met karim' });
		await createNetworkAction(a.worker, db, org, id, {
			goalId: goal,
			who: 'professional',
			personId: null,
			professional: 'wijkagent Jansen',
			what: 'Jansen praat met Karims vrienden',
			due: null
		});
		await createNetworkAction(a.worker, db, org, id, {
			goalId: goal,
			who: 'person',
			personId: karim,
			professional: '',
			what: 'Belt mevrouw van Dijk',
			due: null
		});
		await createNetworkVersion(a.worker, db, org, id, { note: 'Na het gesprek met Karim' });

		const named = JSON.parse(await exportNetwork(a.worker, db, org, id, { format: 'json', pseudonymised: false }));
		const firstRaw = await exportNetwork(a.worker, db, org, id, { format: 'json', pseudonymised: true });
		const first = JSON.parse(firstRaw);
		const second = JSON.parse(await exportNetwork(a.worker, db, org, id, { format: 'json', pseudonymised: true }));

		for (const name of ['Karim', 'Dijk', 'Mehmet', 'Jansen']) expect(firstRaw).not.toMatch(new RegExp(name, 'i'));
		expect(first.concerns).toEqual(['Familie A drinkt te veel']);
		expect(first.strengths).toEqual(["Persoon A's tuin is een rustige plek"]);
		expect(first.goals[0].text).toBe('Cliënt wil minder ruzie met Familie A');
		expect(first.goals[0].actions.map((x: { whoLabel: string; what: string }) => [x.whoLabel, x.what])).toEqual([
			['Professional', "Professional praat met Familie A's vrienden"],
			['Familie A', 'Belt Persoon A']
		]);
		expect(first.versions.map((v: { note: string }) => v.note)).toEqual(['Na het gesprek met Familie A']);

		// No id of the named export (the stored ids) appears in a pseudonymised one; inside one export
		// the ids still tie a person to their ties and actions; two exports do not share ids.
		const storedIds = [karim, dijk, id, goal];
		for (const stored of storedIds) expect(firstRaw).not.toContain(stored);
		expect(named.persons.map((p: { id: string }) => p.id)).toEqual([karim, dijk]);
		const [fk, fd] = first.persons.map((p: { id: string }) => p.id);
		expect(first.ties[0]).toMatchObject({ fromPersonId: fk, toPersonId: fd });
		expect(first.goals[0].actions[1].personId).toBe(fk);
		expect(second.persons.map((p: { id: string }) => p.id)).not.toContain(fk);

		const csv = await exportNetwork(a.worker, db, org, id, { format: 'csv', pseudonymised: true });
		for (const name of ['Karim', 'Dijk', 'Mehmet', 'Jansen']) expect(csv).not.toMatch(new RegExp(name, 'i'));
	});
});

describe('versions, plan and closing', () => {
	it('a version freezes the map; the comparison shows who joined, left and moved', async () => {
		const { id: caseTwo } = await createNetworkCase(a.worker, db, a.organisationId, {
			label: 'V.',
			coWorkerUserIds: []
		});
		const { id: p1 } = await createNetworkPerson(a.worker, db, a.organisationId, caseTwo, { name: 'Oma', remark: '' });
		const { id: p2 } = await createNetworkPerson(a.worker, db, a.organisationId, caseTwo, {
			name: 'Buurman',
			remark: ''
		});
		await updateNetworkPerson(a.worker, db, a.organisationId, caseTwo, p1, {
			sector: 'family',
			ring: 3,
			relation: 'weak'
		});
		const v1 = await createNetworkVersion(a.worker, db, a.organisationId, caseTwo, { note: 'eerste gesprek' });
		await updateNetworkPerson(a.worker, db, a.organisationId, caseTwo, p1, { ring: 1, relation: 'strong' });
		await deleteNetworkPerson(a.worker, db, a.organisationId, caseTwo, p2);
		await createNetworkPerson(a.worker, db, a.organisationId, caseTwo, { name: 'Voetbaltrainer', remark: '' });
		const [frozen] = await db.select().from(networkVersion).where(eq(networkVersion.id, v1.id));
		expect(frozen.snapshot.persons.find((p) => p.name === 'Oma')?.ring).toBe(3);
		const v2 = await createNetworkVersion(a.worker, db, a.organisationId, caseTwo, { note: '' });
		const result = await getNetworkComparison(a.worker, db, a.organisationId, caseTwo, v1.id, v2.id);
		expect(result.comparison.joined.map((p) => p.name)).toEqual(['Voetbaltrainer']);
		expect(result.comparison.left.map((p) => p.name)).toEqual(['Buurman']);
		expect(result.comparison.closer).toEqual([{ name: 'Oma', fromRing: 3, toRing: 1 }]);
		expect(result.comparison.relationChanged).toEqual([{ name: 'Oma', from: 'weak', to: 'strong' }]);
		const live = await getNetworkComparison(a.worker, db, a.organisationId, caseTwo, v1.id, 'nu');
		expect(live.to.takenOn).toBeNull();
		// A version of another casus cannot be compared through this one.
		await rejects(getNetworkComparison(a.worker, db, a.organisationId, caseId, v1.id, 'nu'));
	});

	it('a closed casus can be read but no longer changed', async () => {
		const { id: closing } = await createNetworkCase(a.worker, db, a.organisationId, {
			label: 'Z.',
			coWorkerUserIds: []
		});
		await closeNetworkCase(a.worker, db, a.organisationId, closing);
		expect((await getNetwork(a.worker, db, a.organisationId, closing)).caseFile.status).toBe('closed');
		await rejects(createNetworkPerson(a.worker, db, a.organisationId, closing, { name: 'x', remark: '' }), 'CONFLICT');
		await rejects(closeNetworkCase(a.worker, db, a.organisationId, closing), 'CONFLICT');
	});
});

describe('the page-wide save of the ecogram, the netwerkcirkel and the plan (issue 14)', () => {
	it('saves every card at once, and nothing when one card is not in this casus', async () => {
		const org = a.organisationId;
		const { id: own } = await createNetworkCase(a.worker, db, org, { label: 'P.W.', coWorkerUserIds: [] });
		const { id: p1 } = await createNetworkPerson(a.worker, db, org, own, { name: 'Oma', remark: '' });
		const { id: p2 } = await createNetworkPerson(a.worker, db, org, own, { name: 'Buurman', remark: '' });
		await updateNetworkPersons(a.worker, db, org, own, [
			{ personId: p1, patch: { relation: 'weak', energy: 'gives', supports: ['practical'] } },
			{ personId: p2, patch: { relation: 'stressful', energy: null, supports: [] } }
		]);
		const rows = await db.select().from(networkPerson).where(eq(networkPerson.caseId, own));
		expect(rows.find((r) => r.id === p1)).toMatchObject({ relation: 'weak', energy: 'gives', supports: ['practical'] });
		expect(rows.find((r) => r.id === p2)).toMatchObject({ relation: 'stressful', energy: null });

		// Jan belongs to another casus: the whole save is refused, Oma keeps "weak".
		await rejects(
			updateNetworkPersons(a.worker, db, org, own, [
				{ personId: p1, patch: { relation: 'strong' } },
				{ personId: jan, patch: { relation: 'strong' } }
			])
		);
		const [oma] = await db.select().from(networkPerson).where(eq(networkPerson.id, p1));
		expect(oma.relation).toBe('weak');
		const [janRow] = await db.select().from(networkPerson).where(eq(networkPerson.id, jan));
		expect(janRow.relation).toBeNull();

		const { id: g } = await createNetworkGoal(a.worker, db, org, own, { text: 'Doel' });
		const add = (what: string) =>
			createNetworkAction(a.worker, db, org, own, {
				goalId: g,
				who: 'client',
				personId: null,
				professional: '',
				what,
				due: null
			});
		const { id: x1 } = await add('Eén');
		const { id: x2 } = await add('Twee');
		await updateNetworkActions(a.worker, db, org, own, [
			{ actionId: x1, status: 'busy' },
			{ actionId: x2, status: 'done' }
		]);
		const acts = await db.select().from(networkAction).where(eq(networkAction.caseId, own));
		expect(Object.fromEntries(acts.map((r) => [r.id, r.status]))).toEqual({ [x1]: 'busy', [x2]: 'done' });
		await rejects(
			updateNetworkActions(a.worker, db, org, own, [
				{ actionId: x1, status: 'stopped' },
				{ actionId, status: 'stopped' }
			])
		);
		const [first] = await db.select().from(networkAction).where(eq(networkAction.id, x1));
		expect(first.status).toBe('busy');

		const { id: g2 } = await createNetworkGoal(a.worker, db, org, own, { text: 'Tweede doel' });
		await updateNetworkGoals(a.worker, db, org, own, [
			{ goalId: g, text: 'Doel, anders gezegd', evaluation: 'Gaat goed' },
			{ goalId: g2, text: 'Tweede doel', evaluation: 'Nog niet begonnen' }
		]);
		const goals = await db.select().from(networkGoal).where(eq(networkGoal.caseId, own));
		expect(goals.find((r) => r.id === g)).toMatchObject({ text: 'Doel, anders gezegd', evaluation: 'Gaat goed' });
		// A goal of another casus: the whole save is refused, the first goal keeps its words.
		await rejects(
			updateNetworkGoals(a.worker, db, org, own, [
				{ goalId: g, text: 'Weg', evaluation: '' },
				{ goalId, text: 'Weg', evaluation: '' }
			])
		);
		const [kept] = await db.select().from(networkGoal).where(eq(networkGoal.id, g));
		expect(kept.text).toBe('Doel, anders gezegd');
	});
});

describe('changing who works on a casus', () => {
	const workersOf = async (id: NetworkCaseId) =>
		(await db.select().from(networkCaseWorker).where(eq(networkCaseWorker.caseId, id))).map((w) => w.userId).sort();
	const auditOf = async (id: string) =>
		db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'network.workers')));

	it('an assigned worker adds and removes team colleagues; it is audited with ids and counts', async () => {
		const { id } = await createNetworkCase(a.worker, db, a.organisationId, { label: 'W1', coWorkerUserIds: [] });
		expect(
			await updateNetworkCaseWorkers(a.worker, db, a.organisationId, id, [a.worker.userId, teammate.userId])
		).toEqual({ added: 1, removed: 0, actorStillAssigned: true });
		expect(await workersOf(id)).toEqual([a.worker.userId, teammate.userId].sort());
		// The colleague now opens it, and changes the set in turn.
		expect((await getNetwork(teammate, db, a.organisationId, id)).caseFile.id).toBe(id);
		await updateNetworkCaseWorkers(teammate, db, a.organisationId, id, [
			a.worker.userId,
			teammate.userId,
			a.coach.userId
		]);
		await updateNetworkCaseWorkers(a.worker, db, a.organisationId, id, [a.worker.userId, a.coach.userId]);
		expect(await workersOf(id)).toEqual([a.worker.userId, a.coach.userId].sort());
		await rejects(getNetwork(teammate, db, a.organisationId, id));
		// Nothing changed: nothing to log.
		await updateNetworkCaseWorkers(a.worker, db, a.organisationId, id, [
			a.coach.userId,
			a.worker.userId,
			a.worker.userId
		]);
		const rows = await auditOf(id);
		expect(rows.map((r) => [r.actorUserId, r.details])).toEqual([
			[a.worker.userId, { added: [teammate.userId], removed: [], workers: 2 }],
			[teammate.userId, { added: [a.coach.userId], removed: [], workers: 3 }],
			[a.worker.userId, { added: [], removed: [teammate.userId], workers: 2 }]
		]);
		expect(rows.every((r) => r.organisationId === a.organisationId && r.subjectType === 'network_case')).toBe(true);
	});

	it('the creator can take themselves off when someone stays, and then no longer opens it', async () => {
		const { id } = await createNetworkCase(a.worker, db, a.organisationId, {
			label: 'W2',
			coWorkerUserIds: [a.coach.userId]
		});
		expect(await updateNetworkCaseWorkers(a.worker, db, a.organisationId, id, [a.coach.userId])).toEqual({
			added: 0,
			removed: 1,
			actorStillAssigned: false
		});
		await rejects(getNetwork(a.worker, db, a.organisationId, id));
		await rejects(updateNetworkCaseWorkers(a.worker, db, a.organisationId, id, [a.worker.userId, a.coach.userId]));
		expect(await workersOf(id)).toEqual([a.coach.userId]);
		// The last one cannot leave: nobody would be able to open it.
		await rejects(updateNetworkCaseWorkers(a.coach, db, a.organisationId, id, []), 'INVALID_INPUT');
		expect(await workersOf(id)).toEqual([a.coach.userId]);
	});

	it('nobody is left when two people each take the other off at the same moment', async () => {
		// Many rounds: on PostgreSQL both transactions can read the old set unless the casus is locked.
		const ids = await Promise.all(
			Array.from({ length: 12 }, async (_, i) => {
				const { id } = await createNetworkCase(a.worker, db, a.organisationId, {
					label: `W3-${i}`,
					coWorkerUserIds: [a.coach.userId]
				});
				return id;
			})
		);
		await Promise.all(
			ids.map((id) =>
				Promise.allSettled([
					updateNetworkCaseWorkers(a.worker, db, a.organisationId, id, [a.worker.userId]),
					updateNetworkCaseWorkers(a.coach, db, a.organisationId, id, [a.coach.userId])
				])
			)
		);
		for (const id of ids) expect(await workersOf(id)).toHaveLength(1);
	});

	it('a worker of the same team who is not assigned cannot change the workers', async () => {
		await rejects(updateNetworkCaseWorkers(teammate, db, a.organisationId, caseId, [teammate.userId, a.worker.userId]));
		await rejects(updateNetworkCaseWorkers(teammate, db, a.organisationId, caseId, [a.worker.userId]));
		await rejects(
			updateNetworkCaseWorkers(a.admin, db, a.organisationId, caseId, [a.admin.userId]),
			'NOT_FOUND',
			'FORBIDDEN'
		);
		expect(await workersOf(caseId)).toEqual([a.worker.userId, a.coach.userId].sort());
		expect(await auditOf(caseId)).toEqual([]);
	});

	it('only colleagues from a shared team can be added: not another team, another organisation or a made-up id', async () => {
		const otherTeamId = await addTeam(db, { organisationId: a.organisationId, name: 'A ander team' });
		const otherTeamWorker = await addWorker(db, {
			organisationId: a.organisationId,
			teamId: otherTeamId,
			label: 'Ander team'
		});
		for (const outsider of [otherTeamWorker.userId, a.facilitator.userId, b.worker.userId, 'verzonnen-id']) {
			await rejects(
				updateNetworkCaseWorkers(a.worker, db, a.organisationId, caseId, [a.worker.userId, a.coach.userId, outsider]),
				'INVALID_INPUT'
			);
		}
		// Nor by way of B's own casus: B's worker cannot change A's, with either organisation id.
		for (const orgId of [a.organisationId, b.organisationId]) {
			await rejects(updateNetworkCaseWorkers(b.worker, db, orgId, caseId, [b.worker.userId]), 'NOT_FOUND', 'FORBIDDEN');
		}
		expect(await workersOf(caseId)).toEqual([a.worker.userId, a.coach.userId].sort());
		expect(await auditOf(caseId)).toEqual([]);
	});

	it('the practice map and a closed casus keep their workers', async () => {
		const practice = await getPracticeCase(a.worker, db, a.organisationId);
		await rejects(
			updateNetworkCaseWorkers(a.worker, db, a.organisationId, practice.id, [a.worker.userId, a.coach.userId]),
			'CONFLICT'
		);
		const { id } = await createNetworkCase(a.worker, db, a.organisationId, { label: 'W4', coWorkerUserIds: [] });
		await closeNetworkCase(a.worker, db, a.organisationId, id);
		await rejects(
			updateNetworkCaseWorkers(a.worker, db, a.organisationId, id, [a.worker.userId, a.coach.userId]),
			'CONFLICT'
		);
		expect(await workersOf(practice.id)).toEqual([a.worker.userId]);
		expect(await workersOf(id)).toEqual([a.worker.userId]);
	});
});

describe("the organisation's own legend", () => {
	it('an admin renames a line type; the ecogram and the PDF document use it, clearing restores Hartman', async () => {
		const settings = { name: 'B', contactEmail: null, feedbackBatchSize: 3, retentionMonths: 12 };
		await updateOrganisation(b.admin, db, b.organisationId, { ...settings, legendStrong: 'Steunend', legendWeak: '' });
		const { id } = await createNetworkCase(b.worker, db, b.organisationId, { label: 'L.', coWorkerUserIds: [] });
		const data = await getNetwork(b.worker, db, b.organisationId, id);
		expect(data.legend).toEqual({ strong: 'Steunend' });
		const svg = renderNetworkSvg([], [], {
			kind: 'ecogram',
			clientLabel: 'L.',
			idPrefix: 'l',
			title: 't',
			legend: data.legend
		});
		expect(svg).toContain('Steunend');
		expect(svg).not.toContain('>Sterk<');
		// A does not get B's wording.
		expect((await getNetwork(a.worker, db, a.organisationId, caseId)).legend).toEqual({});
		await updateOrganisation(b.admin, db, b.organisationId, { ...settings, legendStrong: '' });
		expect((await getNetwork(b.worker, db, b.organisationId, id)).legend).toEqual({});
	});
});

describe("the client's roles and the practice reflection (issue 14)", () => {
	it('an assigned worker records roles; a version keeps them and the comparison shows the change', async () => {
		const { id: roleCase } = await createNetworkCase(a.worker, db, a.organisationId, {
			label: 'R.',
			coWorkerUserIds: [a.coach.userId]
		});
		await createNetworkPerson(a.worker, db, a.organisationId, roleCase, { name: 'tante Ria', remark: '' });
		await updateNetworkCaseRoles(a.worker, db, a.organisationId, roleCase, {
			roles: ['parent', 'parent', 'carer'],
			other: '  oppas voor tante Ria '
		});
		// The co-assigned coach reads what the worker recorded.
		const read = await getNetwork(a.coach, db, a.organisationId, roleCase);
		expect(read.caseFile.clientRoles).toEqual(['parent', 'carer']);
		expect(read.caseFile.clientRoleOther).toBe('oppas voor tante Ria');

		const v1 = await createNetworkVersion(a.worker, db, a.organisationId, roleCase, { note: '' });
		await updateNetworkCaseRoles(a.coach, db, a.organisationId, roleCase, {
			roles: ['parent', 'volunteer'],
			other: ''
		});
		const [frozen] = await db.select().from(networkVersion).where(eq(networkVersion.id, v1.id));
		expect(frozen.snapshot.client).toEqual({ roles: ['parent', 'carer'], other: 'oppas voor tante Ria' });
		const { comparison } = await getNetworkComparison(a.worker, db, a.organisationId, roleCase, v1.id, 'nu');
		expect(comparison.rolesChanged).toEqual({
			from: { roles: ['parent', 'carer'], other: 'oppas voor tante Ria' },
			to: { roles: ['parent', 'volunteer'], other: '' }
		});

		// The exports carry them; without names, a name inside the own-words role is replaced.
		await updateNetworkCaseRoles(a.worker, db, a.organisationId, roleCase, {
			roles: ['volunteer'],
			other: 'oppas voor tante Ria'
		});
		const named = JSON.parse(
			await exportNetwork(a.worker, db, a.organisationId, roleCase, { format: 'json', pseudonymised: false })
		);
		expect(named).toMatchObject({
			kind: 'client',
			clientRoles: ['volunteer'],
			clientRoleOther: 'oppas voor tante Ria'
		});
		const anonymous = JSON.parse(
			await exportNetwork(a.worker, db, a.organisationId, roleCase, { format: 'json', pseudonymised: true })
		);
		expect(anonymous.clientRoleOther).toBe('oppas voor Persoon A');
		const csv = await exportNetwork(a.worker, db, a.organisationId, roleCase, { format: 'csv', pseudonymised: false });
		expect(csv).toContain('Rol;R.;"vrijwilliger, oppas voor tante Ria"');
	});

	it('nobody else can change or read the roles: a teammate, another organisation, or on a closed casus', async () => {
		const { id: roleCase } = await createNetworkCase(a.worker, db, a.organisationId, {
			label: 'S.',
			coWorkerUserIds: []
		});
		await updateNetworkCaseRoles(a.worker, db, a.organisationId, roleCase, { roles: ['employee'], other: '' });
		const attempt = { roles: ['neighbour' as const], other: 'Indringer' };
		await rejects(updateNetworkCaseRoles(teammate, db, a.organisationId, roleCase, attempt));
		await rejects(getNetwork(teammate, db, a.organisationId, roleCase));
		await rejects(updateNetworkCaseRoles(a.admin, db, a.organisationId, roleCase, attempt), 'NOT_FOUND', 'FORBIDDEN');
		for (const orgId of [a.organisationId, b.organisationId]) {
			await rejects(updateNetworkCaseRoles(b.worker, db, orgId, roleCase, attempt), 'NOT_FOUND', 'FORBIDDEN');
			await rejects(getNetwork(b.worker, db, orgId, roleCase), 'NOT_FOUND', 'FORBIDDEN');
		}
		await closeNetworkCase(a.worker, db, a.organisationId, roleCase);
		await rejects(updateNetworkCaseRoles(a.worker, db, a.organisationId, roleCase, attempt), 'CONFLICT');
		const [row] = await db.select().from(networkCase).where(eq(networkCase.id, roleCase));
		expect([row.clientRoles, row.clientRoleOther]).toEqual([['employee'], '']);
	});

	it('the reflection is only for the own practice map, only its worker writes it, and no export carries it', async () => {
		const practice = await getPracticeCase(a.worker, db, a.organisationId);
		await updatePracticeReflection(a.worker, db, a.organisationId, practice.id, {
			reflection: 'Ik zag hoeveel ik van mijn zus krijg.'
		});
		expect((await getNetwork(a.worker, db, a.organisationId, practice.id)).caseFile.reflection).toBe(
			'Ik zag hoeveel ik van mijn zus krijg.'
		);
		const attempt = { reflection: 'Indringer' };
		for (const other of [teammate, a.coach]) {
			await rejects(updatePracticeReflection(other, db, a.organisationId, practice.id, attempt));
		}
		for (const orgId of [a.organisationId, b.organisationId]) {
			await rejects(updatePracticeReflection(b.worker, db, orgId, practice.id, attempt), 'NOT_FOUND', 'FORBIDDEN');
		}
		// A client's casus has no reflection of the worker.
		await rejects(updatePracticeReflection(a.worker, db, a.organisationId, caseId, attempt), 'CONFLICT');
		const [row] = await db.select().from(networkCase).where(eq(networkCase.id, practice.id));
		expect(row.reflection).toBe('Ik zag hoeveel ik van mijn zus krijg.');
		for (const pseudonymised of [false, true]) {
			for (const format of ['json', 'csv'] as const) {
				const out = await exportNetwork(a.worker, db, a.organisationId, practice.id, { format, pseudonymised });
				expect(out).not.toContain('mijn zus krijg');
			}
		}
		const json = JSON.parse(
			await exportNetwork(a.worker, db, a.organisationId, practice.id, { format: 'json', pseudonymised: false })
		);
		expect(json).toMatchObject({ kind: 'practice', client: 'Ik' });
	});
});

describe('retention', () => {
	it("deletes a closed casus after the organisation's period, and nothing else", async () => {
		const DAY = 86_400_000;
		const now = new Date();
		const make = async (orgFixture: OrgFixture, label: string, closedDaysAgo: number | null) => {
			const { id } = await createNetworkCase(orgFixture.worker, db, orgFixture.organisationId, {
				label,
				coWorkerUserIds: []
			});
			await createNetworkPerson(orgFixture.worker, db, orgFixture.organisationId, id, {
				name: `${label} persoon`,
				remark: ''
			});
			await createNetworkVersion(orgFixture.worker, db, orgFixture.organisationId, id, { note: '' });
			if (closedDaysAgo !== null) {
				await db
					.update(networkCase)
					.set({ status: 'closed', closedAt: new Date(now.getTime() - closedDaysAgo * DAY) })
					.where(eq(networkCase.id, id));
			}
			return id;
		};
		// A: default 12 months. B: 24 months.
		await db.update(organisation).set({ retentionMonths: 24 }).where(eq(organisation.id, b.organisationId));
		const expired = await make(a, 'R1', 370);
		const recent = await make(a, 'R2', 300);
		const openOld = await make(a, 'R3', null);
		await db
			.update(networkCase)
			.set({ createdAt: new Date(now.getTime() - 800 * DAY) })
			.where(eq(networkCase.id, openOld));
		const longerPeriod = await make(b, 'R4', 400);
		const bExpired = await make(b, 'R5', 740);

		const result = await runRetention(db, now);
		expect(result.networkCases).toBe(2);
		const left = (await db.select({ id: networkCase.id }).from(networkCase)).map((r) => r.id);
		expect(left).not.toContain(expired);
		expect(left).not.toContain(bExpired);
		for (const kept of [recent, openOld, longerPeriod, caseId]) expect(left).toContain(kept);
		// Its people and versions went with it; the others' stayed.
		expect(await db.select().from(networkPerson).where(eq(networkPerson.caseId, expired))).toEqual([]);
		expect(await db.select().from(networkVersion).where(eq(networkVersion.caseId, expired))).toEqual([]);
		expect(await db.select().from(networkPerson).where(eq(networkPerson.caseId, recent))).toHaveLength(1);
		// One entry per organisation for the run, with the cases' ids and no content.
		const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'retention.run'));
		expect(audit.flatMap((r) => (r.details.networkCaseIds as string[] | undefined) ?? []).sort()).toEqual(
			[expired, bExpired].sort()
		);
		expect((await runRetention(db, now)).networkCases).toBe(0);
	});
});
