import { m } from '$lib/paraglide/messages';

const DIMENSION: Record<string, () => string> = {
	time: m.dim_time,
	appointments: m.dim_appointments,
	respect: m.dim_respect,
	understanding: m.dim_understanding,
	ownIdeas: m.dim_own_ideas,
	helped: m.dim_helped
};

export const dimensionLabel = (d: string) => DIMENSION[d]?.() ?? d;

/** "4,6" in Dutch, "4.6" in English; "—" when there is nothing. */
export function formatScore(value: number | null | undefined, locale = 'nl'): string {
	if (value === null || value === undefined) return '—';
	return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(value);
}

export function quarterName(quarter: string, _locale?: string): string {
	const [y, q] = quarter.split('-Q');
	return m.quarter_name({ q, y });
}

/** The label of a mirror dimension: ours for the built-in six, the question itself for a template's. */
export function mirrorDimensionLabel(
	d: { key: string; builtIn: boolean; texts?: Record<string, string> },
	locale = 'nl'
): string {
	if (d.builtIn) return dimensionLabel(d.key);
	return (d.texts?.[locale] ?? d.texts?.nl ?? d.key).replaceAll('[naam]', '…');
}
