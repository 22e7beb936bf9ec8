import { describe, expect, it } from 'vitest';
import { systemActor } from '../actor';
import { createTestDatabase, testEngine } from '../testing/test-db';
import { createOrgFixture } from '../testing/fixtures';
import { seedDemo } from '../demo/seed-demo';
import { createInvitation } from '../organisation/create-invitation';
import { noMail } from '../mail';
import { exportData, importData, type DataDump } from './dump';

const comparable = (d: DataDump) => JSON.parse(JSON.stringify(d.tables));

// The round trip the issue asks for: PGlite → PostgreSQL → PGlite with identical data. Runs once, in
// the PGlite project; PostgreSQL is used when TEST_DATABASE_URL is set (CI), else a second PGlite.
describe.skipIf(testEngine() !== 'pglite')('export and import', () => {
	it('round-trips PGlite → PostgreSQL → PGlite with identical data', async () => {
		const source = await createTestDatabase('pglite');
		const middle = await createTestDatabase(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
		const target = await createTestDatabase('pglite');
		try {
			await seedDemo(systemActor('test'), source.database.db);
			const org = await createOrgFixture(source.database.db, 'Export');
			await createInvitation(
				org.admin,
				source.database.db,
				org.organisationId,
				{ email: 'i@test.example', roles: ['coach'], teamIds: [org.teamId] },
				{
					origin: 'http://x',
					mailer: noMail,
					validDays: 7
				}
			);
			const first = await exportData(source.database.db, 'pglite');
			expect(first.tables.user.length).toBeGreaterThanOrEqual(8);
			expect(first.tables.invitation).toHaveLength(1);

			await importData(middle.database.db, first);
			const second = await exportData(middle.database.db, middle.database.engine);
			expect(comparable(second)).toEqual(comparable(first));

			await importData(target.database.db, JSON.parse(JSON.stringify(second)));
			const third = await exportData(target.database.db, 'pglite');
			expect(comparable(third)).toEqual(comparable(first));
			// Dates and arrays survive as such, not as strings.
			expect(third.tables.invitation[0].team_ids).toEqual([org.teamId]);
		} finally {
			await Promise.all([source.cleanup(), middle.cleanup(), target.cleanup()]);
		}
	}, 90_000);

	it('an export from before migration 0008 keeps its call-back names, as contact requests of their own', async () => {
		const source = await createTestDatabase('pglite');
		const target = await createTestDatabase('pglite');
		try {
			await seedDemo(systemActor('test'), source.database.db);
			const dump = await exportData(source.database.db, 'pglite');
			// As an older version exported it: the name on the response, no table of its own.
			const [response] = dump.tables.feedback_response;
			Object.assign(response, { contact_name: 'Oude Naam', contact: '0699999999' });
			for (const r of dump.tables.feedback_response.slice(1)) Object.assign(r, { contact_name: null, contact: null });
			const before = dump.tables.feedback_contact_request.length;
			await importData(target.database.db, dump);
			const after = await exportData(target.database.db, 'pglite');
			expect(after.tables.feedback_contact_request).toHaveLength(before + 1);
			const moved = after.tables.feedback_contact_request.find((r) => r.name === 'Oude Naam');
			expect(moved).toMatchObject({
				contact: '0699999999',
				requested_on: response.submitted_on,
				worker_user_id: response.worker_user_id,
				handled_on: null
			});
			expect(Object.values(moved!)).not.toContain(response.id);
			expect(JSON.stringify(after.tables.feedback_response)).not.toContain('Oude Naam');
		} finally {
			await Promise.all([source.cleanup(), target.cleanup()]);
		}
	}, 90_000);

	it('refuses to import into a database that already has data, and changes nothing', async () => {
		const db = await createTestDatabase('pglite');
		try {
			await seedDemo(systemActor('test'), db.database.db);
			const dump = await exportData(db.database.db, 'pglite');
			await expect(importData(db.database.db, dump)).rejects.toThrow(/niet leeg/);
			const after = await exportData(db.database.db, 'pglite');
			expect(comparable(after)).toEqual(comparable(dump));
			await expect(importData(db.database.db, { format: 'iets anders' } as never)).rejects.toThrow(/geen export/);
		} finally {
			await db.cleanup();
		}
	});
});
