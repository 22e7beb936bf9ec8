import type { z } from 'zod';
import { fail, redirect } from '@sveltejs/kit';
import { handleForm, orError } from '$lib/server/http';
import { closeNetworkCase } from '$lib/server/network/close-network-case';
import { createNetworkPerson } from '$lib/server/network/create-network-person';
import { deleteNetworkPerson } from '$lib/server/network/delete-network-person';
import { findTeamColleagues } from '$lib/server/network/find-team-colleagues';
import { updateNetworkCaseRoles } from '$lib/server/network/update-network-case-roles';
import { updateNetworkCaseWorkers } from '$lib/server/network/update-network-case-workers';
import { updateNetworkPerson } from '$lib/server/network/update-network-person';
import { updateNetworkPersons } from '$lib/server/network/update-network-persons';
import { updatePracticeReflection } from '$lib/server/network/update-practice-reflection';
import {
	networkCaseRolesSchema,
	networkCaseWorkersSchema,
	networkPersonEditSchema,
	networkPersonMaybeSchema,
	networkPersonRemoveSchema,
	networkPersonSchema,
	practiceReflectionSchema
} from '$lib/validation/network';
import { focusId, parseList } from '$lib/validation/form-list';
import {
	loadNetworkPage,
	networkContext,
	networkFormAction,
	networkPageAction,
	trialOffersFor,
	type NetworkCtx
} from '../network-route';
import type { Actions, PageServerLoad } from './$types';
import { idFrom, type NetworkCaseId } from '$lib/server/ids';

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
	return {
		caseFile: data.caseFile,
		persons: data.persons,
		workers: data.workers,
		workerChoices,
		trialOffers: await trialOffersFor(event, 'groslijst')
	};
};

// The page-wide form (issue 14): every row as personId + name-<id> + remark-<id> (see +page.svelte),
// so any button (a row's "Opslaan", "Alles opslaan", adding or deleting a name) saves every row.
const rows = (data: FormData, except: string | null = null) =>
	parseList(
		data,
		'personId',
		(personId, get) => (personId === except ? null : { personId, name: get('name'), remark: get('remark') }),
		networkPersonEditSchema.nullable()
	);
const saveRows = (
	{ actor, db, organisationId }: NetworkCtx,
	caseId: NetworkCaseId,
	items: (z.output<typeof networkPersonEditSchema> | null)[]
) =>
	updateNetworkPersons(
		actor,
		db,
		organisationId,
		caseId,
		items.flatMap((item) =>
			item ? [{ personId: item.personId, patch: { name: item.name, remark: item.remark } }] : []
		)
	);
const addPerson = (
	{ actor, db, organisationId }: NetworkCtx,
	caseId: NetworkCaseId,
	input: z.output<typeof networkPersonMaybeSchema>
) => (input.name ? createNetworkPerson(actor, db, organisationId, caseId, input) : Promise.resolve());
const named = (data: FormData) => {
	const v = data.get('name');
	return typeof v === 'string' && v.trim() !== '';
};

export const actions: Actions = {
	// After a name, straight back to an empty name field: Enter adds the next one (also without JS).
	// The rows are saved first, so a change typed there is kept.
	add: (event) =>
		networkPageAction(event, {
			cards: (data) => rows(data),
			save: saveRows,
			then: { schema: networkPersonSchema, run: addPerson },
			to: () => '?toegevoegd=1#nieuwe-naam'
		}),
	// Every row at once: a row's "Opslaan", "Alles opslaan", or Enter in any field (the form's first,
	// hidden button). A name in the new-name field is added too.
	save: (event) =>
		networkPageAction(event, {
			cards: (data) => rows(data),
			save: saveRows,
			then: { schema: networkPersonMaybeSchema, run: addPerson },
			to: (data) => {
				if (named(data)) return '?toegevoegd=1#nieuwe-naam';
				const id = focusId(data);
				return id ? `?bewaard=${id}#persoon-${id}` : '?bewaard=1#namen';
			}
		}),
	// Deleting a name saves the other rows first (not the deleted one: an emptied name may go).
	delete: (event) =>
		networkPageAction(event, {
			cards: (data) => {
				const remove = data.get('remove');
				return rows(data, typeof remove === 'string' ? remove : null);
			},
			save: saveRows,
			then: {
				schema: networkPersonRemoveSchema,
				run: ({ actor, db, organisationId }, caseId, { remove }) =>
					deleteNetworkPerson(actor, db, organisationId, caseId, remove)
			},
			to: () => '?verwijderd=1#namen'
		}),
	// One row (autosave with JavaScript, static/network-keep.js).
	edit: (event) =>
		networkFormAction(
			event,
			networkPersonEditSchema,
			({ actor, db, organisationId }, caseId, { personId, ...input }) =>
				updateNetworkPerson(actor, db, organisationId, caseId, personId, input),
			'?bewaard=1'
		),
	// The whole set of ticked workers. Whoever takes themselves off can no longer open the casus.
	workers: async (event) => {
		const { actor, db, organisationId } = await networkContext(event);
		const result = await handleForm(
			event.request,
			networkCaseWorkersSchema,
			({ workerUserIds }) =>
				updateNetworkCaseWorkers(actor, db, organisationId, idFrom<NetworkCaseId>(event.params.id), workerUserIds),
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
				await updateNetworkCaseRoles(actor, db, organisationId, idFrom<NetworkCaseId>(event.params.id), input);
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
			await updatePracticeReflection(actor, db, organisationId, idFrom<NetworkCaseId>(event.params.id), input);
			return { ok: true as const };
		});
		if (!('ok' in result)) return fail(result.status, { ...result.data, form: 'reflection' });
		redirect(303, `${event.url.pathname}?gedachten=1#gedachten`);
	},
	close: async (event) => {
		const { actor, db, organisationId } = await networkContext(event);
		await orError(closeNetworkCase(actor, db, organisationId, idFrom<NetworkCaseId>(event.params.id)));
		redirect(303, '/netwerk?gesloten=1');
	}
};
