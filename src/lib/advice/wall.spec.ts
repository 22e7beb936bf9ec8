import { describe, expect, it } from 'vitest';
import { WALL_STEPS, wallPages, wrappedLines, type WallGroup } from './wall';

const tips = (n: number, text = (i: number) => `Tip nummer ${i} over tijd en aandacht voor mensen`) =>
	Array.from({ length: n }, (_, i) => ({ id: `t${i}`, text: text(i) }));
const plain = (list: { id: string; text: string }[]): WallGroup<{ id: string; text: string }>[] => [
	{ theme: null, continued: false, tips: list }
];
const layout = { questionChars: 90, sidebar: true };

describe('the wall pages', () => {
	it('wraps words like a browser would, breaking only words longer than a line', () => {
		expect(wrappedLines('een twee drie', 20)).toBe(1);
		expect(wrappedLines('een twee drie', 8)).toBe(2);
		expect(wrappedLines('x'.repeat(25), 10)).toBe(3);
	});

	it('puts a few tips on one page in large type, and many on more pages, each tip once and in order', () => {
		const few = wallPages(plain(tips(3)), layout);
		expect(few).toHaveLength(1);
		expect(few[0].step).toBe(0);
		for (const n of [37, 100, 500]) {
			const list = tips(n);
			const pages = wallPages(plain(list), layout);
			expect(pages.length).toBeGreaterThan(1);
			expect(pages.flatMap((p) => p.groups.flatMap((g) => g.tips.map((t) => t.id)))).toEqual(list.map((t) => t.id));
			for (const p of pages) expect(p.step).toBeLessThan(WALL_STEPS.length);
		}
	});

	it('fewer tips get larger type; a tip of 300 characters still fits', () => {
		const pages = wallPages(plain(tips(37)), layout);
		expect(wallPages(plain(tips(6)), layout)[0].step).toBeLessThanOrEqual(pages[0].step);
		const long = wallPages(plain(tips(3, () => 'lang '.repeat(60))), layout);
		expect(long.flatMap((p) => p.groups.flatMap((g) => g.tips))).toHaveLength(3);
	});

	it('keeps themes together where it can, and marks a theme that goes on on the next page', () => {
		const groups = Array.from({ length: 8 }, (_, i) => ({
			theme: { id: `th${i}`, name: `Thema ${i}` },
			continued: false,
			tips: tips(12).map((t) => ({ ...t, id: `${i}-${t.id}` }))
		}));
		const pages = wallPages(groups, { questionChars: 40, sidebar: false });
		expect(pages.length).toBeGreaterThan(1);
		const seen = pages.flatMap((p) => p.groups);
		expect(seen.filter((g) => !g.continued).map((g) => g.theme?.id)).toEqual(groups.map((g) => g.theme.id));
		expect(seen.flatMap((g) => g.tips)).toHaveLength(96);
		// An empty theme still shows its name.
		const empty = wallPages([{ theme: { id: 'e', name: 'Leeg' }, continued: false, tips: [] }], layout);
		expect(empty[0].groups.map((g) => g.theme?.name)).toEqual(['Leeg']);
	});
});
