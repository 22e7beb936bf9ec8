import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { orError } from '$lib/server/http';
import { AppError } from '$lib/server/errors';
import { findMethod } from '$lib/server/team/find-method';
import { archiveMethod } from '$lib/server/team/archive-method';
import { updateMethod } from '$lib/server/team/update-method';
import { methodMinutes } from '$lib/team/method';
import { parseMethodRef } from '$lib/team/method-ref';
import {
	applyIntent,
	draftFromMethod,
	parseMethodDraft,
	readIntent,
	readMethodDraft,
	MAX_PHASES,
	MIN_PHASES
} from '$lib/validation/team-method';
import { loadMethod } from '../../method-route';
import { postedTeam, teamOfForm } from '../../team-choice';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { found, team } = await loadMethod(event);
	// Built-in methods are copied first; organisation methods are changed by coaches only.
	if (!found.canChange) error(404, m.error_not_found());
	return {
		team: { id: team.teamId, name: team.teamName },
		param: event.params.ref,
		scope: found.scope,
		name: found.method.name,
		minutes: methodMinutes(found.method),
		draft: draftFromMethod(found.method)
	};
};

const methodIdOf = (param: string) => {
	const parsed = parseMethodRef(`custom:${param}`);
	if (parsed?.kind !== 'custom') error(404, m.error_not_found());
	return parsed.id;
};

export const actions: Actions = {
	// The whole method in one form. "Stap toevoegen", "omhoog", "omlaag" and "weghalen" change the
	// draft and show it again, not saved; "Opslaan" checks and stores all of it.
	save: async ({ locals, cookies, params, request }) => {
		await requireCurrentOrganisationId(locals, cookies);
		const methodId = methodIdOf(params.ref);
		const data = await request.formData().catch(() => null);
		if (!data) return fail(400, { message: m.error_form_unreadable() });
		const teamId = teamOfForm(data);
		// Someone who may not change the method gets no drafts of it either.
		const found = await orError(
			findMethod(locals.actor!, locals.app.database.db, { teamId, ref: `custom:${methodId}` })
		);
		if (!found.canChange) error(403, m.tmethod_error_not_yours());
		const posted = readMethodDraft(data);
		const intent = readIntent(data);
		if (intent.kind !== 'save') {
			const changed = applyIntent(posted, intent);
			if (!changed)
				return fail(400, {
					draft: posted,
					errors: {},
					message: m.tmethod_error_phase_count({ min: MIN_PHASES, max: MAX_PHASES })
				});
			return { draft: changed, unsaved: true, focus: intent.kind === 'add' ? changed.phases.at(-1)!.key : null };
		}
		const parsed = parseMethodDraft(posted);
		if (!parsed.ok)
			return fail(400, {
				draft: posted,
				errors: parsed.errors,
				message: parsed.errors[Object.keys(parsed.errors)[0]] || m.tmethod_error_invalid()
			});
		try {
			await updateMethod(locals.actor!, locals.app.database.db, { teamId, methodId }, parsed.method);
		} catch (e) {
			if (!(e instanceof AppError)) throw e;
			if (e.code === 'NOT_FOUND') error(404, e.message);
			return fail(e.status, { draft: posted, errors: {}, message: e.message });
		}
		redirect(303, `/team/methoden/${methodId}?team=${teamId}&opgeslagen=1`);
	},
	archive: async ({ locals, cookies, params, request }) => {
		await requireCurrentOrganisationId(locals, cookies);
		const methodId = methodIdOf(params.ref);
		const teamId = await postedTeam(request);
		await orError(archiveMethod(locals.actor!, locals.app.database.db, { teamId, methodId }));
		redirect(303, `/team/methoden?team=${teamId}&weg=1`);
	}
};
