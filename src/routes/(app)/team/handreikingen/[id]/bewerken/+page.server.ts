import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { AppError } from '$lib/server/errors';
import { orError } from '$lib/server/http';
import { getGuideDraft } from '$lib/server/team/get-guide-draft';
import { publishGuide } from '$lib/server/team/publish-guide';
import { saveGuideDraft, type GuideDraftOperation } from '$lib/server/team/save-guide-draft';
import { m } from '$lib/paraglide/messages';
import { echoValues, fieldErrors, formValues, type FieldErrors } from '$lib/validation/form';
import { parseList } from '$lib/validation/form-list';
import { guideEditSchema, guideSectionSchema } from '$lib/validation/guide';
import { isUuid } from '$lib/server/ids';
import { guideContext } from '../../guide-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, db } = await guideContext(event);
	return {
		draft: await orError(getGuideDraft(actor, db, event.params.id)),
		saved: event.url.searchParams.has('opgeslagen')
	};
};

type Then = 'save' | 'add' | 'remove' | 'up' | 'down' | 'publish';

/**
 * Every button of the edit page posts the whole form: first the draft is saved as typed (title and every
 * section), then the button's own step. Invalid input anywhere: nothing is saved and the form comes back
 * as typed. A refused publish (a section without provenance) keeps the saved draft and says which section.
 */
async function editAction(event: RequestEvent, then: Then) {
	const { actor, db } = await guideContext(event);
	const guideId = event.params.id ?? '';
	let data: FormData;
	try {
		data = await event.request.formData();
	} catch {
		return fail(400, { values: {}, errors: {}, message: m.error_form_unreadable() });
	}
	const values = formValues(data, ['section']);
	const cards = parseList(
		data,
		'section',
		(id, get) => ({ id, heading: get('heading'), body: get('body'), source: get('source'), note: get('note') }),
		guideSectionSchema
	);
	const rest = guideEditSchema.safeParse(values);
	let errors: FieldErrors = cards.ok ? {} : cards.errors;
	if (!rest.success) errors = { ...errors, ...fieldErrors(rest.error) };
	if (!cards.ok || !rest.success) {
		const message = Object.values(errors).find(Boolean) ?? m.error_form_unreadable();
		return fail(400, { values: echoValues(values), errors, message });
	}
	const sectionId = data.get('sectionId');
	const target = typeof sectionId === 'string' && isUuid(sectionId) ? sectionId : null;
	let operation: GuideDraftOperation | undefined;
	if (then === 'add') operation = { kind: 'add' };
	else if (then === 'remove' || then === 'up' || then === 'down') {
		if (!target) return fail(400, { values: echoValues(values), errors: {}, message: m.error_form_unreadable() });
		operation =
			then === 'remove'
				? { kind: 'remove', sectionId: target }
				: { kind: 'move', sectionId: target, by: then === 'up' ? -1 : 1 };
	}
	let to: string;
	try {
		const { addedId } = await saveGuideDraft(actor, db, {
			guideId,
			title: rest.data.title,
			sections: cards.items,
			operation
		});
		if (then === 'publish') {
			await publishGuide(actor, db, { guideId, changeNote: rest.data.changeNote, minor: rest.data.minor });
			to = `/team/handreikingen/${guideId}?gepubliceerd=${rest.data.minor ? 'klein' : 'nieuw'}`;
		} else {
			const anchor = addedId ?? target;
			to = `${event.url.pathname}?opgeslagen=1${anchor && then !== 'remove' ? `#deel-${anchor}` : ''}`;
		}
	} catch (e) {
		if (e instanceof AppError) {
			return fail(e.status, { values: echoValues(values), errors: e.fields ?? {}, message: e.message });
		}
		throw e;
	}
	redirect(303, to);
}

export const actions: Actions = {
	save: (event) => editAction(event, 'save'),
	add: (event) => editAction(event, 'add'),
	remove: (event) => editAction(event, 'remove'),
	up: (event) => editAction(event, 'up'),
	down: (event) => editAction(event, 'down'),
	publish: (event) => editAction(event, 'publish')
};
