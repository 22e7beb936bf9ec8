import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

/** First message per field, keyed by the field's name: what a form shows beside each input. */
export function fieldErrors(error: z.ZodError): FieldErrors {
	const out: FieldErrors = {};
	for (const issue of error.issues) {
		const key = String(issue.path[0] ?? 'form');
		if (!(key in out)) out[key] = issue.message;
	}
	return out;
}

/** Form values as plain strings (or string arrays for repeated fields), for zod and for echoing back. */
export function formValues(data: FormData, multi: string[] = []): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const key of new Set(data.keys())) {
		const all = data.getAll(key).filter((v): v is string => typeof v === 'string');
		out[key] = multi.includes(key) ? all : (all[0] ?? '');
	}
	for (const key of multi) if (!(key in out)) out[key] = [];
	return out;
}

/**
 * Longer than any field we accept (the longest allows 5,000 characters): a value past this is cut
 * before it is sent back, so a 24 MB field does not come back as a 24 MB page (issue 12, finding 17).
 */
export const ECHO_MAX_CHARS = 10_000;
const ECHO_MAX_ITEMS = 200;

/** Values safe to send back to the form after a failed submit: never passwords or tokens, never huge. */
export function echoValues(values: Record<string, string | string[]>): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	const cut = (v: string) => (v.length > ECHO_MAX_CHARS ? v.slice(0, ECHO_MAX_CHARS) : v);
	for (const [k, v] of Object.entries(values).slice(0, ECHO_MAX_ITEMS)) {
		if (/password|token/i.test(k) || k.length > 100) continue;
		out[k] = Array.isArray(v) ? v.slice(0, ECHO_MAX_ITEMS).map(cut) : cut(v);
	}
	return out;
}
