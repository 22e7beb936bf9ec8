import { redirect } from '@sveltejs/kit';
import { orError, handleForm } from '$lib/server/http';
import { getPortfolioExport } from '$lib/server/portfolio/get-portfolio-export';
import { exportPeriodSchema } from '$lib/validation/portfolio-export';
import { exportContext, periodFrom, periodQuery } from './export-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await exportContext(event);
	const chosen = periodFrom(event.url);
	const page = await orError(
		getPortfolioExport(actor, db, { organisationId, period: chosen === 'invalid' ? undefined : chosen })
	);
	const isCurrent = page.period.from === page.current.from && page.period.to === page.current.to;
	return {
		...page,
		invalidPeriod: chosen === 'invalid',
		// The current period needs no query: the downloads take it themselves.
		query: isCurrent ? '' : periodQuery(page.period)
	};
};

export const actions: Actions = {
	// Choosing a period: post, then back to the page with it in the address (post/redirect/get).
	default: async (event) => {
		await exportContext(event);
		const result = await handleForm(event.request, exportPeriodSchema, async (input) => ({ period: input }));
		if ('period' in result) redirect(303, `/ontwikkeling/export?van=${result.period.van}&tot=${result.period.tot}`);
		return result;
	}
};
