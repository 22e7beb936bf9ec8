import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { requireRole } from '../organisation/access';
import { countPersonData, findPerson, type PartCount } from './person-data';

export interface ErasurePreview {
	membershipId: string;
	name: string;
	/** Per table and part, only those with rows. */
	parts: PartCount[];
}

/** The dry run of `eraseMember`: what would go, change or stay, per table, and why. Changes nothing. */
export async function previewMemberErasure(
	actor: Actor,
	db: Db,
	options: { organisationId: string; membershipId: string }
): Promise<ErasurePreview> {
	await requireRole(db, actor, options.organisationId, 'admin');
	const person = await findPerson(db, options);
	if (!person) throw notFound();
	const parts = (await countPersonData(db, person)).filter((p) => p.count > 0);
	return { membershipId: person.membershipId, name: person.name, parts };
}
