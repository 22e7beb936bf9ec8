import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { membership } from '../db/schema';
import { AppError, notFound } from '../errors';
import { m } from '../../paraglide/messages';
import { assertAnotherAdmin, requireRole } from '../organisation/access';
import { countPersonData, findPerson, type PartCount } from './person-data';
import { PERSON_DATA_RULES } from './person-data-rules';

/**
 * Erases a member of the organisation (AVG art. 17) by the rules in `person-data-rules.ts`, in one
 * transaction: their own data goes, what the team made together stays without their name or id, and
 * every session of the account ends. The receipt in the audit log holds counts only; it names no one,
 * so the erased person's id does not come back through it.
 */
export async function eraseMember(
	actor: Actor,
	db: Db,
	options: { organisationId: string; membershipId: string }
): Promise<PartCount[]> {
	await requireRole(db, actor, options.organisationId, 'admin');
	return db.transaction(async (tx) => {
		const person = await findPerson(tx, options);
		if (!person) throw notFound();
		// The receipt carries the acting admin's id: erasing oneself would write it straight back.
		if (actor.kind === 'user' && actor.userId === person.userId)
			throw new AppError('CONFLICT', m.avg_error_erase_self());
		const [target] = await tx
			.select({ roles: membership.roles })
			.from(membership)
			.where(eq(membership.id, person.membershipId));
		if (target?.roles.includes('admin')) await assertAnotherAdmin(tx, options.organisationId, person.membershipId);
		const counts = (await countPersonData(tx, person)).filter((c) => c.count > 0);
		for (const rule of PERSON_DATA_RULES) {
			for (const part of rule.parts) {
				const table = sql.identifier(rule.table);
				if (part.action === 'delete') await tx.execute(sql`delete from ${table} where ${part.rows(person)}`);
				else if (part.action === 'anonymise' && part.set)
					await tx.execute(sql`update ${table} set ${part.set(person)} where ${part.rows(person)}`);
			}
		}
		const receipt: Record<string, Record<string, number>> = {};
		for (const c of counts) {
			receipt[c.table] ??= {};
			receipt[c.table][c.action] = (receipt[c.table][c.action] ?? 0) + c.count;
		}
		await writeAudit(tx, actor, {
			organisationId: options.organisationId,
			action: 'member.erase',
			subjectType: 'membership',
			subjectId: null,
			details: { tables: receipt }
		});
		return counts;
	});
}
