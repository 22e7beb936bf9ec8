import type { CodeLinkOptions } from './link-target';

/** The readable labels of picker values ("2.1.3 Luisteren", "1. Respect …"), in the code's order. */
export function linkLabels(options: CodeLinkOptions | null, values: string[]): string[] {
	if (!options || values.length === 0) return [];
	const chosen = new Set(values);
	return [
		...options.kernwaarden.filter((k) => chosen.has(k.value)).map((k) => `${k.number}. ${k.name}`),
		...options.chapters.flatMap((c) =>
			c.articles.filter((a) => chosen.has(a.value)).map((a) => `${a.number} ${a.title}`)
		)
	];
}
