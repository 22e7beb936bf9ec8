/** The form's values echoed after a failure, as strings, and the chosen code links. */
export function echoed(values: Record<string, string | string[]> | undefined) {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(values ?? {})) if (typeof v === 'string') out[k] = v;
	const links = values?.codeLinks;
	return { values: out, codeLinks: Array.isArray(links) ? links : typeof links === 'string' ? [links] : [] };
}
