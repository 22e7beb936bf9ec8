import { fail, redirect } from '@sveltejs/kit';
import { handleForm, orError } from '$lib/server/http';
import { closeNetworkCase } from '$lib/server/network/close-network-case';
import { createNetworkPerson } from '$lib/server/network/create-network-person';
import { deleteNetworkPerson } from '$lib/server/network/delete-network-person';
import { findTeamColleagues } from '$lib/server/network/find-team-colleagues';
import { updateNetworkCaseRoles } from '$lib/server/network/update-network-case-roles';
import { updateNetworkCaseWorkers } from '$lib/server/network/update-network-case-workers';
import { updateNetworkPerson } from '$lib/server/network/update-network-person';
import { updatePracticeReflection } from '$lib/server/network/update-practice-reflection';
import {
	networkCaseRolesSchema,
	networkCaseWorkersSchema,
	networkPersonEditSchema,
	networkPersonIdSchema,
	networkPersonSchema,
	practiceReflectionSchema
} from '$lib/validation/network';
import { loadNetworkPage, networkContext, networkFormAction } from '../network-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const data = await loadNetworkPage(event, 'groslijst');
	const { organisationId, actor, db } = await networkContext(event);
	// Who can be ticked on the casus: whoever is on it now, and the actor's team colleagues.
	const editable = data.caseFile.kind === 'client' && data.caseFile.status === 'open';
	const colleagues = editable ? await orError(findTeamColleagues(actor, db, organisationId)) : [];
	const assigned = new Set(data.workers.map((w) => w.userId));
	const selfId = actor.kind === 'user' ? actor.userId : '';
	const workerChoices = [...data.workers, ...colleagues.filter((c) => !assigned.has(c.userId))]
		.map((w) => ({ ...w, assigned: assigned.has(w.userId), self: w.userId === selfId }))
		.sort((x, y) => Number(y.self) - Number(x.self) || x.name.localeCompare(y.name, 'nl'));
	return { caseFile: data.caseFile, persons: data.persons, workers: data.workers, workerChoices };
};

export const actions: Actions = {
	// After a name, straight back to an empty name field: Enter adds the next one (also without JS).
	add: (event) =>
		networkFormAction(
			event,
			networkPersonSchema,
			({ actor, db, organisationId }, caseId, input) => createNetworkPerson(actor, db, organisationId, caseId, input),
			'?toegevoegd=1#nieuwe-naam'
		),
	edit: (event) =>
		networkFormAction(
			event,
			networkPersonEditSchema,
			({ actor, db, organisationId }, caseId, { personId, ...input }) =>
				updateNetworkPerson(actor, db, organisationId, caseId, personId, input),
			'?bewaard=1'
		),
	delete: (event) =>
		networkFormAction(
			event,
			networkPersonIdSchema,
			({ actor, db, organisationId }, caseId, { personId }) =>
				deleteNetworkPerson(actor, db, organisationId, caseId, personId),
			'?verwijderd=1'
		),
	// The whole set of ticked workers. Whoever takes themselves off can no longer open the casus.
	workers: async (event) => {
		const { actor, db, organisationId } = await networkContext(event);
		const result = await handleForm(
			event.request,
			networkCaseWorkersSchema,
			({ workerUserIds }) => updateNetworkCaseWorkers(actor, db, organisationId, event.params.id, workerUserIds),
			{ multi: ['workerUserIds'] }
		);
		if (!('actorStillAssigned' in result)) return fail(result.status, { ...result.data, form: 'workers' });
		redirect(303, result.actorStillAssigned ? `${event.url.pathname}?collegas=1#collegas` : '/netwerk?afgemeld=1');
	},
	// The client's roles (on the practice map: the worker's own); errors come back to this form only.
	roles: async (event) => {
		const { actor, db, organisationId } = await networkContext(event);
		const result = await handleForm(
			event.request,
			networkCaseRolesSchema,
			async (input) => {
				await updateNetworkCaseRoles(actor, db, organisationId, event.params.id, input);
				return { ok: true as const };
			},
			{ multi: ['roles'] }
		);
		if (!('ok' in result)) return fail(result.status, { ...result.data, form: 'roles' });
		redirect(303, `${event.url.pathname}?rollen=1#rollen`);
	},
	reflection: async (event) => {
		const { actor, db, organisationId } = await networkContext(event);
		const result = await handleForm(event.request, practiceReflectionSchema, async (input) => {
			await updatePracticeReflection(actor, db, organisationId, event.params.id, input);
			return { ok: true as const };
		});
		if (!('ok' in result)) return fail(result.status, { ...result.data, form: 'reflection' });
		redirect(303, `${event.url.pathname}?gedachten=1#gedachten`);
	},
	close: async (event) => {
		const { actor, db, organisationId } = await networkContext(event);
		await orError(closeNetworkCase(actor, db, organisationId, event.params.id));
		redirect(303, '/netwerk?gesloten=1');
	}
};
