import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { LayoutServerLoad } from './$types';

// Only hides the admin pages from non-admins; every admin use case checks the role itself too.
export const load: LayoutServerLoad = async ({ parent }) => {
	const { organisation } = await parent();
	if (!organisation || !organisation.roles.includes('admin')) error(403, m.error_admin_only());
	return { organisationId: organisation.organisationId };
};
