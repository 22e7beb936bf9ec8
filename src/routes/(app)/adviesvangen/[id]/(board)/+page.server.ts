import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { lockAdviceSession } from '$lib/server/advice/lock-advice-session';
import { removeSilentParticipants } from '$lib/server/advice/remove-silent-participants';
import { setAdvicePhase } from '$lib/server/advice/set-advice-phase';
import { updateAdviceSession } from '$lib/server/advice/update-advice-session';
import { ADVICE_PHASES } from '$lib/advice/model';
import { handleForm } from '$lib/server/http';
import { adviceSessionSchema } from '$lib/validation/advice';
import { m } from '$lib/paraglide/messages';
import { adviceContext } from '../../context';
import type { Actions } from './$types';
import { idFrom, type AdviceSessionId } from '$lib/server/ids';

const phaseSchema = z.object({
	phase: z.enum(ADVICE_PHASES, { error: () => m.advice_error_unknown_item() }).optional(),
	showResults: z
		.enum(['ja', 'nee'])
		.optional()
		.transform((v) => (v === undefined ? undefined : v === 'ja')),
	/** The board page the form was on (the results toggle is on two pages), to go back to. */
	terug: z.enum(['uitslag']).optional()
});

const lockSchema = z.object({
	locked: z.enum(['ja', 'nee'], { error: () => m.advice_error_unknown_item() }).transform((v) => v === 'ja')
});

export const actions: Actions = {
	lock: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, lockSchema, async (input) => {
			await lockAdviceSession(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input);
			return input.locked;
		});
		if (typeof result !== 'boolean') return result;
		return { saved: result ? 'locked' : 'unlocked' };
	},
	silent: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, z.object({}), () =>
			removeSilentParticipants(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id))
		);
		if ('removed' in result) return { saved: 'silent', removed: result.removed };
		return result;
	},
	phase: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		let back = '';
		const result = await handleForm(event.request, phaseSchema, ({ terug, ...input }) => {
			back = terug ? `/${terug}` : '';
			return setAdvicePhase(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input);
		});
		if (result) return result;
		// Redirect after POST: a reload shows the page again instead of asking to send the form again.
		redirect(303, `/adviesvangen/${event.params.id}${back}`);
	},
	settings: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, adviceSessionSchema, (input) =>
			updateAdviceSession(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input)
		);
		if (result && 'status' in result) return fail(result.status, { ...result.data, form: 'settings' });
		return { saved: 'settings' };
	}
};
