import type { Relation } from './model';

/** The organisation's own line labels for the ecogram (organisation.settings.networkLegend), if any. */
export function networkLegendOf(
	settings: Record<string, unknown> | null | undefined
): Partial<Record<Relation, string>> {
	const raw = settings?.networkLegend;
	if (!raw || typeof raw !== 'object') return {};
	return Object.fromEntries(
		Object.entries(raw as Record<string, unknown>).filter(
			(e): e is [Relation, string] =>
				['strong', 'normal', 'weak', 'stressful', 'broken'].includes(e[0]) && typeof e[1] === 'string' && e[1] !== ''
		)
	);
}
