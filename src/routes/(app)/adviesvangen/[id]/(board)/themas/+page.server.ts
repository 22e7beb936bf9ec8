import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { assignAdviceTips } from '$lib/server/advice/assign-advice-tips';
import { createAdviceTheme } from '$lib/server/advice/create-advice-theme';
import { deleteAdviceTheme } from '$lib/server/advice/delete-advice-theme';
import { mergeAdviceThemes } from '$lib/server/advice/merge-advice-themes';
import { renameAdviceTheme } from '$lib/server/advice/rename-advice-theme';
import { acceptThemeSuggestion } from '$lib/server/advice/accept-theme-suggestion';
import { suggestSessionThemes } from '$lib/server/advice/suggest-session-themes';
import { AppError } from '$lib/server/errors';
import { handleForm, orError } from '$lib/server/http';
import { themeNameSchema } from '$lib/validation/advice';
import { m } from '$lib/paraglide/messages';
import { adviceContext } from '../../../context';
import type { Actions, PageServerLoad } from './$types';
import { idFrom, type AdviceSessionId } from '$lib/server/ids';

const id = z.uuid({ error: () => m.advice_error_unknown_item() });

/** Tips ticked on the board, for a new theme or to move. */
const tipIds = z.array(id).max(500);
const moveSchema = z.object({
	tipIds: tipIds.min(1, { error: () => m.advice_room_error_no_tips() }),
	themeId: z.union([id, z.literal('')])
});

/**
 * Redirect after POST: a reload shows the board, it does not send the form again. (With JS the page
 * stays where it is: see `stay` in +page.svelte.)
 */
const back = (event: { params: { id: string } }) => redirect(303, `/adviesvangen/${event.params.id}/themas`);

export const load: PageServerLoad = async (event) => {
	event.depends('advice:board');
	const { organisationId, actor, db } = await adviceContext(event);
	const suggestion = await orError(
		suggestSessionThemes(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id))
	);
	return {
		suggestion: suggestion.themes.map((t) => ({
			name: t.name,
			tips: t.tipIds.map((tipId) => suggestion.tipTexts[tipId])
		})),
		suggestionLeftOver: suggestion.unassigned.length
	};
};

export const actions: Actions = {
	/** Drag and drop (and older forms): fields "tip_<id>" = theme id or "". */
	assign: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const data = await event.request.formData().catch(() => null);
		if (!data) return fail(400, { message: m.error_form_unreadable() });
		const assignments: Record<string, string | null> = {};
		for (const [key, value] of data) {
			if (key.startsWith('tip_') && typeof value === 'string') assignments[key.slice(4)] = value || null;
		}
		try {
			await assignAdviceTips(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), assignments);
		} catch (e) {
			if (e instanceof AppError) return fail(e.status, { message: e.message });
			throw e;
		}
		back(event);
	},
	/** The ticked tips into one theme ("" = out of their theme). */
	move: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(
			event.request,
			moveSchema,
			(input) =>
				assignAdviceTips(
					actor,
					db,
					organisationId,
					idFrom<AdviceSessionId>(event.params.id),
					Object.fromEntries(input.tipIds.map((tipId) => [tipId, input.themeId || null]))
				),
			{ multi: ['tipIds'] }
		);
		if (result) return result;
		back(event);
	},
	create: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const schema = themeNameSchema.extend({ tipIds });
		const result = await handleForm(
			event.request,
			schema,
			(input) => createAdviceTheme(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input),
			{ multi: ['tipIds'] }
		);
		if (!result || !('id' in result)) return result;
		back(event);
	},
	rename: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, themeNameSchema.extend({ themeId: id }), (input) =>
			renameAdviceTheme(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input)
		);
		if (result) return result;
		back(event);
	},
	merge: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, z.object({ fromId: id, intoId: id }), (input) =>
			mergeAdviceThemes(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input)
		);
		if (result) return result;
		back(event);
	},
	delete: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, z.object({ themeId: id }), (input) =>
			deleteAdviceTheme(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input)
		);
		if (result) return result;
		back(event);
	},
	suggestion: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const done = await orError(
			acceptThemeSuggestion(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id))
		);
		return { accepted: done };
	}
};
