import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { safePath } from '$lib/safe-path';
import { signInSchema } from '$lib/validation/account';
import { handleForm } from '$lib/server/http';
import { signIn } from '$lib/server/auth/sign-in';
import { isPrivateLocked } from '$lib/server/auth/private-lock';
import type { Actions, PageServerLoad } from './$types';
import { clientAddress } from '$lib/server/rate-limit';
import { WORK_ACCOUNT_REFUSALS, type WorkAccountRefusal } from '$lib/server/auth/work-account';

const prefilledEmail = (value: string | null) => {
	const parsed = z.email().max(254).safeParse(value);
	return parsed.success ? parsed.data : '';
};

const refusal = (value: string | null): WorkAccountRefusal | null =>
	WORK_ACCOUNT_REFUSALS.find((r) => r === value) ?? null;

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safePath(url.searchParams.get('terug')));
	return {
		returnTo: safePath(url.searchParams.get('terug')),
		signedOut: url.searchParams.has('uitgelogd'),
		welcome: url.searchParams.has('welkom'),
		// After an invitation the address comes along, so the person only types the password.
		email: prefilledEmail(url.searchParams.get('email')),
		passwordChanged: url.searchParams.has('wachtwoord'),
		workAccount: locals.app.workAccount !== null,
		// Why the last sign-in with a work account was refused (finish-work-account-sign-in.ts).
		workAccountRefusal: locals.app.workAccount ? refusal(url.searchParams.get('werkaccount')) : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { request, locals, url } = event;
		const db = locals.app.database.db;
		const result = await handleForm(request, signInSchema, (input) =>
			signIn(locals.app.auth, db, {
				...input,
				headers: request.headers,
				source: clientAddress(event),
				secret: locals.app.secret,
				workAccount: locals.app.workAccount !== null
			})
		);
		if (result && 'status' in result) return result;
		const back = safePath(url.searchParams.get('terug'));
		// After a password reset: first who reset it and when, before the private areas open (ADR 0010).
		if (result && (await isPrivateLocked(db, result.userId))) {
			redirect(303, `/wachtwoord-hersteld?terug=${encodeURIComponent(back)}`);
		}
		redirect(303, back);
	}
};
