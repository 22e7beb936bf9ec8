/** What form actions read from a posted form: FormData or, for a plain form, URLSearchParams. */
export interface FormFields {
	get(name: string): FormDataEntryValue | null;
	getAll(name: string): FormDataEntryValue[];
	has(name: string): boolean;
	[Symbol.iterator](): IterableIterator<[string, FormDataEntryValue]>;
}

/**
 * The posted form. A plain form (application/x-www-form-urlencoded, what every form without a file
 * sends) is read as text into URLSearchParams: half the work of `request.formData()`, which builds a
 * FormData entry by entry, on the busiest paths (a resident's answers, a participant's tips and votes).
 * Forms with a file (multipart) go through `formData()`. Rejects, as `formData()` does, when the body
 * cannot be read.
 */
export async function readForm(request: Request): Promise<FormFields> {
	if (isPlainForm(request.headers.get('content-type'))) return new URLSearchParams(await request.text());
	return request.formData();
}

/** Whether a Content-Type is a plain form (application/x-www-form-urlencoded). */
export const isPlainForm = (contentType: string | null | undefined) =>
	/^application\/x-www-form-urlencoded\b/iu.test(contentType ?? '');

const BOUNDARY = /^multipart\/form-data\s*;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))\s*$/iu;
const DISPOSITION = /^content-disposition:\s*form-data;\s*name="([^"%\r\n]*)"(?:;\s*filename="([^"\r\n]*)")?$/iu;

/**
 * The fields of a multipart/form-data body (RFC 7578) as browsers send a form without a file: text
 * fields, and an empty file field when no file was chosen (left out, as `parseResponseForm` ignores an
 * empty file). Null for anything else — a file with content, an unexpected header, a malformed
 * body — so that the caller hands the request to the framework's full parser instead.
 */
export function parsePlainMultipart(body: string, contentType: string): URLSearchParams | null {
	const match = BOUNDARY.exec(contentType);
	if (!match) return null;
	const parts = body.split(`--${match[1] ?? match[2]}`);
	if (parts.length < 2 || parts[0] !== '' || !/^--(\r\n)?$/u.test(parts[parts.length - 1])) return null;
	const fields = new URLSearchParams();
	for (const part of parts.slice(1, -1)) {
		const end = part.indexOf('\r\n\r\n');
		if (!part.startsWith('\r\n') || !part.endsWith('\r\n') || end < 0) return null;
		const [disposition, ...others] = part.slice(2, end).split('\r\n');
		const field = DISPOSITION.exec(disposition);
		if (!field || others.some((h) => !/^content-type:/iu.test(h))) return null;
		const value = part.slice(end + 4, -2);
		if (field[2] === undefined) fields.append(field[1], value);
		else if (value !== '') return null; // a file with content: the framework's parser takes it
	}
	return fields;
}
