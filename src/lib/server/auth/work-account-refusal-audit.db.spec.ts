import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import type { Db } from '../db/client';
import { auditLog } from '../db/schema';
import { RefusalAudit } from './work-account-refusal-audit';

let tdb: TestDatabase;
let db: Db;

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
});
afterAll(() => tdb?.cleanup());

const entries = () =>
	db
		.select({ details: auditLog.details })
		.from(auditLog)
		.where(eq(auditLog.action, 'werkaccount.refused'))
		.orderBy(auditLog.createdAt);

describe('refused work-account sign-ins in the audit log', () => {
	it('writes one entry per refusal up to the cap, counts the rest and says so in the next entry', async () => {
		let now = 1_000_000;
		const audit = new RefusalAudit({ limit: 3, windowMs: 60_000, now: () => now });
		// A script hammering the open redirect URI: 50 refusals in one minute.
		for (let i = 0; i < 50; i++) await audit.write(db, 'state');
		expect(await entries()).toHaveLength(3);
		now += 60_000;
		await audit.write(db, 'token');
		const all = await entries();
		expect(all).toHaveLength(4);
		expect(all.map((e) => e.details)).toContainEqual({ reason: 'token', notWrittenBefore: 47 });
		await audit.write(db, 'state');
		expect((await entries()).at(-1)?.details).toEqual({ reason: 'state' });
	});
});
