import { cosine, type Vector } from './vectors';

export interface ClusterOptions {
	/** Stop merging when the most similar pair of clusters is less similar than this. */
	threshold: number;
	/** Stop merging when this many clusters are left (for a fixed number of clusters, use threshold -Infinity). */
	minClusters?: number;
}

/**
 * Average-linkage agglomerative clustering on cosine similarity. Deterministic: on equal similarity the
 * pair with the lowest indices merges first. Each row caches its most similar partner, so a session of
 * 500 leftover tips costs about n² instead of n³ comparisons.
 * Returns clusters as sorted lists of indices, ordered by their first index.
 */
export function agglomerate(vectors: readonly Vector[], options: ClusterOptions): number[][] {
	const n = vectors.length;
	const minClusters = Math.max(1, options.minClusters ?? 1);
	const sim = new Float64Array(n * n);
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) sim[i * n + j] = sim[j * n + i] = cosine(vectors[i], vectors[j]);
	}
	const members: (number[] | null)[] = vectors.map((_, i) => [i]);
	const best = new Int32Array(n).fill(-1);
	const findBest = (i: number) => {
		let partner = -1;
		for (let k = 0; k < n; k++) {
			if (k !== i && members[k] && (partner < 0 || sim[i * n + k] > sim[i * n + partner])) partner = k;
		}
		best[i] = partner;
	};
	for (let i = 0; i < n; i++) findBest(i);

	for (let clusters = n; clusters > minClusters; clusters--) {
		let a = -1;
		for (let i = 0; i < n; i++) {
			if (members[i] && best[i] >= 0 && (a < 0 || sim[i * n + best[i]] > sim[a * n + best[a]])) a = i;
		}
		if (a < 0 || sim[a * n + best[a]] < options.threshold) break;
		const b = best[a];
		const [keep, drop] = a < b ? [a, b] : [b, a];
		const sizeKeep = members[keep]!.length;
		const sizeDrop = members[drop]!.length;
		for (let k = 0; k < n; k++) {
			if (!members[k] || k === keep || k === drop) continue;
			const merged = (sizeKeep * sim[keep * n + k] + sizeDrop * sim[drop * n + k]) / (sizeKeep + sizeDrop);
			sim[keep * n + k] = sim[k * n + keep] = merged;
		}
		members[keep] = [...members[keep]!, ...members[drop]!].sort((x, y) => x - y);
		members[drop] = null;
		for (let k = 0; k < n; k++) {
			if (!members[k]) continue;
			if (k === keep || best[k] === keep || best[k] === drop) findBest(k);
			else if (
				sim[k * n + keep] > sim[k * n + best[k]] ||
				(sim[k * n + keep] === sim[k * n + best[k]] && keep < best[k])
			)
				best[k] = keep;
		}
	}
	return members.filter((m): m is number[] => m !== null);
}
