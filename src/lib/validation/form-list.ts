import type { z } from 'zod';
import type { FieldErrors } from './form';

/** At most this many cards in one page-wide save (a casus has far fewer people or actions). */
export const LIST_MAX_ITEMS = 500;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export type ListParse<T> = { ok: true; items: T[] } | { ok: false; errors: FieldErrors };

/**
 * One form for a whole page of cards (the ecogram, the netwerkcirkel, the plan): every card sends
 * its id in `idField` (repeated) and its own fields as `<field>-<id>`. Each card is checked with the
 * same schema as its single-card form; an error is keyed `<field>-<id>`, so it shows in that card.
 */
export function parseList<S extends z.ZodType>(
	data: FormData,
	idField: string,
	card: (id: string, get: (name: string) => string, getAll: (name: string) => string[]) => unknown,
	schema: S
): ListParse<z.output<S>> {
	const ids = [...new Set(data.getAll(idField).filter((v): v is string => typeof v === 'string'))];
	if (ids.length > LIST_MAX_ITEMS || ids.some((id) => !ID.test(id))) return { ok: false, errors: { form: '' } };
	const items: z.output<S>[] = [];
	const errors: FieldErrors = {};
	for (const id of ids) {
		const get = (name: string) => {
			const v = data.get(`${name}-${id}`);
			return typeof v === 'string' ? v : '';
		};
		const getAll = (name: string) => data.getAll(`${name}-${id}`).filter((v): v is string => typeof v === 'string');
		const parsed = schema.safeParse(card(id, get, getAll));
		if (parsed.success) items.push(parsed.data);
		else
			for (const issue of parsed.error.issues) {
				const key = `${String(issue.path[0] ?? 'form')}-${id}`;
				if (!(key in errors)) errors[key] = issue.message;
			}
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, items };
}

/** The card a button belongs to ("Opslaan" in card 7 sends focus=<id>): where the page comes back. */
export function focusId(data: FormData): string | null {
	const v = data.get('focus');
	return typeof v === 'string' && ID.test(v) ? v : null;
}
