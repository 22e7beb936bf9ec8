import { error } from '@sveltejs/kit';
import { checkMyDataLink } from '$lib/server/privacy/download-link';
import { exportMyData } from '$lib/server/privacy/export-my-data';
import { myDataZip } from '$lib/server/privacy/my-data-zip';
import { orError } from '$lib/server/http';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = locals.actor;
	if (!actor || actor.kind !== 'user') error(401, m.error_sign_in_first());
	const organisationId = checkMyDataLink(locals.app.secret, url.searchParams.get('t'), { userId: actor.userId });
	if (!organisationId) error(403, m.avg_download_expired());
	const data = await orError(exportMyData(actor, locals.app.database.db, organisationId));
	return new Response(new Uint8Array(myDataZip(data)), {
		headers: {
			'Content-Type': 'application/zip',
			'Content-Disposition': 'attachment; filename="vakspiegel-gegevens.zip"',
			'Cache-Control': 'private, no-store'
		}
	});
};
