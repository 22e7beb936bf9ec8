/** The form's values echoed after a failure, as strings. */
export function echoed(values: Record<string, string | string[]> | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(values ?? {})) if (typeof v === 'string') out[k] = v;
	return out;
}
