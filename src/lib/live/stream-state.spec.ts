import { describe, expect, it } from 'vitest';
import { stateDiffers } from './stream-state';

describe('stateDiffers', () => {
	it('is false when every shown value is in the state, whatever else the state carries', () => {
		expect(stateDiffers({ status: 'running', phaseIndex: 2 }, '{"status":"running","phaseIndex":2,"x":1}')).toBe(false);
		expect(stateDiffers({ phase: 'tips', version: 'abc' }, '{"phase":"tips","version":"abc","totals":{}}')).toBe(false);
	});

	it('is true when a shown value moved on or is missing', () => {
		expect(stateDiffers({ status: 'running', phaseIndex: 2 }, '{"status":"running","phaseIndex":3}')).toBe(true);
		expect(stateDiffers({ phase: 'tips', version: 'abc' }, '{"phase":"tips","version":"abd"}')).toBe(true);
		expect(stateDiffers({ phase: 'tips' }, '{}')).toBe(true);
	});

	it('is true for a state it cannot read: catching up once too often is harmless', () => {
		expect(stateDiffers({ phase: 'tips' }, 'not json')).toBe(true);
		expect(stateDiffers({ phase: 'tips' }, 'null')).toBe(true);
	});
});
