import type { Method } from '../../team/method';
import { BUILT_IN_METHODS, findBuiltInMethod } from '../../team/methods';
import { builtInRef } from '../../team/session';

// The methods a session can be planned with. Built-in only for now; when the method library
// (teams' and organisations' own methods) lands, this is the one place that lists and resolves them.

export interface SessionMethodChoice {
	ref: string;
	name: string;
	summary: string;
	needs: Method['needs'];
	minutes: number;
}

export function listSessionMethods(): SessionMethodChoice[] {
	return BUILT_IN_METHODS.map((method) => ({
		ref: builtInRef(method.slug),
		name: method.name,
		summary: method.summary,
		needs: method.needs,
		minutes: method.phases.reduce((sum, p) => sum + p.minutes, 0)
	}));
}

/** The method behind a reference, to snapshot into a new session; undefined when there is none. */
export function resolveSessionMethod(ref: string): Method | undefined {
	return ref.startsWith('builtin:') ? findBuiltInMethod(ref.slice('builtin:'.length)) : undefined;
}
