import { eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { codePrivateLink, dilemmaReflection } from '../db/schema';
import { AppError } from '../errors';
import { requireRole, requireUser } from '../organisation/access';
import { m } from '../../paraglide/messages';
import type { DilemmaInput } from '../../validation/dilemma';
import { readableVersion } from './code-access';
import { linkRowValues, resolveLinkTargets } from './code-link-targets';
import { requireOwnDilemma } from './dilemma-access';

/**
 * Writes a new dilemma reflection, or changes the actor's own (dilemmaId), with the kernwaarden and
 * articles at stake. Private to the writer.
 */
export async function saveDilemma(
	actor: Actor,
	db: Db,
	options: { organisationId: string; dilemmaId?: string | null },
	input: Omit<DilemmaInput, 'confirmWarning'>
): Promise<{ id: string }> {
	requireUser(actor);
	await requireRole(db, actor, options.organisationId);
	const existing = options.dilemmaId
		? await requireOwnDilemma(db, actor, { organisationId: options.organisationId, dilemmaId: options.dilemmaId })
		: null;
	const version = await readableVersion(actor, db, { organisationId: options.organisationId });
	if (!version && input.codeLinks.length > 0) throw new AppError('INVALID_INPUT', m.code_link_error_unknown());
	const rows = version ? await resolveLinkTargets(db, version, input.codeLinks) : null;
	const fields = {
		title: input.title,
		situation: input.situation,
		question: input.question,
		options: input.options,
		choice: input.choice,
		action: input.action
	};
	return db.transaction(async (tx) => {
		let id: string;
		if (existing) {
			await tx
				.update(dilemmaReflection)
				.set({ ...fields, updatedAt: new Date() })
				.where(eq(dilemmaReflection.id, existing.id));
			id = existing.id;
			await tx.delete(codePrivateLink).where(eq(codePrivateLink.dilemmaId, id));
		} else {
			const [row] = await tx
				.insert(dilemmaReflection)
				.values({ ...fields, organisationId: options.organisationId, workerUserId: actor.userId })
				.returning({ id: dilemmaReflection.id });
			id = row.id;
		}
		if (version && rows) {
			const values = linkRowValues(rows).map((target) => ({
				...target,
				organisationId: options.organisationId,
				workerUserId: actor.userId,
				codeId: version.codeId,
				dilemmaId: id
			}));
			if (values.length > 0) await tx.insert(codePrivateLink).values(values);
		}
		return { id };
	});
}
