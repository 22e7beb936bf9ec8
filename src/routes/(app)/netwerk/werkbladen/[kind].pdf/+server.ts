import { error } from '@sveltejs/kit';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { renderWorksheetPdf, type WorksheetKind } from '$lib/server/network/network-pdf';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

const KINDS: WorksheetKind[] = ['groslijst', 'netwerkcirkel', 'ecogram'];

/** Blank A3 worksheets to print (seed 003, tip 3): no personal data, so no audit entry. */
export const GET: RequestHandler = async (event) => {
	await requireCurrentOrganisationId(event.locals, event.cookies);
	const kind = event.params.kind as WorksheetKind;
	if (!KINDS.includes(kind)) error(404, m.error_not_found());
	const pdf = await renderWorksheetPdf(kind);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `attachment; filename="werkblad-${kind}.pdf"`,
			'Cache-Control': 'private, max-age=3600'
		}
	});
};
