import { m } from '../paraglide/messages';

/** The three answers to an article, in the order of the buttons. */
export const STANCES = ['eens', 'twijfel', 'oneens'] as const;
export type Stance = (typeof STANCES)[number];

export type RoundStatus = 'planned' | 'open' | 'closed';

/** Planned before opens_at, closed from closes_at or when an editor closed it early, open between. */
export function roundStatus(
	round: { opensAt: Date; closesAt: Date; closedAt: Date | null },
	now = new Date()
): RoundStatus {
	if (round.closedAt || now >= round.closesAt) return 'closed';
	return now < round.opensAt ? 'planned' : 'open';
}

export function stanceLabel(stance: string | null | undefined): string {
	switch (stance) {
		case 'eens':
			return m.code_round_stance_eens();
		case 'twijfel':
			return m.code_round_stance_twijfel();
		case 'oneens':
			return m.code_round_stance_oneens();
		default:
			return m.code_round_stance_none();
	}
}

export function roundStatusLabel(status: RoundStatus): string {
	return status === 'open'
		? m.code_round_status_open()
		: status === 'planned'
			? m.code_round_status_planned()
			: m.code_round_status_closed();
}

/** Breakdowns by team show only teams with more than this many respondents (issue 17). */
export const TEAM_BREAKDOWN_MIN = 5;

/** What the editors did with a reaction (dispositions), in words. */
export function verdictLabel(verdict: string): string {
	switch (verdict) {
		case 'overgenomen':
			return m.code_round_verdict_overgenomen();
		case 'deels':
			return m.code_round_verdict_deels();
		case 'niet':
			return m.code_round_verdict_niet();
		default:
			return verdict;
	}
}
