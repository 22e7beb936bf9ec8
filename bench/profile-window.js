#!/usr/bin/env node
// Summarises a V8 CPU profile (from BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR") over a window of
// time, e.g. only the timed phase of a benchmark at the end of the run:
//   node bench/profile-window.js DIR/CPU.*.cpuprofile [LAST_MS] [SKIP_LAST_MS]
// prints self and inclusive time per function (ms) for the samples from LAST_MS before the end
// (default: the whole profile), leaving out the last SKIP_LAST_MS (e.g. shutdown).
import fs from 'node:fs';

const [file, lastMs = 'Infinity', skipMs = '0'] = process.argv.slice(2);
if (!file) {
	console.error('usage: node bench/profile-window.js PROFILE.cpuprofile [LAST_MS] [SKIP_LAST_MS]');
	process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
const label = (id) => {
	const { functionName, url, lineNumber } = nodes.get(id).callFrame;
	return `${functionName || '(anonymous)'} ${url.split('/').at(-1)}:${lineNumber}`;
};

let at = profile.startTime;
const times = profile.timeDeltas.map((d) => (at += d));
const to = times.at(-1) - Number(skipMs) * 1000;
const from = to - Number(lastMs) * 1000;
const self = new Map();
const inclusive = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
	if (times[i] < from || times[i] > to) return;
	const d = profile.timeDeltas[i];
	total += d;
	self.set(label(id), (self.get(label(id)) ?? 0) + d);
	const seen = new Set();
	for (let x = id; x !== undefined; x = parent.get(x)) {
		const name = label(x);
		if (seen.has(name)) continue;
		seen.add(name);
		inclusive.set(name, (inclusive.get(name) ?? 0) + d);
	}
});
const top = (map, n) =>
	[...map]
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.forEach(([name, us]) => console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`));
console.log(`window: ${(total / 1000).toFixed(0)} ms of samples`);
console.log('-- self time');
top(self, 30);
console.log('-- inclusive time');
top(inclusive, 60);
