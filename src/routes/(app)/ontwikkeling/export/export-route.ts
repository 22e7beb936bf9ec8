import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { AppError } from '$lib/server/errors';
import type { ExportPeriod } from '$lib/server/portfolio/export-data';
import { ResidentDataRefused, type ExportFormat } from '$lib/server/portfolio/export-guard';
import { exportPeriodSchema } from '$lib/validation/portfolio-export';
import { m } from '$lib/paraglide/messages';

/** Who acts, in which organisation, on which database: for the export page and its downloads. */
export async function exportContext(event: Pick<RequestEvent, 'locals' | 'cookies'>) {
	const organisationId = await requireCurrentOrganisationId(event.locals, event.cookies);
	return { organisationId, actor: event.locals.actor!, db: event.locals.app.database.db };
}

/**
 * The period in the address (?van=…&tot=…): none means the current one; a wrong one is 'invalid'.
 */
export function periodFrom(url: URL): ExportPeriod | undefined | 'invalid' {
	const van = url.searchParams.get('van');
	const tot = url.searchParams.get('tot');
	if (van === null && tot === null) return undefined;
	const parsed = exportPeriodSchema.safeParse({ van, tot });
	return parsed.success ? { from: parsed.data.van, to: parsed.data.tot } : 'invalid';
}

export const periodQuery = (period: ExportPeriod | undefined) => (period ? `?van=${period.from}&tot=${period.to}` : '');

/** For a download: the period, or a Dutch 400 for a wrong one. */
export function requirePeriod(url: URL): ExportPeriod | undefined {
	const period = periodFrom(url);
	if (period === 'invalid') error(400, m.pfx_error_period());
	return period;
}

/**
 * Runs an export. A refusal by the resident-data guard sends the worker to the refusal page, which
 * shows where (4xx, never a 500); other domain errors get their own status.
 */
export async function runExport<T>(
	work: Promise<T>,
	refusal: { format: ExportFormat; period?: ExportPeriod; activityId?: string }
): Promise<T> {
	try {
		return await work;
	} catch (e) {
		if (e instanceof ResidentDataRefused) {
			const query = new URLSearchParams({ soort: refusal.format });
			if (refusal.period) {
				query.set('van', refusal.period.from);
				query.set('tot', refusal.period.to);
			}
			if (refusal.activityId) query.set('activiteit', refusal.activityId);
			redirect(303, `/ontwikkeling/export/geweigerd?${query}`);
		}
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	}
}

/** A download of the worker's own portfolio: never cached. */
export function download(body: string | Buffer, type: string, name: string): Response {
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: {
			'Content-Type': type,
			'Content-Disposition': `attachment; filename="${name}"`,
			'Cache-Control': 'private, no-store'
		}
	});
}
