import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { handleForm, orError } from '$lib/server/http';
import { eraseMember } from '$lib/server/privacy/erase-member';
import { previewMemberErasure } from '$lib/server/privacy/preview-member-erasure';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

// The dry run is the page itself (a GET changes nothing); the erasure is its one form action.
export const load: PageServerLoad = async ({ locals, parent, params }) => {
	const { organisationId } = await parent();
	const preview = await orError(
		previewMemberErasure(locals.actor!, locals.app.database.db, { organisationId, membershipId: params.id })
	);
	return { preview };
};

const confirmSchema = z.object({
	confirm: z.literal('ja', { error: () => m.avg_erase_confirm_required() })
});

export const actions: Actions = {
	default: async ({ request, locals, cookies, params }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		const result = await handleForm(request, confirmSchema, async () => {
			await eraseMember(locals.actor!, locals.app.database.db, { organisationId, membershipId: params.id });
		});
		if (result) return result;
		redirect(303, '/beheer/leden?gewist=1');
	}
};
