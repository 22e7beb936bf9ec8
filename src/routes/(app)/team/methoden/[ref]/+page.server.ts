import { redirect } from '@sveltejs/kit';
import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { orError } from '$lib/server/http';
import { copyMethod } from '$lib/server/team/copy-method';
import { publishMethod } from '$lib/server/team/publish-method';
import { methodMinutes } from '$lib/team/method';
import { paramOfRef, parseMethodRef, refFromParam } from '$lib/team/method-ref';
import { findMethod } from '$lib/server/team/find-method';
import { loadMethod } from '../method-route';
import { postedTeam } from '../team-choice';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { found, team } = await loadMethod(event);
	const actor = event.locals.actor!;
	const db = event.locals.app.database.db;
	// The name of what it was copied from, when the team can still see that.
	const basedOn = found.basedOn
		? await findMethod(actor, db, { teamId: team.teamId, ref: found.basedOn }).then(
				(b) => ({ name: b.method.name, param: paramOfRef(b.ref) }),
				() => null
			)
		: null;
	return {
		team: { id: team.teamId, name: team.teamName },
		ref: found.ref,
		param: paramOfRef(found.ref),
		scope: found.scope,
		method: found.method,
		minutes: methodMinutes(found.method),
		basedOn,
		canChange: found.canChange,
		canPublish: found.canPublish,
		saved: event.url.searchParams.has('opgeslagen'),
		published: event.url.searchParams.has('gedeeld')
	};
};

export const actions: Actions = {
	// Any member of the team: a copy of this method for the team, to adapt.
	copy: async ({ locals, cookies, params, request }) => {
		await requireCurrentOrganisationId(locals, cookies);
		const teamId = await postedTeam(request);
		const ref = refFromParam(params.ref) ?? '';
		const { id } = await orError(copyMethod(locals.actor!, locals.app.database.db, { teamId, ref }));
		redirect(303, `/team/methoden/${id}/bewerken?team=${teamId}`);
	},
	// A coach of the team: the team's method also for every team of the organisation.
	publish: async ({ locals, cookies, params, request }) => {
		await requireCurrentOrganisationId(locals, cookies);
		const teamId = await postedTeam(request);
		const parsed = parseMethodRef(`custom:${params.ref}`);
		const methodId = parsed?.kind === 'custom' ? parsed.id : '00000000-0000-0000-0000-000000000000';
		const { id } = await orError(publishMethod(locals.actor!, locals.app.database.db, { teamId, methodId }));
		redirect(303, `/team/methoden/${id}?team=${teamId}&gedeeld=1`);
	}
};
