import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './adjusted-rand-index';

// Reference values from scikit-learn's adjusted_rand_score documentation and a hand computation.
describe('adjustedRandIndex', () => {
	it('is 1 for the same partition, whatever the label names', () => {
		expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 1])).toBe(1);
		expect(adjustedRandIndex([0, 0, 1, 1], ['b', 'b', 'a', 'a'])).toBe(1);
	});

	it('matches known values for partial agreement', () => {
		expect(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(0.5714285714, 9);
		expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.5714285714, 9);
		// By hand: index 2 pairs together in both, row pairs 6, column pairs 3, so expected 6·3/15, max 4.5.
		expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo((2 - 18 / 15) / (4.5 - 18 / 15), 12);
	});

	it('is 0 when one side puts everything apart and negative for crossed partitions', () => {
		expect(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
		expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
	});

	it('treats trivial partitions as agreeing and refuses different lengths', () => {
		expect(adjustedRandIndex([], [])).toBe(1);
		expect(adjustedRandIndex(['x'], ['y'])).toBe(1);
		expect(() => adjustedRandIndex([0, 1], [0])).toThrow(RangeError);
	});
});
