/**
 * Which method: a built-in one by its slug, or a team's or organisation's own by its id. Sessions
 * keep the ref beside their snapshot of the method. In URLs (/team/methoden/<param>) the prefix is
 * left out: a uuid is an own method, anything else a built-in slug.
 */
export type MethodRef = `builtin:${string}` | `custom:${string}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const SLUG = /^[a-z0-9-]{1,60}$/u;

export type ParsedRef = { kind: 'builtin'; slug: string } | { kind: 'custom'; id: string };

export function parseMethodRef(ref: string): ParsedRef | null {
	const [kind, value = ''] = ref.split(/:(.*)/su);
	if (kind === 'builtin' && SLUG.test(value)) return { kind, slug: value };
	if (kind === 'custom' && UUID.test(value)) return { kind, id: value.toLowerCase() };
	return null;
}

/** The ref a /team/methoden/<param> stands for, or null for something that is neither. */
export function refFromParam(param: string): MethodRef | null {
	if (UUID.test(param)) return `custom:${param.toLowerCase()}`;
	if (SLUG.test(param)) return `builtin:${param}`;
	return null;
}

export const paramOfRef = (ref: MethodRef): string => ref.slice(ref.indexOf(':') + 1);
