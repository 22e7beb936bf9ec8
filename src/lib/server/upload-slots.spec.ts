import { describe, expect, it } from 'vitest';
import { UploadSlots, uploadSlotCount } from './upload-slots';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('upload slots', () => {
	it('let at most the given number of uploads run at once; the others wait, none is refused', async () => {
		const slots = new UploadSlots(2);
		let running = 0;
		let most = 0;
		const gates: Array<() => void> = [];
		const jobs = Array.from({ length: 5 }, (_, i) =>
			slots.run(async () => {
				running++;
				most = Math.max(most, running);
				await new Promise<void>((resolve) => gates.push(resolve));
				running--;
				return i;
			})
		);
		await tick();
		expect(running).toBe(2);
		expect(slots.waiting).toBe(3);
		while (gates.length) {
			gates.shift()!();
			await tick();
			await tick();
		}
		expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4]);
		expect(most).toBe(2);
		expect(slots.inUse).toBe(0);
	});

	it('give a slot back when the work fails, and only once per release', async () => {
		const slots = new UploadSlots(1);
		await expect(slots.run(async () => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot');
		expect(slots.inUse).toBe(0);
		const release = await slots.acquire();
		release();
		release();
		expect(slots.inUse).toBe(0);
		const again = await slots.acquire();
		expect(slots.inUse).toBe(1);
		again();
	});

	it('read their number from VAKSPIEGEL_UPLOAD_SLOTS, 4 by default', () => {
		expect(uploadSlotCount({})).toBe(4);
		expect(uploadSlotCount({ VAKSPIEGEL_UPLOAD_SLOTS: '8' })).toBe(8);
		expect(uploadSlotCount({ VAKSPIEGEL_UPLOAD_SLOTS: '0' })).toBe(4);
		expect(uploadSlotCount({ VAKSPIEGEL_UPLOAD_SLOTS: 'veel' })).toBe(4);
		expect(() => new UploadSlots(0)).toThrow(RangeError);
	});
});
