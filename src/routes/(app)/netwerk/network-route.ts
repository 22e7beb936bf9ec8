import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { handleForm, orError } from '$lib/server/http';
import { getNetwork } from '$lib/server/network/get-network';

/** Who acts, in which organisation, on which database: for the network's loads, actions and downloads. */
export async function networkContext(event: Pick<RequestEvent, 'locals' | 'cookies'>) {
	const organisationId = await requireCurrentOrganisationId(event.locals, event.cookies);
	return { organisationId, actor: event.locals.actor!, db: event.locals.app.database.db };
}

/** Opens the casus for one page (audited as an open, with the page as the view). */
export async function loadNetworkPage(event: Pick<RequestEvent, 'locals' | 'cookies' | 'params'>, view: string) {
	const { organisationId, actor, db } = await networkContext(event);
	const data = await orError(getNetwork(actor, db, organisationId, event.params.id ?? '', { view }));
	return {
		...data,
		caseFile: {
			id: data.caseFile.id,
			kind: data.caseFile.kind,
			label: data.caseFile.label,
			status: data.caseFile.status,
			closedAt: data.caseFile.closedAt,
			clientRoles: data.caseFile.clientRoles,
			clientRoleOther: data.caseFile.clientRoleOther,
			// The worker's private reflection belongs to the practice map only (seed 003, tip 4).
			reflection: data.caseFile.kind === 'practice' ? data.caseFile.reflection : ''
		}
	};
}

/**
 * A form action on a casus: parse, run the use case, then back to the page (post/redirect/get, so a
 * reload never sends the form twice). `to` adds a query or an anchor, e.g. "?toegevoegd=1#naam".
 */
export async function networkFormAction<S extends z.ZodType>(
	event: RequestEvent,
	schema: S,
	run: (ctx: Awaited<ReturnType<typeof networkContext>>, caseId: string, input: z.output<S>) => Promise<unknown>,
	to = '',
	options: { multi?: string[] } = {}
) {
	const ctx = await networkContext(event);
	const caseId = event.params.id ?? '';
	const result = await handleForm(
		event.request,
		schema,
		async (input) => {
			await run(ctx, caseId, input);
			return { ok: true as const };
		},
		options
	);
	if ('ok' in result) redirect(303, `${event.url.pathname}${to}`);
	return result;
}
