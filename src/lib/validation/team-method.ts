import { z } from 'zod';
import { m } from '../paraglide/messages';
import { PHASE_ACTORS, PHASE_PRODUCTS, methodSchema, type Method } from '../team/method';
import type { FieldErrors } from './form';
import { boundedInt, freeText } from './text';

/**
 * The edit form of an own method: one form for the whole method, so nothing typed is lost when a
 * phase is added, removed or moved (those buttons change the draft; only "Opslaan" stores it).
 * Phases are posted in their order as `phase` (the phase key, repeated), with `<field>-<key>` each.
 */
/** What is read of a posted form (FormData or URLSearchParams). */
type FormFields = Pick<FormData, 'get' | 'getAll' | 'has'>;

export interface PhaseDraft {
	key: string;
	title: string;
	active: string;
	inbrengerInRoom: boolean;
	minutes: string;
	prompt: string;
	produces: string;
}
export interface MethodDraft {
	name: string;
	summary: string;
	whenToUse: string;
	needs: string;
	phases: PhaseDraft[];
}

export const MAX_PHASES = 15;
export const MIN_PHASES = 2;
const KEY = /^[a-z0-9-]{1,40}$/u;

export const draftFromMethod = (method: Method): MethodDraft => ({
	name: method.name,
	summary: method.summary,
	whenToUse: method.whenToUse,
	needs: method.needs,
	phases: method.phases.map((p) => ({ ...p, minutes: String(p.minutes) }))
});

/** The posted form as a draft: strings as typed (cut to a sane length), unknown keys dropped. */
export function readMethodDraft(data: FormFields): MethodDraft {
	const get = (name: string) => {
		const v = data.get(name);
		return typeof v === 'string' ? v.slice(0, 5000) : '';
	};
	const keys = [
		...new Set(data.getAll('phase').filter((v): v is string => typeof v === 'string' && KEY.test(v)))
	].slice(0, MAX_PHASES + 1);
	return {
		name: get('name'),
		summary: get('summary'),
		whenToUse: get('whenToUse'),
		needs: get('needs'),
		phases: keys.map((key) => ({
			key,
			title: get(`title-${key}`),
			active: get(`active-${key}`),
			inbrengerInRoom: data.has(`inbrengerInRoom-${key}`),
			minutes: get(`minutes-${key}`),
			prompt: get(`prompt-${key}`),
			produces: get(`produces-${key}`)
		}))
	};
}

export type DraftIntent = { kind: 'save' } | { kind: 'add' } | { kind: 'remove' | 'up' | 'down'; key: string };

/** Which button was pressed (`intent`): Enter in a field presses the first, "Opslaan". */
export function readIntent(data: FormFields): DraftIntent {
	const v = data.get('intent');
	if (v === 'add') return { kind: 'add' };
	const match = typeof v === 'string' ? /^(remove|up|down):([a-z0-9-]{1,40})$/u.exec(v) : null;
	if (match) return { kind: match[1] as 'remove' | 'up' | 'down', key: match[2] };
	return { kind: 'save' };
}

/** A key for a new phase that no other phase of the draft has. */
const freeKey = (phases: PhaseDraft[]): string => {
	const taken = new Set(phases.map((p) => p.key));
	let n = phases.length + 1;
	while (taken.has(`fase-${n}`)) n++;
	return `fase-${n}`;
};

/** The draft after adding, removing or moving a phase; `null` when the change is not possible. */
export function applyIntent(draft: MethodDraft, intent: DraftIntent): MethodDraft | null {
	const phases = [...draft.phases];
	if (intent.kind === 'save') return draft;
	if (intent.kind === 'add') {
		if (phases.length >= MAX_PHASES) return null;
		phases.push({
			key: freeKey(phases),
			title: '',
			active: 'group',
			inbrengerInRoom: true,
			minutes: '10',
			prompt: '',
			produces: 'notes'
		});
		return { ...draft, phases };
	}
	const at = phases.findIndex((p) => p.key === intent.key);
	if (at < 0) return null;
	if (intent.kind === 'remove') {
		if (phases.length <= MIN_PHASES) return null;
		phases.splice(at, 1);
	} else {
		const to = intent.kind === 'up' ? at - 1 : at + 1;
		if (to < 0 || to >= phases.length) return null;
		[phases[at], phases[to]] = [phases[to], phases[at]];
	}
	return { ...draft, phases };
}

const phaseForm = z.object({
	key: z.string().regex(KEY),
	title: freeText({ max: 80, required: () => m.tmethod_error_phase_title() }),
	active: z.enum(PHASE_ACTORS, { error: () => m.tmethod_error_active() }),
	inbrengerInRoom: z.boolean(),
	minutes: boundedInt(1, 180, () => m.tmethod_error_minutes()),
	prompt: freeText({ max: 1500, required: () => m.tmethod_error_prompt() }),
	produces: z.enum(PHASE_PRODUCTS, { error: () => m.tmethod_error_produces() })
});

const methodForm = z.object({
	name: freeText({ max: 80, required: () => m.tmethod_error_name() }),
	summary: freeText({ max: 300, required: () => m.tmethod_error_summary() }),
	whenToUse: freeText({ max: 1500, required: () => m.tmethod_error_when() }),
	needs: z.enum(['casus', 'dilemma', 'theme'], { error: () => m.tmethod_error_needs() })
});

export type DraftParse = { ok: true; method: Omit<Method, 'slug'> } | { ok: false; errors: FieldErrors };

/** The draft checked for saving, with Dutch messages keyed by field (`title-<key>` for a phase's title). */
export function parseMethodDraft(draft: MethodDraft): DraftParse {
	const errors: FieldErrors = {};
	const head = methodForm.safeParse(draft);
	if (!head.success)
		for (const issue of head.error.issues) {
			const key = String(issue.path[0] ?? 'form');
			errors[key] ??= issue.message;
		}
	const phases = draft.phases.map((phase) => {
		const parsed = phaseForm.safeParse(phase);
		if (!parsed.success)
			for (const issue of parsed.error.issues) {
				const key = `${String(issue.path[0] ?? 'title')}-${phase.key}`;
				errors[key] ??= issue.message;
			}
		return parsed.data;
	});
	if (draft.phases.length < MIN_PHASES || draft.phases.length > MAX_PHASES)
		errors.phases = m.tmethod_error_phase_count({ min: MIN_PHASES, max: MAX_PHASES });
	if (Object.keys(errors).length > 0 || !head.success) return { ok: false, errors };
	const method = { ...head.data, phases: phases.filter((p) => p !== undefined) };
	// The same format the server stores (and the built-in files use): a last check.
	if (!methodSchema.safeParse({ ...method, slug: 'x' }).success)
		return { ok: false, errors: { form: m.tmethod_error_invalid() } };
	return { ok: true, method };
}
