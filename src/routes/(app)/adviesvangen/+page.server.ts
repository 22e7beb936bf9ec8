import { redirect } from '@sveltejs/kit';
import { createAdviceSession } from '$lib/server/advice/create-advice-session';
import { findAdviceSessions } from '$lib/server/advice/find-advice-sessions';
import { defaultGroupLabels } from '$lib/server/advice/groups';
import { handleForm, orError } from '$lib/server/http';
import { adviceSessionSchema } from '$lib/validation/advice';
import { m } from '$lib/paraglide/messages';
import { adviceContext, phaseLabel } from './context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { organisation } = await parent();
	const sessions = organisation
		? await orError(findAdviceSessions(locals.actor!, locals.app.database.db, organisation.organisationId))
		: [];
	return {
		sessions: sessions.map((s) => ({ ...s, phaseLabel: phaseLabel(s.phase) })),
		isFacilitator: organisation?.roles.includes('facilitator') ?? false,
		defaults: { question: m.advice_default_question(), groups: defaultGroupLabels(locals.locale).join('\n') }
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, adviceSessionSchema, (input) =>
			createAdviceSession(actor, db, organisationId, input)
		);
		if (result && 'id' in result) redirect(303, `/adviesvangen/${result.id}`);
		return result;
	}
};
