import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	auditLog,
	feedbackContactRequest,
	networkCase,
	networkCaseWorker,
	networkPerson,
	portfolioActivity,
	portfolioGoal,
	portfolioGoalEvidence,
	portfolioProfile,
	reflection
} from '../db/schema';
import type { UserActor } from '../actor';
import { addMember, createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { exportActivityAttestation } from './export-activity-attestation';
import { exportPortfolioCsv } from './export-portfolio-csv';
import { exportPortfolioPdf } from './export-portfolio-pdf';
import { exportPortfolioLeap2a } from './export-portfolio-leap2a';
import { findExportRefusals } from './find-export-refusals';
import { getPortfolioExport } from './get-portfolio-export';
import { ResidentDataRefused } from './export-guard';
import { LEAP2A_NS, LEAP2A_VERSION } from './leap2a';
import { getProgress } from './get-progress';
import { saveRegisterOverride } from './save-register-override';
import { formatHours } from '../../portfolio/progress';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
/** A worker of A who writes resident data into their portfolio (the refusal tests). */
let careless: UserActor;
const ids: Record<string, string> = {};

const PERIOD = { from: '2024-01-01', to: '2028-12-31' };
/** One CSV line's cells, RFC 4180 quotes undone (csv.ts quotes a cell with a comma in it). */
const cells = (line: string) =>
	[...line.matchAll(/(?:^|;)("(?:[^"]|"")*"|[^;]*)/gu)].map((m) =>
		m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/gu, '"') : m[1]
	);
const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });

type ActivityInput = Partial<typeof portfolioActivity.$inferInsert> &
	Pick<typeof portfolioActivity.$inferInsert, 'kind' | 'title' | 'occurredOn' | 'netMinutes' | 'category'>;

async function activity(worker: UserActor, organisationId: string, input: ActivityInput): Promise<string> {
	const [row] = await db
		.insert(portfolioActivity)
		.values({ organisationId, workerUserId: worker.userId, ...input })
		.returning({ id: portfolioActivity.id });
	return row.id;
}

/** A casus the worker is assigned to, with people on the map. */
async function networkWith(worker: UserActor, organisationId: string, names: string[]) {
	const [c] = await db.insert(networkCase).values({ organisationId, label: 'M.' }).returning({ id: networkCase.id });
	await db.insert(networkCaseWorker).values({ caseId: c.id, userId: worker.userId });
	for (const [position, name] of names.entries())
		await db.insert(networkPerson).values({ caseId: c.id, name, position });
}

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	careless = (await addMember(db, { organisationId: a.organisationId, label: 'Slordig', teamId: a.teamId })).actor;
	const org = a.organisationId;
	await db.insert(portfolioProfile).values({
		organisationId: org,
		workerUserId: a.worker.userId,
		registerKey: 'registerplein-sociaal-werk',
		periodStart: '2024-01-01'
	});
	// The worker's own map and call-back requests: what the guard looks for in their texts.
	await networkWith(a.worker, org, ['tante Fatima', 'buurman Henk']);
	await db.insert(feedbackContactRequest).values({
		organisationId: org,
		workerUserId: a.worker.userId,
		name: 'K. Jansen',
		contact: '06 - 98 76 54 32',
		requestedOn: '2026-11-02'
	});
	// Another worker's map: their people are not this worker's, and do not refuse this worker's text.
	await networkWith(a.coach, org, ['Wilhelmina']);
	await networkWith(careless, org, ['tante Fatima']);
	// The worker's own practice map ("map your own network"): their colleagues, not residents.
	const [practice] = await db
		.insert(networkCase)
		.values({ organisationId: org, label: 'Mijn netwerk', kind: 'practice' })
		.returning({ id: networkCase.id });
	await db.insert(networkCaseWorker).values({ caseId: practice.id, userId: a.worker.userId });
	await db.insert(networkPerson).values({ caseId: practice.id, name: 'Coach Anna', position: 0 });

	ids.reading = await activity(a.worker, org, {
		kind: 'reading',
		title: 'Artikel over netwerkgericht werken',
		occurredOn: '2024-01-15',
		netMinutes: 60,
		category: 'overig',
		reflection: 'Ik wil vaker de groslijst gebruiken, ook met Wilhelmina als voorbeeldnaam.'
	});
	ids.intervisie = await activity(a.worker, org, {
		kind: 'intervisie',
		title: 'Intervisie team Noord',
		occurredOn: '2024-03-01',
		startedAt: new Date('2024-03-01T09:00:00+01:00'),
		endedAt: new Date('2024-03-01T10:45:00+01:00'),
		netMinutes: 90,
		category: 'reflectie',
		methodName: 'Incidentmethode',
		chairName: 'Coach Anna',
		participantNames: ['Piet Post', 'Anna Coach', 'A-worker'],
		evidence: 'Presentielijst in Vakspiegel',
		reflection: 'Ik stelde eerst open vragen.',
		dimensions: { normatief: 'Wat is hier goed werk?' }
	});
	ids.course = await activity(a.worker, org, {
		kind: 'training',
		title: 'Cursus motiverende gespreksvoering',
		occurredOn: '2024-02-01',
		netMinutes: 240,
		category: 'geaccrediteerd',
		accreditationId: '398312'
	});
	ids.noId = await activity(a.worker, org, {
		kind: 'training',
		title: 'Webinar zonder accreditatie',
		occurredOn: '2024-02-10',
		netMinutes: 120,
		category: 'geaccrediteerd'
	});
	ids.before = await activity(a.worker, org, {
		kind: 'reading',
		title: 'Boek uit de vorige periode',
		occurredOn: '2020-06-01',
		netMinutes: 600,
		category: 'overig'
	});
	ids.coachs = await activity(a.coach, org, {
		kind: 'supervisie',
		title: 'Supervisie van de coach',
		occurredOn: '2024-04-01',
		netMinutes: 60,
		category: 'reflectie'
	});
	ids.otherOrg = await activity(b.worker, b.organisationId, {
		kind: 'intervisie',
		title: 'Intervisie in B',
		occurredOn: '2024-04-01',
		netMinutes: 60,
		category: 'reflectie'
	});

	const [goal] = await db
		.insert(portfolioGoal)
		.values({
			organisationId: org,
			workerUserId: a.worker.userId,
			title: 'Afspraken beter nakomen',
			description: 'Bewoners merken dat ik terugbel wanneer ik dat zeg.',
			reviewOn: '2025-06-01'
		})
		.returning({ id: portfolioGoal.id });
	ids.goal = goal.id;
	const [r] = await db
		.insert(reflection)
		.values({ organisationId: org, workerUserId: a.worker.userId, text: 'Ik plan nu een belmoment.' })
		.returning({ id: reflection.id });
	const evidence = await db
		.insert(portfolioGoalEvidence)
		.values([
			{ goalId: goal.id, kind: 'mirror_theme', dimension: 'appointments' },
			{ goalId: goal.id, kind: 'reflection', reflectionId: r.id },
			{ goalId: goal.id, kind: 'activity', activityId: ids.intervisie }
		])
		.returning({ id: portfolioGoalEvidence.id });
	ids.evidenceTheme = evidence[0].id;
	ids.evidenceReflection = evidence[1].id;
});
afterAll(() => tdb?.cleanup());

describe("only the worker's own portfolio", () => {
	it('gives the owner the attestation, and everyone else "not found"', async () => {
		const opts = { organisationId: a.organisationId, activityId: ids.intervisie };
		const pdf = await exportActivityAttestation(a.worker, db, opts);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		for (const actor of [a.coach, a.admin, a.facilitator, careless])
			await rejects(exportActivityAttestation(actor, db, opts));
		// Another organisation's worker, in their own organisation and in A's.
		await rejects(exportActivityAttestation(b.worker, db, { ...opts, organisationId: b.organisationId }));
		await rejects(exportActivityAttestation(b.worker, db, opts));
		// The coach's own id, asked by the worker; a made-up id; not an id at all.
		await rejects(exportActivityAttestation(a.worker, db, { ...opts, activityId: ids.coachs }));
		await rejects(exportActivityAttestation(a.worker, db, { ...opts, activityId: crypto.randomUUID() }));
		await rejects(exportActivityAttestation(a.worker, db, { ...opts, activityId: 'x' }));
		await rejects(findExportRefusals(a.worker, db, { ...opts, format: 'attestation', activityId: ids.otherOrg }));
	});

	it("lists and counts only the worker's own rows", async () => {
		const csv = await exportPortfolioCsv(a.worker, db, { organisationId: a.organisationId });
		expect(csv).toContain('Intervisie team Noord');
		expect(csv).not.toContain('Supervisie van de coach');
		expect(csv).not.toContain('Intervisie in B');
		const coachCsv = await exportPortfolioCsv(a.coach, db, { organisationId: a.organisationId, period: PERIOD });
		expect(coachCsv).toContain('Supervisie van de coach');
		expect(coachCsv).not.toContain('Intervisie team Noord');
		const page = await getPortfolioExport(a.worker, db, { organisationId: a.organisationId });
		expect(page).toMatchObject({
			fromProfile: true,
			activities: 4,
			goals: 1,
			current: { from: '2024-01-01', to: '2028-12-31' }
		});
		await rejects(exportPortfolioCsv(b.worker, db, { organisationId: a.organisationId }));
	});

	it('writes every export to the audit log, without content', async () => {
		await exportPortfolioPdf(a.worker, db, { organisationId: a.organisationId });
		const rows = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.actorUserId, a.worker.userId), eq(auditLog.action, 'portfolio.export')));
		const formats = rows.map((r) => (r.details as { format: string }).format);
		expect(formats).toEqual(expect.arrayContaining(['attestation', 'csv', 'pdf']));
		expect(JSON.stringify(rows)).not.toContain('Intervisie team Noord');
	});
});

describe('the spreadsheet', () => {
	it("follows the register's dossier: its category order, then by date, with totals against the minimums", async () => {
		const csv = await exportPortfolioCsv(a.worker, db, { organisationId: a.organisationId });
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = csv.slice(1).trimEnd().split('\r\n').map(cells);
		expect(rows[0].slice(0, 6)).toEqual(['Categorie', 'Datum', 'Begin', 'Eind', 'Netto uren', 'Telt mee']);
		expect(rows.slice(1).map((r) => [r[0], r[1], r[4], r[5]])).toEqual([
			['Geaccrediteerde deskundigheidsbevordering', '01-02-2024', '4', 'ja'],
			['Geaccrediteerde deskundigheidsbevordering', '10-02-2024', '2', 'telt niet: geen accreditatienummer'],
			['Totaal Geaccrediteerde deskundigheidsbevordering', '', '4', 'minimum 80 uur, nog nodig 76 uur'],
			['Reflectie', '01-03-2024', '1,5', 'ja'],
			['Totaal Reflectie', '', '1,5', 'minimum 40 uur, nog nodig 38,5 uur'],
			['Overige deskundigheidsbevordering', '15-01-2024', '1', 'ja'],
			['Totaal Overige deskundigheidsbevordering', '', '1', 'minimum 0 uur, nog nodig 0 uur'],
			['Totaal van 01-01-2024 tot en met 31-12-2028', '', '6,5', '']
		]);
		// Start and end in Dutch time, the chair and who confirmed.
		const intervisie = rows.find((r) => r[7] === 'Intervisie team Noord')!;
		expect(intervisie.slice(2, 4)).toEqual(['09:00', '10:45']);
		expect(csv).toContain('Coach Anna');
		expect(csv).toContain('"Piet Post, Anna Coach, A-worker"');
		expect(csv).not.toContain('Boek uit de vorige periode');
	});

	it('takes another period when asked', async () => {
		const csv = await exportPortfolioCsv(a.worker, db, {
			organisationId: a.organisationId,
			period: { from: '2019-01-01', to: '2023-12-31' }
		});
		expect(csv).toContain('Boek uit de vorige periode');
		expect(csv).not.toContain('Intervisie team Noord');
	});
});

describe('the resident-data guard', () => {
	it("does not refuse a name that is only on another worker's map, or on the worker's own practice map", async () => {
		// "Coach Anna" chaired the intervisie and is on the worker's practice map: the export goes.
		// "Wilhelmina" is on the coach's map, not the worker's: the reading line above passes.
		await expect(exportPortfolioCsv(a.worker, db, { organisationId: a.organisationId })).resolves.toContain(
			'Wilhelmina'
		);
	});

	it('refuses with the exact places, and exports nothing', async () => {
		const org = a.organisationId;
		const named = await activity(careless, org, {
			kind: 'intervisie',
			title: 'Intervisie',
			occurredOn: '2025-01-10',
			netMinutes: 60,
			category: 'reflectie',
			reflection: 'Ik besprak hoe het met Fatima gaat.',
			chairName: 'Coach Anna'
		});
		const bsn = await activity(careless, org, {
			kind: 'other',
			title: 'Overleg',
			occurredOn: '2025-01-12',
			netMinutes: 30,
			category: 'overig',
			dimensions: { persoonlijk: 'Ik schreef 111.222.333 over, dat had niet gemoeten.' },
			evidence: 'Mail aan j.de.boer@example.nl'
		});
		const [goal] = await db
			.insert(portfolioGoal)
			.values({
				organisationId: org,
				workerUserId: careless.userId,
				title: 'Terugbellen',
				lookBack: 'Belde 06-12345678 op tijd.'
			})
			.returning({ id: portfolioGoal.id });
		const period = { from: '2025-01-01', to: '2025-12-31' };
		const before = await db.select().from(auditLog).where(eq(auditLog.actorUserId, careless.userId));

		const refused = await exportPortfolioCsv(careless, db, { organisationId: org, period }).catch((e: unknown) => e);
		expect(refused).toBeInstanceOf(ResidentDataRefused);
		const places = (refused as ResidentDataRefused).places;
		expect(places.map(({ on, id, field, kind }) => ({ on, id, field, kind }))).toEqual([
			{ on: 'activity', id: named, field: 'reflection', kind: 'name' },
			{ on: 'activity', id: bsn, field: 'persoonlijk', kind: 'bsn' },
			{ on: 'activity', id: bsn, field: 'evidence', kind: 'email' }
		]);
		expect(places[0].excerpt).toBe('Ik besprak hoe het met F••••• gaat.');
		expect(places[1].excerpt).not.toContain('222');

		// The Leap2A file carries the goals too: the look-back's phone number is refused there.
		const leap = await exportPortfolioLeap2a(careless, db, { organisationId: org, period }).catch((e: unknown) => e);
		expect((leap as ResidentDataRefused).places.find((p) => p.on === 'goal')).toMatchObject({
			id: goal.id,
			field: 'lookBack',
			kind: 'phone'
		});
		await expect(exportPortfolioPdf(careless, db, { organisationId: org, period })).rejects.toBeInstanceOf(
			ResidentDataRefused
		);
		await expect(
			exportActivityAttestation(careless, db, { organisationId: org, activityId: named })
		).rejects.toBeInstanceOf(ResidentDataRefused);

		// The refusal page sees the same places; the audit log has counts only, no export.
		const again = await findExportRefusals(careless, db, { organisationId: org, format: 'csv', period });
		expect(again.length).toBe(3);
		const after = await db.select().from(auditLog).where(eq(auditLog.actorUserId, careless.userId));
		const added = after.slice(before.length);
		expect(added.map((r) => r.action)).toEqual(Array(4).fill('portfolio.export_refused'));
		expect(JSON.stringify(added)).not.toMatch(/Fatima|111\.222\.333|de\.boer/u);

		// Fixed: the export goes.
		await db
			.update(portfolioActivity)
			.set({ reflection: 'Ik besprak hoe het met de moeder gaat.' })
			.where(eq(portfolioActivity.id, named));
		await db.delete(portfolioActivity).where(eq(portfolioActivity.id, bsn));
		await expect(exportPortfolioCsv(careless, db, { organisationId: org, period })).resolves.toContain('de moeder');
	});

	it('refuses the contact details residents left for this worker, however they are written', async () => {
		const id = await activity(a.worker, a.organisationId, {
			kind: 'other',
			title: 'Terugbelverzoek afgehandeld',
			occurredOn: '2026-11-03',
			netMinutes: 15,
			category: 'overig',
			evidence: 'Gebeld naar +31698765432'
		});
		const places = await findExportRefusals(a.worker, db, {
			organisationId: a.organisationId,
			format: 'attestation',
			activityId: id
		});
		expect(places).toMatchObject([{ on: 'activity', id, field: 'evidence', kind: 'contact' }]);
		await db.delete(portfolioActivity).where(eq(portfolioActivity.id, id));
	});
});

describe('Leap2A', () => {
	it('is an Atom feed with the Leap2A 2010-07 namespaces, types and relations', async () => {
		const xml = await exportPortfolioLeap2a(a.worker, db, { organisationId: a.organisationId });
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		const feed = doc.documentElement!;
		expect(feed.namespaceURI).toBe(LEAP2A_NS.atom);
		expect(feed.localName).toBe('feed');
		expect(feed.lookupNamespaceURI('leap2')).toBe('http://terms.leapspecs.org/');
		expect(feed.lookupNamespaceURI('rdf')).toBe('http://www.w3.org/1999/02/22-rdf-syntax-ns#');
		expect(feed.lookupNamespaceURI('categories')).toBe('http://wiki.leapspecs.org/2A/categories/');
		const version = feed.getElementsByTagNameNS(LEAP2A_NS.leap2, 'version');
		expect(version[0]?.textContent).toBe(LEAP2A_VERSION);
		expect(LEAP2A_VERSION).toBe('http://www.leapspecs.org/2010-07/2A/');

		const entries = Array.from(feed.getElementsByTagNameNS(LEAP2A_NS.atom, 'entry')) as XmlElement[];
		const child = (e: XmlElement, ns: string, name: string) =>
			Array.from(e.childNodes).filter(
				(n): n is XmlElement =>
					n.nodeType === 1 && (n as XmlElement).namespaceURI === ns && (n as XmlElement).localName === name
			) as XmlElement[];
		const byId = new Map(entries.map((e) => [child(e, LEAP2A_NS.atom, 'id')[0].textContent!, e] as const));
		const typeOf = (e: XmlElement) => child(e, LEAP2A_NS.rdf, 'type')[0].getAttributeNS(LEAP2A_NS.rdf, 'resource');
		const title = (e: XmlElement) => child(e, LEAP2A_NS.atom, 'title')[0].textContent;
		const links = (e: XmlElement, rel: string) =>
			child(e, LEAP2A_NS.atom, 'link')
				.filter((l) => l.getAttribute('rel') === `leap2:${rel}`)
				.map((l) => l.getAttribute('href')!);
		const find = (t: string) => [...byId.values()].find((e) => title(e) === t)!;

		// Types: the goal is a plan, intervisie a meeting, reading an activity, the author "Self".
		const goal = byId.get(`urn:uuid:${ids.goal}`)!;
		expect(typeOf(goal)).toBe('leap2:plan');
		const meeting = byId.get(`urn:uuid:${ids.intervisie}`)!;
		expect(typeOf(meeting)).toBe('leap2:meeting');
		expect(typeOf(byId.get(`urn:uuid:${ids.reading}`)!)).toBe('leap2:activity');
		const self = [...byId.values()].find((e) =>
			child(e, LEAP2A_NS.atom, 'category').some((c) => c.getAttribute('term') === 'Self')
		)!;
		expect(typeOf(self)).toBe('leap2:person');
		expect(child(self, LEAP2A_NS.atom, 'category')[0].getAttribute('scheme')).toBe('categories:person_type#');
		expect(child(goal, LEAP2A_NS.leap2, 'date')[0].getAttributeNS(LEAP2A_NS.leap2, 'point')).toBe('target');

		// has_evidence: goal → its evidence entries (and the activity itself), which point back.
		const evidence = links(goal, 'has_evidence');
		expect(evidence).toEqual([
			`urn:uuid:${ids.evidenceTheme}`,
			`urn:uuid:${ids.evidenceReflection}`,
			`urn:uuid:${ids.intervisie}`
		]);
		for (const href of evidence) expect(byId.has(href), href).toBe(true);
		expect(title(byId.get(`urn:uuid:${ids.evidenceTheme}`)!)).toMatch(/afspraken/iu);
		expect(links(byId.get(`urn:uuid:${ids.evidenceReflection}`)!, 'is_evidence_of')).toEqual([`urn:uuid:${ids.goal}`]);

		// reflects_on: the reflection entry → the activity, and back.
		const [reflectionHref] = links(meeting, 'is_reflected_on_by');
		const reflectionEntry = byId.get(reflectionHref)!;
		expect(typeOf(reflectionEntry)).toBe('leap2:entry');
		expect(links(reflectionEntry, 'reflects_on')).toEqual([`urn:uuid:${ids.intervisie}`]);
		expect(child(reflectionEntry, LEAP2A_NS.atom, 'content')[0].textContent).toContain('Ik stelde eerst open vragen.');

		// attended_by: the meeting → a person entry per participant who confirmed.
		const attendees = links(meeting, 'attended_by').map((href) => byId.get(href)!);
		expect(attendees.map(typeOf)).toEqual(['leap2:person', 'leap2:person', 'leap2:person']);
		expect(attendees.map(title)).toEqual(['Piet Post', 'Anna Coach', 'A-worker']);
		expect(links(find('Piet Post'), 'attends')).toEqual([`urn:uuid:${ids.intervisie}`]);

		// Nothing of anyone else, and no resident's quote text.
		expect(xml).not.toContain('Supervisie van de coach');
		expect(xml).not.toContain('Intervisie in B');
	});
});

describe('one rule engine', () => {
	it("totals the export exactly as the progress page does, with the organisation's own numbers", async () => {
		const org = b.organisationId;
		await db.insert(portfolioProfile).values({
			organisationId: org,
			workerUserId: b.worker.userId,
			registerKey: 'registerplein-sociaal-werk',
			periodStart: '2024-01-01'
		});
		// B's admin asks less accredited training and caps "overig" at 10 hours.
		await saveRegisterOverride(b.admin, db, org, {
			registerKey: 'registerplein-sociaal-werk',
			totalMinHours: 100,
			categories: {
				geaccrediteerd: { minHours: 20, maxHours: null },
				reflectie: { minHours: 40, maxHours: null },
				overig: { minHours: 0, maxHours: 10 }
			}
		});
		await activity(b.worker, org, {
			kind: 'reading',
			title: 'Veel gelezen',
			occurredOn: '2024-05-01',
			netMinutes: 900,
			category: 'overig'
		});
		await activity(b.worker, org, {
			kind: 'training',
			title: 'Cursus',
			occurredOn: '2024-06-01',
			netMinutes: 1500,
			category: 'geaccrediteerd',
			accreditationId: '1234'
		});
		// Outside the current period: neither counts it.
		await activity(b.worker, org, {
			kind: 'reading',
			title: 'Oud',
			occurredOn: '2023-12-31',
			netMinutes: 60,
			category: 'overig'
		});

		const { progress } = await getProgress(b.worker, db, org);
		const csv = await exportPortfolioCsv(b.worker, db, { organisationId: org });
		const totals = csv
			.slice(1)
			.trimEnd()
			.split('\r\n')
			.map(cells)
			.filter((r) => r[0].startsWith('Totaal'))
			.map((r) => [r[4], r[5]]);
		const against = (min: number, left: number) =>
			`minimum ${formatHours(min)} uur, nog nodig ${formatHours(left)} uur`;
		expect(totals).toEqual([
			...progress!.categories.map((c) => [formatHours(c.doneMinutes), against(c.minMinutes, c.leftMinutes)]),
			[formatHours(progress!.totalDoneMinutes), against(progress!.totalMinMinutes!, progress!.totalLeftMinutes)]
		]);
		// The override is what both count with: 25 accredited hours against 20, "overig" capped at 10, and
		// the hour of intervisie from the setup.
		expect(totals[0]).toEqual(['25', 'minimum 20 uur, nog nodig 0 uur']);
		expect(totals[2][0]).toBe('10');
		expect(totals[3]).toEqual(['36', 'minimum 100 uur, nog nodig 64 uur']);
		const page = await getPortfolioExport(b.worker, db, { organisationId: org });
		expect(page.current).toEqual({ from: progress!.periodStart, to: '2028-12-31' });
	});
});
