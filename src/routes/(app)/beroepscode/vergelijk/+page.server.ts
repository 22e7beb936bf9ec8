import { error } from '@sveltejs/kit';
import { compareCodeVersions } from '$lib/server/code/compare-code-versions';
import { orError } from '$lib/server/http';
import { m } from '$lib/paraglide/messages';
import { codeContext } from '../code-route';
import type { PageServerLoad } from './$types';

/** A version number from the query: absent is "the default", anything but a small whole number is a 400. */
function versionNumber(value: string | null): number | null | undefined {
	if (value === null || value === '') return null;
	return /^\d{1,6}$/u.test(value) ? Number(value) : undefined;
}

export const load: PageServerLoad = async (event) => {
	const { organisationId, codeId, actor, db } = await codeContext(event);
	const from = versionNumber(event.url.searchParams.get('van'));
	const to = versionNumber(event.url.searchParams.get('naar'));
	if (from === undefined || to === undefined) error(400, m.code_version_error_compare_choice());
	return { comparison: await orError(compareCodeVersions(actor, db, { organisationId, codeId, from, to })) };
};
