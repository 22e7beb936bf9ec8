import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Db } from '../db/client';
import { organisationJoinDomain } from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { requireRole } from './access';

/**
 * An admin sets the e-mail domains whose people may join the organisation as a worker by signing in
 * with their work account, without an invitation (docs/adr/0016). Replaces the list. Only domains the
 * installation's provider speaks for (VAKSPIEGEL_OIDC_DOMAINS); a domain belongs to one organisation.
 */
export async function setJoinDomains(
	actor: Actor,
	db: Db,
	input: { organisationId: string; domains: string[]; providerDomains: string[] | null }
): Promise<void> {
	await requireRole(db, actor, input.organisationId, 'admin');
	const domains = [...new Set(input.domains.map((d) => d.toLowerCase()))];
	if (domains.length > 0 && !input.providerDomains) throw new AppError('INVALID_INPUT', m.sso_not_configured());
	const foreign = domains.find((d) => !input.providerDomains!.includes(d));
	if (foreign) {
		const message = m.dom_error_not_provider({ domain: foreign, domains: input.providerDomains!.join(', ') });
		throw new AppError('INVALID_INPUT', message, { joinDomains: message });
	}
	try {
		await db.transaction(async (tx) => {
			if (domains.length) {
				const [taken] = await tx
					.select({ domain: organisationJoinDomain.domain })
					.from(organisationJoinDomain)
					.where(
						and(
							inArray(organisationJoinDomain.domain, domains),
							ne(organisationJoinDomain.organisationId, input.organisationId)
						)
					)
					.limit(1);
				if (taken) throw takenError(taken.domain);
			}
			await tx.delete(organisationJoinDomain).where(eq(organisationJoinDomain.organisationId, input.organisationId));
			if (domains.length) {
				await tx
					.insert(organisationJoinDomain)
					.values(domains.map((domain) => ({ domain, organisationId: input.organisationId })));
			}
			await writeAudit(tx, actor, {
				organisationId: input.organisationId,
				action: 'organisation.join_domains',
				subjectType: 'organisation',
				subjectId: input.organisationId,
				details: { domains }
			});
		});
	} catch (e) {
		// Another organisation claimed one of the domains at the same moment: the primary key says no.
		if (isUniqueViolation(e)) throw takenError(domains.join(', '));
		throw e;
	}
}

function takenError(domain: string): AppError {
	const message = m.dom_error_taken({ domain });
	return new AppError('CONFLICT', message, { joinDomains: message });
}

function isUniqueViolation(e: unknown): boolean {
	for (let c: unknown = e; c && typeof c === 'object'; c = (c as { cause?: unknown }).cause) {
		if ((c as { code?: unknown }).code === '23505') return true;
	}
	return false;
}
