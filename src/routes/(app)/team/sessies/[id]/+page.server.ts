import { fail, isActionFailure, redirect, type ActionFailure } from '@sveltejs/kit';
import { addSessionEntry } from '$lib/server/team/add-session-entry';
import { answerFollowUp } from '$lib/server/team/answer-follow-up';
import { chooseSessionEntries } from '$lib/server/team/choose-session-entries';
import { confirmAttendance } from '$lib/server/team/confirm-attendance';
import { getLearningSession } from '$lib/server/team/get-learning-session';
import { findSessionDilemmas } from '$lib/server/code/find-session-dilemmas';
import { findTrialOffers } from '$lib/server/team/find-trial-offers';
import { moveLearningSession } from '$lib/server/team/move-learning-session';
import { updateSessionCasus } from '$lib/server/team/update-session-casus';
import { handleForm, orError, type FormFailure } from '$lib/server/http';
import {
	followUpSchema,
	sessionCasusSchema,
	sessionChoiceSchema,
	sessionEntrySchema,
	sessionMoveSchema
} from '$lib/validation/team-session';
import { z } from 'zod';
import { teamContext } from '../../team-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	event.depends('team:session');
	const db = locals.app.database.db;
	const session = await orError(getLearningSession(locals.actor!, db, params.id));
	// Dilemma reflections (issue 17) a participant brought: read here, by the participants only.
	const dilemmas = await orError(findSessionDilemmas(locals.actor!, db, params.id));
	// Right after the voorzitter ended it (the end move's redirect carries ?afgerond): "Telt mee voor de
	// proef" when a team of theirs tries this method (issue 16). The session's own address offers nothing.
	const justEnded = url.searchParams.has('afgerond') && session.status === 'ended' && session.me.isChair;
	const trialOffers = justEnded
		? await findTrialOffers(locals.actor!, db, (await teamContext(event)).organisationId, {
				methodRef: session.methodRef
			})
		: [];
	return { session, dilemmas, trialOffers };
};

/** Redirect after POST: a reload shows the page again instead of asking to send the form again. */
const back = (id: string, hash = '') => redirect(303, `/team/sessies/${id}${hash}`);

/** Which form answered, so the page shows a message or the values beside that form only. */
function tagged<T extends object>(form: string, result: T | ActionFailure<FormFailure>) {
	if (isActionFailure(result)) {
		const failure = result as unknown as ActionFailure<FormFailure>;
		return fail(failure.status, { ...failure.data, form });
	}
	return { ...(result as T), form };
}

export const actions: Actions = {
	move: async (event) => {
		const { actor, db } = await teamContext(event);
		const result = await handleForm(event.request, sessionMoveSchema, (input) =>
			moveLearningSession(actor, db, { sessionId: event.params.id, ...input })
		);
		if (result && 'moved' in result) {
			if (result.ended) redirect(303, `/team/sessies/${event.params.id}?afgerond=1#proef`);
			back(event.params.id);
		}
		return tagged('move', result);
	},
	entry: async (event) => {
		const { actor, db } = await teamContext(event);
		const result = await handleForm(event.request, sessionEntrySchema, (input) =>
			addSessionEntry(actor, db, event.params.id, input)
		);
		if (result && 'id' in result) back(event.params.id, '#schrijven');
		return tagged('entry', result);
	},
	choose: async (event) => {
		const { actor, db } = await teamContext(event);
		const result = await handleForm(
			event.request,
			sessionChoiceSchema,
			async (input) => {
				await chooseSessionEntries(actor, db, event.params.id, input);
				return { saved: 'choice' as const };
			},
			{ multi: ['entryIds'] }
		);
		return tagged('choose', result);
	},
	casus: async (event) => {
		const { actor, db } = await teamContext(event);
		const result = await handleForm(event.request, sessionCasusSchema, async ({ confirmWarning: _, ...input }) => {
			await updateSessionCasus(actor, db, event.params.id, input);
			return { saved: 'casus' as const };
		});
		return tagged('casus', result);
	},
	attend: async (event) => {
		const { actor, db } = await teamContext(event);
		const result = await handleForm(event.request, z.object({}), async () => {
			await confirmAttendance(actor, db, event.params.id);
			return { saved: 'attendance' as const };
		});
		return tagged('attend', result);
	},
	followUp: async (event) => {
		const { actor, db } = await teamContext(event);
		const result = await handleForm(event.request, followUpSchema, async (input) => {
			await answerFollowUp(actor, db, input);
			return { saved: 'followUp' as const };
		});
		return tagged('followUp', result);
	}
};
