/**
 * Who is acting. Every use case takes one first and decides from it what may be read or changed
 * (CONVENTIONS.md, boundary 3). Roles are not carried here: they are per organisation and are looked
 * up by the use case, so a stale session can never carry stale rights.
 */
export type Actor = UserActor | SystemActor;

export interface UserActor {
	kind: 'user';
	userId: string;
	email: string;
	name: string;
}

/** The `vakspiegel` command line and the start-up seeding: trusted, and written as such to the audit log. */
export interface SystemActor {
	kind: 'system';
	label: string;
}

export const systemActor = (label: string): SystemActor => ({ kind: 'system', label });

export function actorLabel(actor: Actor): string {
	return actor.kind === 'user' ? actor.email : `systeem:${actor.label}`;
}
