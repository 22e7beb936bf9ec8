/**
 * A path on this site, or '/'. Used for every redirect target that comes from a form or a query
 * string, so nobody can be sent to another origin (open redirect).
 */
export function safePath(value: unknown): string {
	return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/';
}
