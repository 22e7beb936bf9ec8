import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { teamMethod } from '../db/schema';
import { methodSchema, type Method } from '../../team/method';
// The JSON files themselves, not methods.ts: the CLI (seed-demo) runs through tsx, not Vite, where
// import.meta.glob (which methods.ts uses to find every method) does not exist.
import roddelmethode from '../../team/methods/roddelmethode.json';
import troikaMethod from '../../team/methods/troika.json';

/**
 * Demo methods, so the library shows all three kinds: Team Noord's own short roddelmethode, and a
 * troika the coach shared with the whole organisation. Found again by
 * name (archived ones too): a second run adds nothing, and one a tester took off the list stays off.
 */
export async function seedDemoMethods(
	db: Db,
	organisationId: string,
	options: { teamId: string; coachUserId: string }
): Promise<void> {
	const gossip = methodSchema.parse(roddelmethode);
	const troika = methodSchema.parse(troikaMethod);
	const own: Method = methodSchema.parse({
		...gossip,
		name: 'Roddelmethode kort (demo)',
		summary: 'Onze eigen roddelmethode voor het teamoverleg: in drie kwartier, zonder aparte afronding.',
		phases: gossip.phases
			.filter((p) => p.key !== 'afronding')
			.map((p) => (p.key === 'roddelen' ? { ...p, minutes: 15 } : p))
	});
	const shared: Method = methodSchema.parse({
		...troika,
		name: 'Troika tussendoor (demo)',
		summary: 'Met z’n drieën een kwartier meedenken, tussen twee huisbezoeken door.',
		phases: troika.phases.map((p) => ({ ...p, minutes: p.key === 'consultatie' ? 7 : 3 }))
	});
	for (const [teamId, basedOn, data] of [
		[options.teamId, 'builtin:roddelmethode', own],
		[null, 'builtin:troika', shared]
	] as const) {
		const existing = (
			await db
				.select({ data: teamMethod.data })
				.from(teamMethod)
				.where(and(eq(teamMethod.organisationId, organisationId), eq(teamMethod.basedOn, basedOn)))
		).some((row) => row.data.name === data.name);
		if (existing) continue;
		await db.insert(teamMethod).values({ organisationId, teamId, basedOn, data, createdByUserId: options.coachUserId });
	}
}
