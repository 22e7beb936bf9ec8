import { redirect } from '@sveltejs/kit';
import { getPasswordReset } from '$lib/server/organisation/get-password-reset';
import { submitPasswordReset } from '$lib/server/organisation/submit-password-reset';
import { handleForm, orError } from '$lib/server/http';
import { setPasswordSchema } from '$lib/validation/account';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	return await orError(getPasswordReset(params.token, locals.app.database.db));
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const result = await handleForm(request, setPasswordSchema, (input) =>
			submitPasswordReset(params.token, locals.app.database.db, input)
		);
		if (result && 'status' in result) return result;
		redirect(303, '/inloggen?wachtwoord=1');
	}
};
