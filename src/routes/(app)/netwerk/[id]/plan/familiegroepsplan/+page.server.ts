import { createNetworkNote } from '$lib/server/network/create-network-note';
import { deleteNetworkNote } from '$lib/server/network/delete-network-note';
import { NOTE_KINDS, type NoteKind } from '$lib/network/model';
import { m } from '$lib/paraglide/messages';
import { networkNoteIdSchema, networkNoteSchema } from '$lib/validation/network';
import type { FieldErrors } from '$lib/validation/form';
import type { ListParse } from '$lib/validation/form-list';
import { loadNetworkPage, networkPageAction, type NetworkCtx } from '../../../network-route';
import { planActions } from '../plan';
import type { Actions, PageServerLoad } from './$types';

/** The casus id as the use cases take it. */
type CaseId = Parameters<typeof createNetworkNote>[3];

export const load: PageServerLoad = async (event) => {
	const data = await loadNetworkPage(event, 'familiegroepsplan');
	return { caseFile: data.caseFile, notes: data.notes, actions: planActions(data) };
};

type NewNote = { kind: NoteKind; text: string };

// The page form (issue 14): each column's new line as text-<kind>. Any button (a column's
// "Toevoegen", "Verwijderen" at a line, Enter) adds what is typed in both columns, so a line typed
// in one column is never lost by pressing a button in the other. The column whose "Toevoegen" was
// pressed (kind) must have something typed.
function newNotes(data: FormData): ListParse<NewNote> {
	const pressed = data.get('kind');
	const errors: FieldErrors = {};
	if (pressed !== null && !(NOTE_KINDS as readonly unknown[]).includes(pressed))
		errors.kind = m.network_error_note_kind();
	const items: NewNote[] = [];
	for (const kind of NOTE_KINDS) {
		const text = data.get(`text-${kind}`);
		if (kind !== pressed && (typeof text !== 'string' || !text.trim())) continue;
		const parsed = networkNoteSchema.safeParse({ kind, text: typeof text === 'string' ? text : '' });
		if (parsed.success) items.push(parsed.data);
		else errors[`text-${kind}`] = parsed.error.issues[0]?.message ?? m.network_error_note();
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, items };
}
const addNotes = async ({ actor, db, organisationId }: NetworkCtx, caseId: CaseId, notes: NewNote[]) => {
	for (const note of notes) await createNetworkNote(actor, db, organisationId, caseId, note);
};

export const actions: Actions = {
	note: (event) =>
		networkPageAction(event, {
			cards: newNotes,
			save: addNotes,
			to: (data) => {
				const kind = data.get('kind');
				return typeof kind === 'string' ? `?bewaard=1#kolom-${kind}` : '?bewaard=1';
			}
		}),
	noteDelete: (event) =>
		networkPageAction(event, {
			cards: newNotes,
			save: addNotes,
			then: {
				schema: networkNoteIdSchema,
				run: ({ actor, db, organisationId }, caseId, { noteId }) =>
					deleteNetworkNote(actor, db, organisationId, caseId, noteId)
			},
			to: () => '?bewaard=1'
		})
};
