import { m } from './paraglide/messages';

/** The Dutch (or English) name of a role, for display. */
export function roleLabel(role: string): string {
	switch (role) {
		case 'worker':
			return m.role_worker();
		case 'coach':
			return m.role_coach();
		case 'facilitator':
			return m.role_facilitator();
		case 'redacteur':
			return m.code_round_role_redacteur();
		case 'admin':
			return m.role_admin();
		default:
			return role;
	}
}
