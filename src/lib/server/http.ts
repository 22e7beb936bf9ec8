import { error, fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { AppError } from './errors';
import { m } from '../paraglide/messages';
import { echoValues, fieldErrors, formValues, type FieldErrors } from '../validation/form';

export interface FormFailure {
	values: Record<string, string | string[]>;
	errors: FieldErrors;
	message: string;
	[key: string]: unknown;
}

/** In a load function: turns a domain error into SvelteKit's error page with the right status. */
export async function orError<T>(work: Promise<T>): Promise<T> {
	try {
		return await work;
	} catch (e) {
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	}
}

/**
 * In a form action: parses the form with a zod schema, runs the use case, and turns invalid input or
 * a domain error into `fail(4xx)` with Dutch messages and the values to show again (never passwords).
 */
export async function handleForm<S extends z.ZodType, R>(
	request: Request,
	schema: S,
	run: (input: z.output<S>) => Promise<R>,
	options: { multi?: string[] } = {}
): Promise<R | ActionFailure<FormFailure>> {
	let data: FormData;
	try {
		data = await request.formData();
	} catch {
		return fail(400, { values: {}, errors: {}, message: m.error_form_unreadable() });
	}
	const values = formValues(data, options.multi);
	const parsed = schema.safeParse(values);
	if (!parsed.success) {
		const errors = fieldErrors(parsed.error);
		return fail(400, { values: echoValues(values), errors, message: Object.values(errors)[0] ?? '' });
	}
	try {
		return await run(parsed.data);
	} catch (e) {
		if (e instanceof AppError) {
			return fail(e.status, { values: echoValues(values), errors: e.fields ?? {}, message: e.message });
		}
		throw e;
	}
}
