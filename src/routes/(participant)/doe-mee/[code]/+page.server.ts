import { randomBytes } from 'node:crypto';
import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import { readForm } from '$lib/server/read-form';
import { castAdviceVotes, MAX_DOTS_ON_ONE_THEME, MAX_VOTES_VERSION } from '$lib/server/advice/cast-advice-votes';
import { normaliseJoinCode } from '$lib/server/advice/create-advice-session';
import { getParticipantView } from '$lib/server/advice/get-participant-view';
import { joinAdviceSession } from '$lib/server/advice/join-advice-session';
import { takeJoinSlot } from '$lib/server/advice/join-rate';
import { clientAddress, sourceKey } from '$lib/server/rate-limit';
import { submitAdviceTip } from '$lib/server/advice/submit-advice-tip';
import { AppError } from '$lib/server/errors';
import { tipSchema } from '$lib/validation/advice';
import { parseBoundedInt } from '$lib/validation/text';
import { fieldErrors } from '$lib/validation/form';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

const canonical = (code: string) => normaliseJoinCode(code) ?? code;
const cookieName = (code: string) => `vs_doe_mee_${canonical(code).replace(/[^A-Z0-9]/gu, '')}`;
const secretOf = (cookies: Cookies, code: string) => cookies.get(cookieName(code));

/** Domain errors become a 4xx with the Dutch message on the page; the typed tip stays in the form. */
async function attempt<T>(work: () => Promise<T>, echo: Record<string, string> = {}) {
	try {
		return await work();
	} catch (e) {
		if (e instanceof AppError) return fail(e.status, { message: e.message, ...echo });
		throw e;
	}
}

export const load: PageServerLoad = async ({ params, cookies, locals, url }) => {
	let view;
	try {
		view = await getParticipantView(params.code, locals.app.database.db, secretOf(cookies, params.code));
	} catch (e) {
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	}
	if (view.session.code !== params.code) redirect(303, `/doe-mee/${view.session.code}`);
	return {
		...view,
		// A fresh one per rendered form: a double click or a replayed request stores the tip once.
		nonce: randomBytes(12).toString('base64url'),
		path: url.pathname,
		locale: locals.locale,
		sent: url.searchParams.get('verstuurd') === '1',
		voted: url.searchParams.get('gestemd') === '1'
	};
};

export const actions: Actions = {
	join: async (event) => {
		const { request, params, cookies, locals, url } = event;
		const form = await readForm(request).catch(() => new URLSearchParams());
		const secret = secretOf(cookies, params.code);
		// Every join counts, with or without a cookie: a script would otherwise send a made-up one.
		const slot = takeJoinSlot(canonical(params.code), sourceKey(clientAddress(event)));
		if (!slot.allowed) {
			return fail(429, { message: m.advice_error_too_many_joins({ seconds: slot.retryAfterSeconds }) });
		}
		const result = await attempt(() =>
			joinAdviceSession(params.code, locals.app.database.db, {
				groupKey: String(form.get('groupKey') ?? ''),
				secret
			})
		);
		if ('status' in result) return result;
		cookies.set(cookieName(params.code), result.secret, {
			path: `/doe-mee/${canonical(params.code)}`,
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: 60 * 60 * 24 * 30
		});
		redirect(303, `/doe-mee/${canonical(params.code)}`);
	},
	tip: async ({ request, params, cookies, locals }) => {
		const form = await readForm(request).catch(() => new URLSearchParams());
		const values = { text: String(form.get('text') ?? ''), nonce: String(form.get('nonce') ?? '') };
		const parsed = tipSchema.safeParse(values);
		if (!parsed.success) {
			return fail(400, { message: Object.values(fieldErrors(parsed.error))[0], text: values.text.slice(0, 2000) });
		}
		const result = await attempt(
			() =>
				submitAdviceTip(params.code, locals.app.database.db, {
					secret: secretOf(cookies, params.code),
					...parsed.data
				}),
			{ text: parsed.data.text }
		);
		if ('status' in result) return result;
		redirect(303, `/doe-mee/${params.code}?verstuurd=1`);
	},
	vote: async ({ request, params, cookies, locals }) => {
		const form = await readForm(request).catch(() => new URLSearchParams());
		const dots: Record<string, number> = {};
		for (const [key, value] of form) {
			if (!key.startsWith('dots_')) continue;
			const n = parseBoundedInt(value || '0', 0, MAX_DOTS_ON_ONE_THEME);
			if (n === null) return fail(400, { message: m.advice_error_dots_invalid() });
			dots[key.slice(5)] = n;
		}
		const version = parseBoundedInt(form.get('version'), 0, MAX_VOTES_VERSION);
		if (version === null) return fail(400, { message: m.advice_error_votes_changed() });
		const result = await attempt(() =>
			castAdviceVotes(params.code, locals.app.database.db, { secret: secretOf(cookies, params.code), version, dots })
		);
		if ('status' in result) return result;
		redirect(303, `/doe-mee/${params.code}?gestemd=1`);
	}
};
