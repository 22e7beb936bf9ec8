import type { z } from 'zod';
import type { RequestEvent } from '@sveltejs/kit';
import { orError } from '$lib/server/http';
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
import { fieldErrors } from '$lib/validation/form';
import { focusId, parseList, type ListParse } from '$lib/validation/form-list';
import {
	loadNetworkPage,
	networkContext,
	networkFormAction,
	networkPageAction,
	trialOffersFor,
	type NetworkCtx
} from '../network-route';
import type { Actions, PageServerLoad } from './$types';

/** The casus id as the use cases take it. */
type CaseId = Parameters<typeof updateNetworkPersons>[3];

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

// The page-wide form (issue 14): every row as personId + name-<id> + remark-<id>, and the sections
// below the list (deel=rollen: roles + other; deel=gedachten: reflection; deel=collegas:
// workerUserIds), so any button on the page (a row's "Opslaan", adding or deleting a name, "Rollen
// bewaren", closing the casus) saves everything typed or ticked anywhere on it.
type Rows = z.output<typeof networkPersonEditSchema> | null;
type PageForm = {
	rows: Rows[];
	roles?: z.output<typeof networkCaseRolesSchema>;
	reflection?: z.output<typeof practiceReflectionSchema>;
	workers?: z.output<typeof networkCaseWorkersSchema>;
};
type Section = 'rollen' | 'gedachten' | 'collegas';
const rows = (data: FormData, except: string | null = null) =>
	parseList(
		data,
		'personId',
		(personId, get) => (personId === except ? null : { personId, name: get('name'), remark: get('remark') }),
		networkPersonEditSchema.nullable()
	);
/** The whole page; `pressed`: the section whose own button was pressed (it counts even if not marked). */
function pageCards(data: FormData, options: { except?: string | null; pressed?: Section } = {}): ListParse<PageForm> {
	const list = rows(data, options.except ?? null);
	const has = (section: Section) => options.pressed === section || data.getAll('deel').includes(section);
	const strings = (name: string) => data.getAll(name).filter((v): v is string => typeof v === 'string');
	const one = (name: string) => strings(name)[0] ?? '';
	const roles = has('rollen')
		? networkCaseRolesSchema.safeParse({ roles: strings('roles'), other: one('other') })
		: null;
	const reflection = has('gedachten') ? practiceReflectionSchema.safeParse({ reflection: one('reflection') }) : null;
	const workers = has('collegas')
		? networkCaseWorkersSchema.safeParse({ workerUserIds: strings('workerUserIds') })
		: null;
	const errors = {
		...(list.ok ? {} : list.errors),
		...(roles && !roles.success ? fieldErrors(roles.error) : {}),
		...(reflection && !reflection.success ? fieldErrors(reflection.error) : {}),
		...(workers && !workers.success ? fieldErrors(workers.error) : {})
	};
	if (!list.ok || Object.keys(errors).length) return { ok: false, errors };
	return {
		ok: true,
		items: [{ rows: list.items, roles: roles?.data, reflection: reflection?.data, workers: workers?.data }]
	};
}
const multi = () => ['deel', 'roles', 'workerUserIds'];
/**
 * Saves the rows and the sections; the workers last, since whoever takes themselves off can no
 * longer open the casus (then the page goes to the list of casussen, see `leave`).
 */
async function savePage({ actor, db, organisationId }: NetworkCtx, caseId: CaseId, [page]: PageForm[]) {
	if (!page) return { actorStillAssigned: true };
	await updateNetworkPersons(
		actor,
		db,
		organisationId,
		caseId,
		page.rows.flatMap((item) =>
			item ? [{ personId: item.personId, patch: { name: item.name, remark: item.remark } }] : []
		)
	);
	if (page.roles) await updateNetworkCaseRoles(actor, db, organisationId, caseId, page.roles);
	if (page.reflection) await updatePracticeReflection(actor, db, organisationId, caseId, page.reflection);
	if (page.workers) return updateNetworkCaseWorkers(actor, db, organisationId, caseId, page.workers.workerUserIds);
	return { actorStillAssigned: true };
}
const leave = (saved: { actorStillAssigned: boolean }) => (saved.actorStillAssigned ? null : '/netwerk?afgemeld=1');
const addPerson = (
	{ actor, db, organisationId }: NetworkCtx,
	caseId: CaseId,
	input: z.output<typeof networkPersonMaybeSchema>
) => (input.name ? createNetworkPerson(actor, db, organisationId, caseId, input) : Promise.resolve());
const named = (data: FormData) => {
	const v = data.get('name');
	return typeof v === 'string' && v.trim() !== '';
};
/** The page form, saved; then back to the section of the button. */
const sectionAction = (pressed: Section, to: string) => (event: RequestEvent) =>
	networkPageAction(event, {
		cards: (data) => pageCards(data, { pressed }),
		multi,
		save: savePage,
		leave,
		then: { schema: networkPersonMaybeSchema, run: addPerson },
		to: (data) => (named(data) ? '?toegevoegd=1#nieuwe-naam' : to)
	});

export const actions: Actions = {
	// After a name, straight back to an empty name field: Enter adds the next one (also without JS).
	// The rows are saved first, so a change typed there is kept.
	add: (event) =>
		networkPageAction(event, {
			cards: (data) => pageCards(data),
			multi,
			save: savePage,
			leave,
			then: { schema: networkPersonSchema, run: addPerson },
			to: () => '?toegevoegd=1#nieuwe-naam'
		}),
	// Every row at once: a row's "Opslaan", "Alles opslaan", or Enter in any field (the form's first,
	// hidden button). A name in the new-name field is added too.
	save: (event) =>
		networkPageAction(event, {
			cards: (data) => pageCards(data),
			multi,
			save: savePage,
			leave,
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
				return pageCards(data, { except: typeof remove === 'string' ? remove : null });
			},
			multi,
			save: savePage,
			leave,
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
	workers: sectionAction('collegas', '?collegas=1#collegas'),
	// The client's roles (on the practice map: the worker's own).
	roles: sectionAction('rollen', '?rollen=1#rollen'),
	reflection: sectionAction('gedachten', '?gedachten=1#gedachten'),
	// Closing saves the page first: what was typed before pressing it is kept in the closed casus.
	close: (event) =>
		networkPageAction(event, {
			cards: (data) => pageCards(data),
			multi,
			save: savePage,
			leave,
			then: {
				schema: networkPersonMaybeSchema,
				run: async (ctx, caseId, input) => {
					await addPerson(ctx, caseId, input);
					await closeNetworkCase(ctx.actor, ctx.db, ctx.organisationId, caseId);
				}
			},
			to: () => '/netwerk?gesloten=1'
		})
};
