import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { auditLog, membership, organisationJoinDomain, teamMember, user } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { Db } from '../db/client';
import type { UserActor } from '../actor';
import { noMail } from '../mail';
import { joinDomainsSchema } from '../../validation/organisation';
import { createInvitation } from './create-invitation';
import { findJoinDomains } from './find-join-domains';
import { joinByWorkAccount } from './join-by-work-account';
import { setJoinDomains } from './set-join-domains';

// Joining by e-mail domain (issue 18, docs/adr/0016): an admin names the domains whose people may join
// as a worker by signing in with their work account, without an invitation.
let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
const PROVIDER = ['wijkteam-a.example', 'welzijn-b.example', 'gedeeld.example', 'vrij.example'];
const ctx = { origin: 'https://vakspiegel.test', mailer: noMail, validDays: 7 };

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	await setJoinDomains(a.admin, db, {
		organisationId: a.organisationId,
		domains: ['wijkteam-a.example'],
		providerDomains: PROVIDER
	});
	await setJoinDomains(b.admin, db, {
		organisationId: b.organisationId,
		domains: ['welzijn-b.example'],
		providerDomains: PROVIDER
	});
});
afterAll(() => tdb?.cleanup());

/** A person as the work-account sign-in makes them: a user row, no password. */
async function newWorkAccountUser(email: string): Promise<UserActor> {
	const id = randomUUID();
	await db.insert(user).values({ id, email, name: 'Werk Account', emailVerified: false });
	return { kind: 'user', userId: id, email, name: 'Werk Account' };
}

const membershipsOf = (userId: string) => db.select().from(membership).where(eq(membership.userId, userId));

describe('setJoinDomains and findJoinDomains', () => {
	it('stores the list, replaces it, and writes an audit entry each time', async () => {
		expect(await findJoinDomains(a.admin, db, a.organisationId)).toEqual(['wijkteam-a.example']);
		await setJoinDomains(a.admin, db, {
			organisationId: a.organisationId,
			domains: ['vrij.example', 'wijkteam-a.example'],
			providerDomains: PROVIDER
		});
		expect(await findJoinDomains(a.admin, db, a.organisationId)).toEqual(['vrij.example', 'wijkteam-a.example']);
		await setJoinDomains(a.admin, db, {
			organisationId: a.organisationId,
			domains: ['wijkteam-a.example'],
			providerDomains: PROVIDER
		});
		expect(await findJoinDomains(a.admin, db, a.organisationId)).toEqual(['wijkteam-a.example']);
		const audits = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.organisationId, a.organisationId), eq(auditLog.action, 'organisation.join_domains')));
		expect(audits.length).toBeGreaterThanOrEqual(3);
	});

	it('lets a domain belong to one organisation only, with a Dutch message', async () => {
		const claim = setJoinDomains(b.admin, db, {
			organisationId: b.organisationId,
			domains: ['welzijn-b.example', 'wijkteam-a.example'],
			providerDomains: PROVIDER
		});
		await expect(claim).rejects.toMatchObject({ code: 'CONFLICT', status: 409 });
		await expect(claim).rejects.toThrow(/wijkteam-a\.example hoort al bij een andere organisatie/);
		// Nothing changed for either organisation.
		expect(await findJoinDomains(b.admin, db, b.organisationId)).toEqual(['welzijn-b.example']);
		expect(await findJoinDomains(a.admin, db, a.organisationId)).toEqual(['wijkteam-a.example']);
		// The database says so too, should two admins save at the same moment.
		await expect(
			db.insert(organisationJoinDomain).values({ domain: 'wijkteam-a.example', organisationId: b.organisationId })
		).rejects.toThrow();
	});

	it("refuses a domain the installation's provider does not speak for, or with no provider at all", async () => {
		await expect(
			setJoinDomains(a.admin, db, {
				organisationId: a.organisationId,
				domains: ['gmail.com'],
				providerDomains: PROVIDER
			})
		).rejects.toMatchObject({ code: 'INVALID_INPUT', fields: { joinDomains: expect.stringContaining('gmail.com') } });
		await expect(
			setJoinDomains(a.admin, db, {
				organisationId: a.organisationId,
				domains: ['vrij.example'],
				providerDomains: null
			})
		).rejects.toMatchObject({ code: 'INVALID_INPUT' });
		expect(await findJoinDomains(a.admin, db, a.organisationId)).toEqual(['wijkteam-a.example']);
	});

	it("isolation: another organisation's admin, and a worker, cannot read or change the setting", async () => {
		await expect(findJoinDomains(b.admin, db, a.organisationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(findJoinDomains(a.worker, db, a.organisationId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(
			setJoinDomains(b.admin, db, { organisationId: a.organisationId, domains: [], providerDomains: PROVIDER })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			setJoinDomains(a.worker, db, { organisationId: a.organisationId, domains: [], providerDomains: PROVIDER })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		expect(await findJoinDomains(a.admin, db, a.organisationId)).toEqual(['wijkteam-a.example']);
	});
});

describe('joinByWorkAccount with an allowed domain', () => {
	it('makes a new person of the domain a worker of that organisation, without a team, with one audit entry', async () => {
		const actor = await newWorkAccountUser(`sanne-${randomUUID().slice(0, 6)}@wijkteam-a.example`);
		const joined = await joinByWorkAccount(actor, db, { providerDomains: PROVIDER });
		expect(joined.organisationIds).toEqual([a.organisationId]);
		const rows = await membershipsOf(actor.userId);
		expect(rows.map((r) => [r.organisationId, r.roles])).toEqual([[a.organisationId, ['worker']]]);
		expect(await db.select().from(teamMember).where(eq(teamMember.membershipId, rows[0].id))).toEqual([]);
		const audits = await db.select().from(auditLog).where(eq(auditLog.actorUserId, actor.userId));
		expect(audits.map((e) => [e.action, e.organisationId])).toEqual([
			['organisation.join_by_domain', a.organisationId]
		]);
		// A second call changes nothing.
		expect((await joinByWorkAccount(actor, db, { providerDomains: PROVIDER })).organisationIds).toEqual([]);
		expect(await membershipsOf(actor.userId)).toHaveLength(1);
	});

	it('joins nobody without an allowed domain, or when the provider does not speak for it', async () => {
		const outside = await newWorkAccountUser(`piet-${randomUUID().slice(0, 6)}@gedeeld.example`);
		expect((await joinByWorkAccount(outside, db, { providerDomains: PROVIDER })).organisationIds).toEqual([]);
		expect(await membershipsOf(outside.userId)).toEqual([]);
		const notProvider = await newWorkAccountUser(`kees-${randomUUID().slice(0, 6)}@wijkteam-a.example`);
		expect(
			(await joinByWorkAccount(notProvider, db, { providerDomains: ['gedeeld.example'] })).organisationIds
		).toEqual([]);
		expect(await membershipsOf(notProvider.userId)).toEqual([]);
	});

	it("joins only the organisation that owns the domain, never another organisation's", async () => {
		const actor = await newWorkAccountUser(`bo-${randomUUID().slice(0, 6)}@welzijn-b.example`);
		expect((await joinByWorkAccount(actor, db, { providerDomains: PROVIDER })).organisationIds).toEqual([
			b.organisationId
		]);
		expect((await membershipsOf(actor.userId)).map((r) => r.organisationId)).toEqual([b.organisationId]);
	});

	it('an open invitation wins: the invitation’s organisation and roles, not the domain', async () => {
		const email = `lotte-${randomUUID().slice(0, 6)}@wijkteam-a.example`;
		await createInvitation(b.admin, db, b.organisationId, { email, roles: ['coach'], teamIds: [] }, ctx);
		const actor = await newWorkAccountUser(email);
		expect((await joinByWorkAccount(actor, db, { providerDomains: PROVIDER })).organisationIds).toEqual([
			b.organisationId
		]);
		expect((await membershipsOf(actor.userId)).map((r) => [r.organisationId, r.roles])).toEqual([
			[b.organisationId, ['coach']]
		]);
	});
});

describe('joinDomainsSchema', () => {
	it('reads domains separated by commas, spaces or lines, in lower case, without "@" and duplicates', () => {
		const parsed = joinDomainsSchema.parse({ joinDomains: ' wijkteam.nl, @Welzijn.NL\nwijkteam.nl ' });
		expect(parsed.joinDomains).toEqual(['wijkteam.nl', 'welzijn.nl']);
		expect(joinDomainsSchema.parse({ joinDomains: '' }).joinDomains).toEqual([]);
	});

	it('refuses what is not a domain, and too many, with a Dutch message', () => {
		const wrong = joinDomainsSchema.safeParse({ joinDomains: 'wijkteam.nl, sanne@wijkteam.nl' });
		expect(wrong.success).toBe(false);
		expect(wrong.error?.issues[0].message).toContain('is geen e-maildomein');
		const many = Array.from({ length: 21 }, (_, i) => `d${i}.example`).join('\n');
		expect(joinDomainsSchema.safeParse({ joinDomains: many }).error?.issues[0].message).toContain('hoogstens 20');
	});
});
