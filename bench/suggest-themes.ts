#!/usr/bin/env -S npx tsx
// bench/suggest-themes: time of suggestThemes for a session of 500 tips (budget well under 200 ms),
// beside a baseline from the same run: tokenising the same tips, which every approach must do.
// The tips are the labelled set repeated with a number appended. Prints figures, never fails.
import { suggestThemes } from '../src/lib/server/advice/suggest-themes';
import { tokenise } from '../src/lib/server/advice/themes/normalise';
import labelled from '../src/lib/server/advice/themes/labelled-tips.nl.json';
import { median } from './in-process';

const N = Number(process.env.BENCH_TIPS ?? 500);
const RUNS = 15;
const tips = Array.from({ length: N }, (_, i) => ({
	id: String(i),
	text: `${labelled[i % labelled.length].text} ${i}`
}));

function time(work: () => unknown): number[] {
	work();
	return Array.from({ length: RUNS }, () => {
		const start = performance.now();
		work();
		return performance.now() - start;
	});
}

const suggest = time(() => suggestThemes(tips));
const baseline = time(() => tips.map((tip) => tokenise(tip.text)));
const result = suggestThemes(tips);
console.log(
	`suggestThemes, ${N} tips: median ${median(suggest).toFixed(1)} ms, max ${Math.max(...suggest).toFixed(1)} ms`
);
console.log(`baseline (tokenise only): median ${median(baseline).toFixed(1)} ms`);
console.log(`${result.themes.length} themes, ${result.unassigned.length} tips unassigned`);
