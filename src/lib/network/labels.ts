import { m } from '../paraglide/messages';
import type { ActionStatus, Energy, Relation, Sector, Support } from './model';

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
