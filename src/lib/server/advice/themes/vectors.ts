/** A sparse, length-normalised TF-IDF vector: term → weight. */
export type Vector = ReadonlyMap<string, number>;

function normalised(weights: Map<string, number>): Vector {
	let sum = 0;
	for (const w of weights.values()) sum += w * w;
	const length = Math.sqrt(sum);
	if (length > 0) for (const [term, w] of weights) weights.set(term, w / length);
	return weights;
}

/** TF-IDF over a fixed set of documents (lists of terms), with smoothed IDF and sublinear term frequency. */
export class TfIdf {
	private readonly documentFrequency = new Map<string, number>();
	private readonly documents: number;

	constructor(documents: readonly (readonly string[])[]) {
		this.documents = documents.length;
		for (const terms of documents) {
			for (const term of new Set(terms)) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
		}
	}

	idf(term: string): number {
		return Math.log((this.documents + 1) / ((this.documentFrequency.get(term) ?? 0) + 1)) + 1;
	}

	vector(terms: readonly string[]): Vector {
		const counts = new Map<string, number>();
		for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
		const weights = new Map<string, number>();
		for (const [term, count] of counts) weights.set(term, (1 + Math.log(count)) * this.idf(term));
		return normalised(weights);
	}
}

export function cosine(a: Vector, b: Vector): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let dot = 0;
	for (const [term, w] of small) {
		const other = large.get(term);
		if (other !== undefined) dot += w * other;
	}
	return dot;
}

export function centroid(vectors: readonly Vector[]): Vector {
	const sum = new Map<string, number>();
	for (const v of vectors) for (const [term, w] of v) sum.set(term, (sum.get(term) ?? 0) + w);
	return normalised(sum);
}
