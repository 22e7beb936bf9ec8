import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { team, teamMember, teamMethod } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import { findBuiltInMethod } from '../../team/methods';
import { seedDemoMethods } from '../demo/seed-demo-methods';
import { archiveMethod } from './archive-method';
import { copyMethod } from './copy-method';
import { findMethod } from './find-method';
import { listMethods } from './list-methods';
import { publishMethod } from './publish-method';
import { updateMethod } from './update-method';

let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
/** A second team of organisation A, with A's facilitator as its only member. */
let otherTeamId: string;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	const [t] = await db.insert(team).values({ organisationId: a.organisationId, name: 'A zuid' }).returning();
	otherTeamId = t.id;
	await db.insert(teamMember).values({ teamId: t.id, membershipId: a.membershipIds.facilitator });
});
afterAll(() => tdb?.cleanup());

const rejects = (p: Promise<unknown>, code = 'NOT_FOUND') => expect(p).rejects.toMatchObject({ code });
const refs = async (actor: OrgFixture['worker'], teamId: string) =>
	(await listMethods(actor, db, { teamId })).map((e) => e.ref);

/** The roddelmethode, adapted: the first phase re-titled, the last one removed. */
const adapted = () => {
	const { slug: _slug, ...method } = findBuiltInMethod('roddelmethode')!;
	void _slug;
	return {
		...method,
		name: 'Roddelen op zijn Noords',
		phases: method.phases
			.slice(0, -1)
			.map((p, i) => (i === 0 ? { ...p, title: 'Casus in vijf minuten', minutes: 5 } : p))
	};
};

describe('team methods', () => {
	it('a member lists the built-in methods, copies one for the team and adapts the copy', async () => {
		const builtIn = await refs(a.worker, a.teamId);
		expect(builtIn).toEqual(
			expect.arrayContaining([
				'builtin:leersessie',
				'builtin:roddelmethode',
				'builtin:balint',
				'builtin:moreel-beraad',
				'builtin:troika'
			])
		);
		const { id, ref } = await copyMethod(a.worker, db, { teamId: a.teamId, ref: 'builtin:roddelmethode' });
		const copy = await findMethod(a.worker, db, { teamId: a.teamId, ref });
		expect(copy).toMatchObject({ scope: 'team', basedOn: 'builtin:roddelmethode', canChange: true, canPublish: false });
		expect(copy.method.name).toBe('Roddelmethode (eigen versie)');

		await updateMethod(a.coach, db, { teamId: a.teamId, methodId: id }, adapted());
		const after = await findMethod(a.worker, db, { teamId: a.teamId, ref });
		expect(after.method.name).toBe('Roddelen op zijn Noords');
		expect(after.method.slug).toBe('roddelmethode');
		expect(after.method.phases.map((p) => p.key)).toEqual(['casus', 'vragen', 'roddelen', 'reactie']);
		expect(after.method.phases[0]).toMatchObject({ title: 'Casus in vijf minuten', minutes: 5 });
		// Team methods come first in the list.
		expect((await refs(a.worker, a.teamId))[0]).toBe(ref);
		// The built-in method itself is unchanged.
		expect(findBuiltInMethod('roddelmethode')!.phases).toHaveLength(5);
	});

	it("another team of the organisation, the admin outside the team and another organisation neither see nor change a team's method", async () => {
		const { id, ref } = await copyMethod(a.worker, db, { teamId: a.teamId, ref: 'builtin:balint' });
		// The facilitator is in A's other team: not found, whichever team they name.
		expect(await refs(a.facilitator, otherTeamId)).not.toContain(ref);
		await rejects(findMethod(a.facilitator, db, { teamId: otherTeamId, ref }));
		await rejects(findMethod(a.facilitator, db, { teamId: a.teamId, ref }));
		await rejects(copyMethod(a.facilitator, db, { teamId: otherTeamId, ref }));
		await rejects(updateMethod(a.facilitator, db, { teamId: otherTeamId, methodId: id }, adapted()));
		await rejects(archiveMethod(a.facilitator, db, { teamId: otherTeamId, methodId: id }));
		await rejects(publishMethod(a.facilitator, db, { teamId: otherTeamId, methodId: id }));
		// The admin is in no team: team content is not theirs.
		await rejects(listMethods(a.admin, db, { teamId: a.teamId }));
		await rejects(findMethod(a.admin, db, { teamId: a.teamId, ref }));
		await rejects(updateMethod(a.admin, db, { teamId: a.teamId, methodId: id }, adapted()));
		// Another organisation, with its own team or with ours.
		for (const actor of [b.worker, b.coach, b.admin]) {
			await rejects(findMethod(actor, db, { teamId: b.teamId, ref }));
			await rejects(findMethod(actor, db, { teamId: a.teamId, ref }));
			await rejects(copyMethod(actor, db, { teamId: b.teamId, ref }));
			await rejects(updateMethod(actor, db, { teamId: b.teamId, methodId: id }, adapted()));
			await rejects(archiveMethod(actor, db, { teamId: b.teamId, methodId: id }));
			await rejects(publishMethod(actor, db, { teamId: b.teamId, methodId: id }));
		}
		expect(await refs(b.worker, b.teamId)).not.toContain(ref);
		const [row] = await db.select().from(teamMethod).where(eq(teamMethod.id, id));
		expect(row.data.name).toBe('Balint-methode (eigen versie)');
		expect(row.archivedAt).toBeNull();
		// Still one own method less in the other organisation: nothing was copied there.
		expect(await db.select().from(teamMethod).where(eq(teamMethod.organisationId, b.organisationId))).toEqual([]);
	});

	it("a coach shares the team's method with the organisation: every team sees it, only coaches change it, another organisation never", async () => {
		const { id } = await copyMethod(a.worker, db, { teamId: a.teamId, ref: 'builtin:troika' });
		await rejects(publishMethod(a.worker, db, { teamId: a.teamId, methodId: id }), 'FORBIDDEN');
		expect((await findMethod(a.coach, db, { teamId: a.teamId, ref: `custom:${id}` })).canPublish).toBe(true);
		const shared = await publishMethod(a.coach, db, { teamId: a.teamId, methodId: id });
		const ref = `custom:${shared.id}`;

		// Every team of the organisation sees it and may copy it.
		expect(await refs(a.facilitator, otherTeamId)).toContain(ref);
		const seen = await findMethod(a.facilitator, db, { teamId: otherTeamId, ref });
		expect(seen).toMatchObject({ scope: 'organisation', basedOn: `custom:${id}`, canChange: false });
		const theirs = await copyMethod(a.facilitator, db, { teamId: otherTeamId, ref });
		expect(await refs(a.facilitator, otherTeamId)).toContain(theirs.ref);
		expect(await refs(a.worker, a.teamId)).not.toContain(theirs.ref);

		// A worker (no coach) may not change what every team uses; the coach may.
		await rejects(updateMethod(a.worker, db, { teamId: a.teamId, methodId: shared.id }, adapted()), 'FORBIDDEN');
		await rejects(archiveMethod(a.facilitator, db, { teamId: otherTeamId, methodId: shared.id }), 'FORBIDDEN');
		await updateMethod(a.coach, db, { teamId: a.teamId, methodId: shared.id }, adapted());
		expect((await findMethod(a.facilitator, db, { teamId: otherTeamId, ref })).method.name).toBe(
			'Roddelen op zijn Noords'
		);
		// The team's own version is left as it was.
		expect((await findMethod(a.worker, db, { teamId: a.teamId, ref: `custom:${id}` })).method.name).toBe(
			'Troika-consultatie (eigen versie)'
		);

		// Another organisation: not listed, not found.
		expect(await refs(b.coach, b.teamId)).not.toContain(ref);
		await rejects(findMethod(b.coach, db, { teamId: b.teamId, ref }));
		await rejects(updateMethod(b.coach, db, { teamId: b.teamId, methodId: shared.id }, adapted()));
	});

	it('an archived method is no longer listed, found, copied or changed', async () => {
		const { id, ref } = await copyMethod(a.worker, db, { teamId: a.teamId, ref: 'builtin:moreel-beraad' });
		await archiveMethod(a.worker, db, { teamId: a.teamId, methodId: id });
		expect(await refs(a.worker, a.teamId)).not.toContain(ref);
		await rejects(findMethod(a.worker, db, { teamId: a.teamId, ref }));
		await rejects(copyMethod(a.worker, db, { teamId: a.teamId, ref }));
		await rejects(updateMethod(a.worker, db, { teamId: a.teamId, methodId: id }, adapted()));
		await rejects(archiveMethod(a.worker, db, { teamId: a.teamId, methodId: id }));
	});

	it('refuses a method that does not fit the format, and an unknown or malformed ref', async () => {
		const { id } = await copyMethod(a.worker, db, { teamId: a.teamId, ref: 'builtin:leersessie' });
		const one = { ...adapted(), phases: adapted().phases.slice(0, 1) };
		await rejects(updateMethod(a.worker, db, { teamId: a.teamId, methodId: id }, one), 'INVALID_INPUT');
		for (const ref of ['builtin:bestaat-niet', 'custom:not-a-uuid', 'troika', `custom:${crypto.randomUUID()}`])
			await rejects(findMethod(a.worker, db, { teamId: a.teamId, ref }));
	});

	it('the demo methods: one for the team, one for the organisation, added once however often the seed runs', async () => {
		const c = await createOrgFixture(db, 'C');
		for (let run = 0; run < 2; run++)
			await seedDemoMethods(db, c.organisationId, { teamId: c.teamId, coachUserId: c.coach.userId });
		const listed = await listMethods(c.worker, db, { teamId: c.teamId });
		expect(listed.filter((e) => e.scope !== 'builtin').map((e) => [e.scope, e.method.name])).toEqual([
			['team', 'Roddelmethode kort (demo)'],
			['organisation', 'Troika tussendoor (demo)']
		]);
		expect(await db.select().from(teamMethod).where(eq(teamMethod.organisationId, c.organisationId))).toHaveLength(2);
	});
});
