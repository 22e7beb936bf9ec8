import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { AppError } from '$lib/server/errors';
import { handleForm, orError } from '$lib/server/http';
import { idFrom, type NetworkCaseId } from '$lib/server/ids';
import { getNetwork } from '$lib/server/network/get-network';
import { findTrialOffers, type TrialOffer } from '$lib/server/team/find-trial-offers';
import type { NetworkToolKind } from '$lib/team/trial';
import { m } from '$lib/paraglide/messages';
import { echoValues, fieldErrors, formValues, type FieldErrors } from '$lib/validation/form';
import type { ListParse } from '$lib/validation/form-list';

/** Who acts, in which organisation, on which database: for the network's loads, actions and downloads. */
export async function networkContext(event: Pick<RequestEvent, 'locals' | 'cookies'>) {
	const organisationId = await requireCurrentOrganisationId(event.locals, event.cookies);
	return { organisationId, actor: event.locals.actor!, db: event.locals.app.database.db };
}

export type NetworkCtx = Awaited<ReturnType<typeof networkContext>>;

/** Opens the casus for one page (audited as an open, with the page as the view). */
export async function loadNetworkPage(event: Pick<RequestEvent, 'locals' | 'cookies' | 'params'>, view: string) {
	const { organisationId, actor, db } = await networkContext(event);
	const data = await orError(getNetwork(actor, db, organisationId, idFrom<NetworkCaseId>(event.params.id), { view }));
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
	run: (ctx: Awaited<ReturnType<typeof networkContext>>, caseId: NetworkCaseId, input: z.output<S>) => Promise<unknown>,
	to = '',
	options: { multi?: string[] } = {}
) {
	const ctx = await networkContext(event);
	const caseId = idFrom<NetworkCaseId>(event.params.id);
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

/**
 * The page-wide form of the ecogram, the netwerkcirkel and the plan (issue 14): every card's fields
 * travel with every button, so saving card 7, adding a tie or deleting an action never drops what
 * was changed in another card. First all cards are saved (`save`), then the button's own change
 * (`then`, if any). Invalid input anywhere: nothing is saved and every card comes back as typed.
 * `to` gives the query and anchor to come back to (the card of the button, without JavaScript), or
 * another page (a path starting with "/").
 */
export async function networkPageAction<T, S extends z.ZodType, R = unknown>(
	event: RequestEvent,
	options: {
		cards: (data: FormData) => ListParse<T>;
		save: (ctx: NetworkCtx, caseId: NetworkCaseId, items: T[]) => Promise<R>;
		/** After the save, a page to go to instead of the button's change (e.g. the actor took themselves off). */
		leave?: (saved: R) => string | null;
		then?: {
			schema: S;
			run: (ctx: NetworkCtx, caseId: NetworkCaseId, input: z.output<S>) => Promise<unknown>;
		};
		multi?: (data: FormData) => string[];
		to: (data: FormData) => string;
	}
) {
	const ctx = await networkContext(event);
	const caseId = idFrom<NetworkCaseId>(event.params.id);
	let data: FormData;
	try {
		data = await event.request.formData();
	} catch {
		return fail(400, { values: {}, errors: {}, message: m.error_form_unreadable() });
	}
	const values = formValues(data, options.multi?.(data) ?? []);
	const cards = options.cards(data);
	let errors: FieldErrors = cards.ok ? {} : cards.errors;
	let input: z.output<S> | undefined;
	if (options.then) {
		const parsed = options.then.schema.safeParse(values);
		if (parsed.success) input = parsed.data;
		else errors = { ...errors, ...fieldErrors(parsed.error) };
	}
	if (!cards.ok || Object.keys(errors).length) {
		const message = Object.values(errors).find(Boolean) ?? m.error_form_unreadable();
		return fail(400, { values: echoValues(values), errors, message });
	}
	try {
		const saved = await options.save(ctx, caseId, cards.items);
		const gone = options.leave?.(saved);
		if (gone) redirect(303, gone);
		if (options.then) await options.then.run(ctx, caseId, input as z.output<S>);
	} catch (e) {
		if (e instanceof AppError) {
			return fail(e.status, { values: echoValues(values), errors: e.fields ?? {}, message: e.message });
		}
		throw e;
	}
	const to = options.to(data);
	redirect(303, to.startsWith('/') ? to : `${event.url.pathname}${to}`);
}

/**
 * After a save (the page came back with ?bewaard, ?geplaatst or ?toegevoegd) or a counted use: the
 * running trials of the worker's teams that try this tool, for "Telt mee voor de proef" (issue 16).
 */
export async function trialOffersFor(
	event: Pick<RequestEvent, 'locals' | 'cookies' | 'url'>,
	kind: NetworkToolKind
): Promise<TrialOffer[]> {
	const saved = ['bewaard', 'geplaatst', 'toegevoegd'].some((k) => event.url.searchParams.has(k));
	if (!saved) return [];
	const { organisationId, actor, db } = await networkContext(event);
	return findTrialOffers(actor, db, organisationId, { kind });
}
