import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { systemActor, type UserActor } from '../actor';
import { seedDemo } from '../demo/seed-demo';
import type { Db } from '../db/client';
import { guide, guideSection, guideVersion, networkCase, networkCaseWorker } from '../db/schema';
import { addTeam, addWorker, createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createGuide } from './create-guide';
import { createLearningSession } from './create-learning-session';
import { exportGuidePdf } from './export-guide-pdf';
import { findGuides } from './find-guides';
import { getGuide } from './get-guide';
import { getGuideComparison } from './get-guide-comparison';
import { getGuideDraft } from './get-guide-draft';
import { publishGuide } from './publish-guide';
import { saveGuideDraft, type GuideSectionInput } from './save-guide-draft';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
/** A worker of another team in organisation A. */
let otherTeamWorker: UserActor;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	const otherTeamId = await addTeam(db, { organisationId: a.organisationId, name: 'A ander team' });
	otherTeamWorker = await addWorker(db, { organisationId: a.organisationId, teamId: otherTeamId, label: 'ander-team' });
});
afterAll(() => tdb?.cleanup());

const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });

const own = (note: string) => ({ source: 'own', note });

async function newGuide(actor: UserActor, title = 'Vragen voor gesprekken met gezinnen') {
	const { id } = await createGuide(actor, db, { teamId: a.teamId, title });
	const [first] = (await getGuideDraft(actor, db, id)).sections;
	return { id, first: first.id };
}

function section(id: string, heading: string, body: string, source = own('uit de leersessie')): GuideSectionInput {
	return { id, heading, body, ...source };
}

describe('team guides: versions and provenance', () => {
	it('a member writes a draft and publishes version 1; a colleague of the team reads it', async () => {
		const g = await newGuide(a.worker);
		await saveGuideDraft(a.worker, db, {
			guideId: g.id,
			title: 'Vragen voor gesprekken met gezinnen',
			sections: [section(g.first, 'Beginnen', 'Vraag wat er goed gaat.')]
		});
		expect(await publishGuide(a.worker, db, { guideId: g.id, changeNote: 'Eerste versie', minor: false })).toEqual({
			number: 1
		});
		const view = await getGuide(a.coach, db, g.id);
		expect(view.current?.number).toBe(1);
		expect(view.current?.sections).toEqual([
			{
				id: g.first,
				heading: 'Beginnen',
				body: 'Vraag wat er goed gaat.',
				provenance: { kind: 'own', ref: null, label: '', note: 'uit de leersessie' }
			}
		]);
		expect(view.history.map((h) => [h.number, h.changeNote, h.publishedBy])).toEqual([
			[1, 'Eerste versie', 'A-worker']
		]);
		expect((await findGuides(a.coach, db, a.teamId)).find((x) => x.id === g.id)).toMatchObject({ version: 1 });
	});

	it('refuses to publish while a section has no provenance, names the section, and keeps what was typed', async () => {
		const g = await newGuide(a.worker);
		const { addedId } = await saveGuideDraft(a.worker, db, {
			guideId: g.id,
			title: 'Zonder bron',
			sections: [section(g.first, 'Met bron', 'Tekst.')],
			operation: { kind: 'add' }
		});
		await saveGuideDraft(a.worker, db, {
			guideId: g.id,
			title: 'Zonder bron',
			sections: [
				section(g.first, 'Met bron', 'Tekst.'),
				section(addedId!, 'Wat helpt', 'Samen zoeken.', { source: '', note: '' })
			]
		});
		const refused = publishGuide(a.worker, db, { guideId: g.id, changeNote: 'Eerste versie', minor: false });
		await expect(refused).rejects.toMatchObject({
			code: 'INVALID_INPUT',
			fields: { [`source-${addedId}`]: expect.any(String) }
		});
		await expect(refused).rejects.toThrow(/Wat helpt/);
		expect(await db.select().from(guideVersion).where(eq(guideVersion.guideId, g.id))).toEqual([]);
		const draft = await getGuideDraft(a.worker, db, g.id);
		expect(draft.sections.map((s) => s.heading)).toEqual(['Met bron', 'Wat helpt']);

		// "Eigen inzicht" needs a short explanation.
		await saveGuideDraft(a.worker, db, {
			guideId: g.id,
			title: 'Zonder bron',
			sections: [section(g.first, 'Met bron', 'Tekst.'), section(addedId!, 'Wat helpt', 'Samen zoeken.', own(''))]
		});
		await expect(publishGuide(a.worker, db, { guideId: g.id, changeNote: 'x', minor: false })).rejects.toMatchObject({
			code: 'INVALID_INPUT',
			fields: { [`note-${addedId}`]: expect.any(String) }
		});
	});

	it('a minor edit changes the current version and makes no new one; a publish with a note makes version 2', async () => {
		const g = await newGuide(a.worker);
		const save = (body: string) =>
			saveGuideDraft(a.coach, db, { guideId: g.id, title: 'Klein', sections: [section(g.first, 'Vragen', body)] });
		await save('Wat gaat er goed?');
		await publishGuide(a.coach, db, { guideId: g.id, changeNote: 'Eerste versie', minor: false });
		await save('Wat gaat er al goed?');
		expect(await publishGuide(a.worker, db, { guideId: g.id, changeNote: 'tikfout', minor: true })).toEqual({
			number: 1
		});
		let versions = await db.select().from(guideVersion).where(eq(guideVersion.guideId, g.id));
		expect(versions).toHaveLength(1);
		expect(versions[0].sections[0].body).toBe('Wat gaat er al goed?');
		expect(versions[0].minorEdits).toMatchObject([{ note: 'tikfout', userId: a.worker.userId }]);
		expect((await getGuide(a.coach, db, g.id)).history[0].minorEdits).toMatchObject([
			{ note: 'tikfout', by: 'A-worker' }
		]);

		// Nothing changed: neither a minor edit nor a version.
		await rejects(publishGuide(a.worker, db, { guideId: g.id, changeNote: 'niets', minor: false }), 'INVALID_INPUT');
		// A new version needs a change note.
		await save('Wat gaat er al goed? Wie helpt er?');
		await expect(publishGuide(a.worker, db, { guideId: g.id, changeNote: '', minor: false })).rejects.toMatchObject({
			fields: { changeNote: expect.any(String) }
		});
		expect(await publishGuide(a.worker, db, { guideId: g.id, changeNote: 'Vraag erbij', minor: false })).toEqual({
			number: 2
		});
		versions = await db.select().from(guideVersion).where(eq(guideVersion.guideId, g.id));
		expect(versions.map((v) => v.number).sort()).toEqual([1, 2]);

		const c = await getGuideComparison(a.worker, db, { guideId: g.id, from: 1, to: 2 });
		expect(c.sections).toHaveLength(1);
		expect(c.sections[0].change).toBe('changed');
		expect(c.sections[0].body.filter((p) => p.op === 'ins').map((p) => p.text)).toEqual([' Wie helpt er?']);
		await rejects(getGuideComparison(a.worker, db, { guideId: g.id, from: 1, to: 7 }));
		const pdf = await exportGuidePdf(a.coach, db, g.id);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});

	it("a section's provenance: the worker's own casus by its pseudonym, never another worker's casus", async () => {
		const [mine] = await db
			.insert(networkCase)
			.values({ organisationId: a.organisationId, label: 'Gezin K.' })
			.returning({ id: networkCase.id });
		await db.insert(networkCaseWorker).values({ caseId: mine.id, userId: a.worker.userId });
		const g = await newGuide(a.worker);
		// The coach is not assigned to the casus: it is not among the coach's choices, and posting it is refused.
		const coachChoices = (await getGuideDraft(a.coach, db, g.id)).choices.find((c) => c.kind === 'casus')!;
		expect(coachChoices.options.map((o) => o.value)).not.toContain(`casus:${mine.id}`);
		await expect(
			saveGuideDraft(a.coach, db, {
				guideId: g.id,
				title: 'Casus',
				sections: [section(g.first, 'Kop', 'Tekst', { source: `casus:${mine.id}`, note: '' })]
			})
		).rejects.toMatchObject({ code: 'INVALID_INPUT' });
		await saveGuideDraft(a.worker, db, {
			guideId: g.id,
			title: 'Casus',
			sections: [section(g.first, 'Kop', 'Tekst', { source: `casus:${mine.id}`, note: 'geleerd' })]
		});
		// A colleague saving the draft keeps the worker's choice as it was.
		await saveGuideDraft(a.coach, db, {
			guideId: g.id,
			title: 'Casus',
			sections: [section(g.first, 'Kop', 'Tekst van de coach', { source: `casus:${mine.id}`, note: 'geleerd' })]
		});
		const [stored] = await db.select().from(guideSection).where(eq(guideSection.guideId, g.id));
		expect(stored.provenance).toEqual({ kind: 'casus', ref: mine.id, label: 'Gezin K.', note: 'geleerd' });
		expect(stored.body).toBe('Tekst van de coach');
	});

	it('a section can come from a learning session the member took part in, never from one they were not in', async () => {
		const { id: sessionId } = await createLearningSession(a.coach, db, {
			teamId: a.teamId,
			methodRef: 'builtin:leersessie',
			theme: 'Werkdruk',
			day: '2026-12-03',
			time: '09:30',
			chairMembershipId: a.membershipIds.coach,
			participantIds: [a.membershipIds.worker],
			inbrengerMembershipId: ''
		});
		const newcomer = await addWorker(db, {
			organisationId: a.organisationId,
			teamId: a.teamId,
			label: 'nieuw-in-team'
		});
		const g = await newGuide(a.coach);
		const choices = (await getGuideDraft(a.coach, db, g.id)).choices.find((c) => c.kind === 'session')!;
		expect(choices.options).toContainEqual({
			value: `session:${sessionId}`,
			label: '3 december 2026 · Leersessie · Werkdruk'
		});
		const theirs = (await getGuideDraft(newcomer, db, g.id)).choices.find((c) => c.kind === 'session')!;
		expect(theirs.options.map((o) => o.value)).not.toContain(`session:${sessionId}`);
		await expect(
			saveGuideDraft(newcomer, db, {
				guideId: g.id,
				title: 'Sessie',
				sections: [section(g.first, 'Kop', 'Tekst', { source: `session:${sessionId}`, note: '' })]
			})
		).rejects.toMatchObject({ code: 'INVALID_INPUT' });
		await saveGuideDraft(a.coach, db, {
			guideId: g.id,
			title: 'Sessie',
			sections: [section(g.first, 'Kop', 'Tekst', { source: `session:${sessionId}`, note: 'wat helpt' })]
		});
		const [stored] = await db.select().from(guideSection).where(eq(guideSection.guideId, g.id));
		expect(stored.provenance).toMatchObject({ kind: 'session', ref: sessionId, note: 'wat helpt' });
	});
});

describe('team guides: only the team sees them (isolation)', () => {
	let g: { id: string; first: string };
	beforeAll(async () => {
		g = await newGuide(a.worker, 'Van team A');
		await saveGuideDraft(a.worker, db, {
			guideId: g.id,
			title: 'Van team A',
			sections: [section(g.first, 'Kop', 'Tekst')]
		});
		await publishGuide(a.worker, db, { guideId: g.id, changeNote: 'Eerste versie', minor: false });
	});

	const outsiders = () =>
		[
			['a worker of another team', otherTeamWorker],
			['the admin, who is not in the team', a.admin],
			['a facilitator outside the team', a.facilitator],
			['a worker of another organisation', b.worker],
			['the admin of another organisation', b.admin]
		] as const;

	it('nobody outside the team can read the guide, its draft, versions, comparison or PDF', async () => {
		for (const [, actor] of outsiders()) {
			await rejects(getGuide(actor, db, g.id));
			await rejects(getGuideDraft(actor, db, g.id));
			await rejects(getGuideComparison(actor, db, { guideId: g.id, from: 1, to: 1 }));
			await rejects(exportGuidePdf(actor, db, g.id));
			await rejects(findGuides(actor, db, a.teamId));
		}
	});

	it('nobody outside the team can change, publish or add a guide to the team', async () => {
		for (const [, actor] of outsiders()) {
			await rejects(
				saveGuideDraft(actor, db, {
					guideId: g.id,
					title: 'Overgenomen',
					sections: [section(g.first, 'Overgenomen', 'Overgenomen')],
					operation: { kind: 'remove', sectionId: g.first }
				})
			);
			await rejects(publishGuide(actor, db, { guideId: g.id, changeNote: 'Overgenomen', minor: true }));
			await rejects(createGuide(actor, db, { teamId: a.teamId, title: 'Binnengedrongen' }));
		}
		const [row] = await db.select().from(guide).where(eq(guide.id, g.id));
		expect(row.title).toBe('Van team A');
		const sections = await db.select().from(guideSection).where(eq(guideSection.guideId, g.id));
		expect(sections.map((s) => s.heading)).toEqual(['Kop']);
		const [version] = await db.select().from(guideVersion).where(eq(guideVersion.guideId, g.id));
		expect(version.minorEdits).toEqual([]);
		expect((await findGuides(a.worker, db, a.teamId)).map((x) => x.title)).not.toContain('Binnengedrongen');
	});

	it("section ids of another team's guide sent in one's own draft change nothing there", async () => {
		const { id: theirs } = await createGuide(b.worker, db, { teamId: b.teamId, title: 'Van team B' });
		const [their] = (await getGuideDraft(b.worker, db, theirs)).sections;
		await saveGuideDraft(a.worker, db, {
			guideId: g.id,
			title: 'Van team A',
			sections: [section(g.first, 'Kop', 'Tekst'), section(their.id, 'Overgenomen', 'Overgenomen')],
			operation: { kind: 'remove', sectionId: their.id }
		});
		const [still] = await db.select().from(guideSection).where(eq(guideSection.id, their.id));
		expect(still).toMatchObject({ guideId: theirs, heading: '' });
		expect((await getGuideDraft(a.worker, db, g.id)).sections.map((s) => s.id)).toEqual([g.first]);
	});
});

describe('demo data', () => {
	it('seeds "Vragen voor gesprekken met gezinnen" in two versions with provenance, once', async () => {
		const first = await seedDemo(systemActor('test'), db);
		const again = await seedDemo(systemActor('test'), db);
		const path = (first.team as { guide: string }).guide;
		expect(path).toMatch(/^\/team\/handreikingen\/[0-9a-f-]{36}$/);
		expect(again.team).toEqual(first.team);
		const versions = await db
			.select()
			.from(guideVersion)
			.where(eq(guideVersion.guideId, path.split('/').at(-1)!));
		expect(versions.map((v) => v.number).sort()).toEqual([1, 2]);
		for (const v of versions) expect(v.sections.every((s) => s.provenance !== null)).toBe(true);
		expect(versions.flatMap((v) => v.sections.map((s) => s.provenance?.kind))).toContain('casus');
	});
});
