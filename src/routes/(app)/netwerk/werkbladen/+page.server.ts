import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

// Blank worksheets hold no personal data, but they are part of the workers' toolbox.
export const load: PageServerLoad = async ({ parent }) => {
	const { organisation } = await parent();
	if (!organisation?.roles.includes('worker')) error(403, m.error_forbidden());
	return {};
};
