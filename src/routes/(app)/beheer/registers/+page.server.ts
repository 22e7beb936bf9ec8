import { z } from 'zod';
import { getRegisterSettings } from '$lib/server/portfolio/get-register-settings';
import { resetRegisterOverride } from '$lib/server/portfolio/reset-register-override';
import { saveRegisterOverride } from '$lib/server/portfolio/save-register-override';
import { handleForm, orError } from '$lib/server/http';
import { m } from '$lib/paraglide/messages';
import { registerOverrideSchema } from '$lib/validation/portfolio-activity';
import { logContext } from '../../ontwikkeling/logboek/log-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await logContext(event);
	return { settings: await orError(getRegisterSettings(actor, db, organisationId)) };
};

const resetSchema = z.object({
	registerKey: z.string().regex(/^[a-z0-9-]{1,60}$/u, { error: () => m.pfl_error_register() })
});

export const actions: Actions = {
	save: async (event) => {
		const { organisationId, actor, db } = await logContext(event);
		return handleForm(event.request, registerOverrideSchema, async (input) => {
			await saveRegisterOverride(actor, db, organisationId, input);
			return { saved: input.registerKey };
		});
	},
	reset: async (event) => {
		const { organisationId, actor, db } = await logContext(event);
		return handleForm(event.request, resetSchema, async ({ registerKey }) => {
			await resetRegisterOverride(actor, db, { organisationId, registerKey });
			return { reset: registerKey };
		});
	}
};
