const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * Adjusted Rand index of two labellings of the same items (Hubert & Arabie 1985): 1 for the same
 * partition, about 0 for a chance agreement, negative below chance. As in scikit-learn's
 * `adjusted_rand_score`, two partitions that are both trivial in the same way (all in one group, or
 * all apart) score 1.
 */
export function adjustedRandIndex<A, B>(a: readonly A[], b: readonly B[]): number {
	if (a.length !== b.length) throw new RangeError('Both labellings must cover the same items');
	const table = new Map<A, Map<B, number>>();
	const rowSums = new Map<A, number>();
	const columnSums = new Map<B, number>();
	a.forEach((labelA, i) => {
		const labelB = b[i];
		if (!table.has(labelA)) table.set(labelA, new Map());
		const row = table.get(labelA)!;
		row.set(labelB, (row.get(labelB) ?? 0) + 1);
		rowSums.set(labelA, (rowSums.get(labelA) ?? 0) + 1);
		columnSums.set(labelB, (columnSums.get(labelB) ?? 0) + 1);
	});
	let index = 0;
	for (const row of table.values()) for (const count of row.values()) index += pairs(count);
	const sumRows = [...rowSums.values()].reduce((s, n) => s + pairs(n), 0);
	const sumColumns = [...columnSums.values()].reduce((s, n) => s + pairs(n), 0);
	const expected = a.length < 2 ? 0 : (sumRows * sumColumns) / pairs(a.length);
	const max = (sumRows + sumColumns) / 2;
	return max === expected ? 1 : (index - expected) / (max - expected);
}
