import { m } from '../paraglide/messages';
import type { ActionStatus, ClientRole, Energy, Relation, Sector, Support } from './model';

// Labels for the network's fixed values, shared by pages, the SVG drawing and the PDF.

export const SECTOR_LABEL: Record<Sector, () => string> = {
	family: m.network_sector_family,
	friends: m.network_sector_friends,
	neighbours: m.network_sector_neighbours,
	work: m.network_sector_work,
	professionals: m.network_sector_professionals
};
export const RING_LABEL: Record<number, () => string> = {
	1: m.network_ring_1,
	2: m.network_ring_2,
	3: m.network_ring_3
};
export const RELATION_LABEL: Record<Relation, () => string> = {
	strong: m.network_relation_strong,
	normal: m.network_relation_normal,
	weak: m.network_relation_weak,
	stressful: m.network_relation_stressful,
	broken: m.network_relation_broken
};
export const ENERGY_LABEL: Record<Energy, () => string> = {
	gives: m.network_energy_gives,
	receives: m.network_energy_receives,
	mutual: m.network_energy_mutual
};
export const SUPPORT_LABEL: Record<Support, () => string> = {
	emotional: m.network_support_emotional,
	practical: m.network_support_practical,
	company: m.network_support_company,
	advice: m.network_support_advice
};
export const ACTION_STATUS_LABEL: Record<ActionStatus, () => string> = {
	open: m.network_action_status_open,
	busy: m.network_action_status_busy,
	done: m.network_action_status_done,
	stopped: m.network_action_status_stopped
};
export const CLIENT_ROLE_LABEL: Record<ClientRole, () => string> = {
	parent: m.network_practice_role_parent,
	neighbour: m.network_practice_role_neighbour,
	carer: m.network_practice_role_carer,
	volunteer: m.network_practice_role_volunteer,
	employee: m.network_practice_role_employee,
	member: m.network_practice_role_member
};

/** The client's roles as one line ("ouder, vrijwilliger, oppas"), or "" when none are recorded. */
export function clientRolesText(roles: readonly ClientRole[], other = ''): string {
	return [...roles.map((r) => CLIENT_ROLE_LABEL[r]()), ...(other.trim() ? [other.trim()] : [])].join(', ');
}
