import { error } from '@sveltejs/kit';
import { getAdviceReport } from '$lib/server/advice/get-advice-report';
import { reportModel } from '$lib/server/advice/report';
import { orError } from '$lib/server/http';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';
import { idFrom, type AdviceSessionId } from '$lib/server/ids';

/** The report: shared inside the organisation (every member may read it), never with identities. */
export const load: PageServerLoad = async ({ locals, parent, params }) => {
	const { organisation } = await parent();
	if (!organisation) error(403, m.home_no_organisation());
	const board = await orError(
		getAdviceReport(
			locals.actor!,
			locals.app.database.db,
			organisation.organisationId,
			idFrom<AdviceSessionId>(params.id)
		)
	);
	return {
		id: board.session.id,
		report: reportModel(board),
		isFacilitator: organisation.roles.includes('facilitator')
	};
};
