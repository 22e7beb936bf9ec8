/**
 * A path on this site, or '/'. Used for every redirect target that comes from a form or a query
 * string, so nobody can be sent to another origin (open redirect).
 *
 * Browsers strip tab, CR and LF from a URL and read a backslash as a slash (WHATWG URL parser), so
 * `/\t/evil.example` and `/\evil.example` become `//evil.example`, another origin. A target with a
 * control character or a backslash, raw or percent-encoded, is refused outright; CR/LF would also
 * make the Location header itself invalid (a 500 instead of a redirect).
 */
export function safePath(value: unknown): string {
	if (typeof value !== 'string' || value.length > 2000) return '/';
	if (!isPlainPath(value)) return '/';
	let decoded: string;
	try {
		decoded = decodeURIComponent(value);
	} catch {
		return '/';
	}
	if (!isPlainPath(decoded)) return '/';
	const base = 'http://same-origin.invalid';
	let url: URL;
	try {
		url = new URL(value, base);
	} catch {
		return '/';
	}
	if (url.origin !== base) return '/';
	return value;
}

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f\\]/u;

function isPlainPath(value: string): boolean {
	return value.startsWith('/') && !value.startsWith('//') && !UNSAFE.test(value);
}
