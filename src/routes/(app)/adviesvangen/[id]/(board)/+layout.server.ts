import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { loadBoard } from '../../board-data';
import type { LayoutServerLoad } from './$types';
import { idFrom, type AdviceSessionId } from '$lib/server/ids';

/** The facilitator's pages of one session share this data; live events re-run it (see LiveBoard). */
export const load: LayoutServerLoad = async ({ locals, parent, params, depends }) => {
	depends('advice:board');
	const { organisation } = await parent();
	if (!organisation) error(403, m.home_no_organisation());
	return loadBoard(locals, organisation.organisationId, idFrom<AdviceSessionId>(params.id));
};
