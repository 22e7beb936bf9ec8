import { findAuditLog } from '$lib/server/organisation/find-audit-log';
import { orError } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { organisationId } = await parent();
	const beforeParam = url.searchParams.get('voor');
	const before = beforeParam && !Number.isNaN(Date.parse(beforeParam)) ? new Date(beforeParam) : undefined;
	const rows = await orError(
		findAuditLog(locals.actor!, locals.app.database.db, organisationId, { before, limit: 50 })
	);
	return {
		rows: rows.map((r) => ({
			id: r.id,
			createdAt: r.createdAt,
			actor: r.actorLabel,
			action: r.action,
			subjectType: r.subjectType
		})),
		next: rows.length === 50 ? rows[rows.length - 1].createdAt.toISOString() : null
	};
};
