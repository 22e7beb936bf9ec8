import { error } from '@sveltejs/kit';
import { orError } from '$lib/server/http';
import { findExportRefusals } from '$lib/server/portfolio/find-export-refusals';
import type { ExportFormat } from '$lib/server/portfolio/export-guard';
import { exportFieldLabel, residentDataKindLabel } from '$lib/portfolio/export-labels';
import { m } from '$lib/paraglide/messages';
import { exportContext, periodQuery, requirePeriod } from '../export-route';
import type { PageServerLoad } from './$types';

const FORMATS: Record<string, ExportFormat> = {
	pdf: 'pdf',
	csv: 'csv',
	leap2a: 'leap2a',
	attestation: 'attestation'
};

/** Where each export's file is, to try again once the texts are fixed. */
function fileOf(format: ExportFormat, query: string, activityId: string): string {
	if (format === 'attestation') return `/ontwikkeling/logboek/${activityId}/verklaring.pdf`;
	if (format === 'csv') return `/ontwikkeling/export/overzicht.csv${query}`;
	if (format === 'leap2a') return `/ontwikkeling/export/portfolio.xml${query}`;
	return `/ontwikkeling/export/overzicht.pdf${query}`;
}

// The guard's refusal as a page: the export's own request was refused and sent here, and this page
// looks again, so it always shows the texts as they are now. With findings it is a 422 (the error
// page beside it lists them); once everything is fixed, it offers the file again.
export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await exportContext(event);
	const format = FORMATS[event.url.searchParams.get('soort') ?? ''];
	if (!format) error(400, m.pfx_error_format());
	const period = requirePeriod(event.url);
	const activityId = event.url.searchParams.get('activiteit') ?? '';
	const places = await orError(findExportRefusals(actor, db, { organisationId, format, period, activityId }));
	const file = fileOf(format, periodQuery(period), activityId);
	if (places.length) {
		error(422, {
			message: m.pfx_refused_message(),
			title: m.pfx_refused_title(),
			next: [{ href: file, text: m.pfx_refused_again() }],
			places: places.map((p) => ({
				on: p.on === 'goal' ? m.pfx_on_goal() : m.pfx_on_activity(),
				label: p.label,
				field: exportFieldLabel(p.field),
				found: residentDataKindLabel(p.kind),
				excerpt: p.excerpt,
				href: p.on === 'goal' ? `/ontwikkeling/doelen/${p.id}` : `/ontwikkeling/logboek/${p.id}`
			}))
		});
	}
	return { file };
};
