import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { loadBoard } from '../../../../(app)/adviesvangen/board-data';
import type { PageServerLoad } from './$types';
import { idFrom, type AdviceSessionId } from '$lib/server/ids';

export const load: PageServerLoad = async ({ locals, parent, params, depends }) => {
	depends('advice:board');
	const { organisation } = await parent();
	if (!organisation) error(403, m.home_no_organisation());
	return loadBoard(locals, organisation.organisationId, idFrom<AdviceSessionId>(params.id));
};
