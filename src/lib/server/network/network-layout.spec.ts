import { describe, expect, it } from 'vitest';
import type { NetworkSnapshot } from '../db/schema';
import { GEOMETRY, boxHitsDisc, wrapText, TYPE, type Box, type DrawingLayout } from './network-layout';
import { fortyPeople } from './network-layout.fixtures';
import { drawingFor, ecogramLines, type DrawingOptions } from './network-drawing';

type Person = NetworkSnapshot['persons'][number];
type P = [string, Person['sector'], Person['ring'], Person['relation'], Person['energy'], Person['supports']];

/** The demo casus as it is now (src/lib/server/demo/seed-demo-network.ts, second version). */
const DEMO: P[] = [
	['tante Fatima', 'family', 1, 'strong', 'gives', ['emotional', 'practical']],
	['broer Karim', 'family', 2, 'weak', null, []],
	['buurvrouw Els', 'neighbours', 2, 'normal', 'mutual', ['practical']],
	['Mo (vriend)', 'friends', 1, 'strong', 'mutual', ['company']],
	['juf van Sara', 'work', 3, 'normal', null, ['advice']],
	['schuldhulpverlener', 'professionals', 2, 'stressful', 'gives', ['advice', 'practical']],
	['huisarts', 'professionals', 3, 'normal', null, []],
	['Wim (taalmaatje)', 'neighbours', 2, 'normal', 'gives', ['company', 'advice']]
];
const demo: Person[] = DEMO.map(([name, sector, ring, relation, energy, supports], i) => ({
	id: `d${i}`,
	name,
	remark: '',
	sector,
	ring,
	relation,
	energy,
	supports
}));
const demoTies = [
	{ fromPersonId: 'd0', toPersonId: 'd1', relation: 'stressful' as const },
	{ fromPersonId: 'd0', toPersonId: 'd2', relation: 'normal' as const }
];

const { persons: forty, ties: fortyTies } = fortyPeople();

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Every text's box: names, sector titles, ring names, the client, the tray's title. */
function texts(layout: DrawingLayout): { what: string; box: Box }[] {
	return [
		...[...layout.labels].map(([id, b]) => ({ what: `name ${id} ${b.lines[0].text}`, box: b.box })),
		...layout.titles.map((t) => ({ what: `title ${t.sector}`, box: t.block.box })),
		...layout.rings.map((r) => ({ what: `ring ${r.lines[0].text}`, box: r.box })),
		...(layout.tray ? [{ what: 'tray title', box: layout.tray.title.box }] : [])
	];
}

function expectReadable(persons: Person[], ties: NetworkSnapshot['ties'], options: DrawingOptions) {
	const layout = drawingFor(persons, ties, options);
	expect(layout.allClear).toBe(true);
	const all = texts(layout);
	for (const t of all) {
		expect(t.box.x0, t.what).toBeGreaterThanOrEqual(0);
		expect(t.box.y0, t.what).toBeGreaterThanOrEqual(0);
		expect(t.box.x1, t.what).toBeLessThanOrEqual(layout.width);
		expect(t.box.y1, t.what).toBeLessThanOrEqual(layout.height);
	}
	for (let i = 0; i < all.length; i++)
		for (let j = i + 1; j < all.length; j++)
			expect(overlap(all[i].box, all[j].box), `${all[i].what} × ${all[j].what}`).toBe(false);
	// No text over a person's disc (their own included) or over the client's disc.
	const discs = persons.map((p) => {
		const n = layout.nodes.get(p.id)!;
		return { id: p.id, x: n.x, y: n.y, r: GEOMETRY.nodeRadius };
	});
	for (const t of all)
		for (const d of discs) expect(boxHitsDisc(t.box, d.x, d.y, d.r), `${t.what} × disc ${d.id}`).toBe(false);
	for (const [id, b] of layout.labels)
		expect(boxHitsDisc(b.box, GEOMETRY.cx, GEOMETRY.cy, GEOMETRY.inner), `${id} × client`).toBe(false);
	// Nothing is cut: every word of every name is on the drawing.
	for (const p of persons) {
		const shown = layout.labels
			.get(p.id)!
			.lines.map((l) => l.text)
			.join(' ')
			.replace(/- /gu, '');
		if (p.name.length <= 40) for (const word of p.name.split(' ')) expect(shown).toContain(word);
	}
	return layout;
}

describe('labels of the drawings', () => {
	it('the demo: names inside the drawing, apart from each other, off the discs, in both drawings', () => {
		for (const kind of ['circle', 'ecogram'] as const) {
			const layout = expectReadable(demo, demoTies, { kind, clientLabel: 'Demo: M.K.', draggable: kind === 'circle' });
			expect(layout.labels.get('d5')!.lines[0].text).toBe('schuldhulpverlener');
			// "Werk, school, vereniging" whole and inside on the left.
			const work = layout.titles.find((t) => t.sector === 'work')!.block;
			expect(work.lines.map((l) => l.text).join(' ')).toBe('Werk, school, vereniging');
		}
	});

	it('40 people: every label has a free place, also with the marks of a comparison', () => {
		expectReadable(forty, fortyTies, { kind: 'ecogram', clientLabel: 'Cliënt 40' });
		expectReadable(forty, fortyTies, { kind: 'circle', clientLabel: 'Cliënt 40', draggable: true });
		const marks = Object.fromEntries(forty.filter((_, i) => i % 4 === 0).map((p) => [p.id, 'joined' as const]));
		expectReadable(forty, fortyTies, { kind: 'ecogram', clientLabel: 'Cliënt 40', marks });
	});

	it('the names of the ecogram mostly keep off its lines', () => {
		const layout = drawingFor(demo, demoTies, { kind: 'ecogram', clientLabel: 'Demo: M.K.' });
		const lines = ecogramLines(demo, demoTies, layout.nodes);
		let crossed = 0;
		for (const b of layout.labels.values())
			for (const s of lines) {
				const steps = 40;
				for (let t = 0; t <= steps; t++) {
					const x = s.x1 + ((s.x2 - s.x1) * t) / steps;
					const y = s.y1 + ((s.y2 - s.y1) * t) / steps;
					if (x > b.box.x0 && x < b.box.x1 && y > b.box.y0 && y < b.box.y1) {
						crossed++;
						break;
					}
				}
			}
		expect(crossed).toBe(0);
	});

	it('wraps long names over lines instead of cutting them', () => {
		expect(wrapText('maatschappelijk werker van het wijkteam', TYPE.name, 150)).toEqual([
			'maatschappelijk',
			'werker van het',
			'wijkteam'
		]);
		expect(wrapText('schuldhulpverlener', TYPE.name, 150)).toEqual(['schuldhulpverlener']);
		const long = wrapText('Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', TYPE.name, 150);
		expect(long.length).toBeGreaterThan(1);
		expect(long.join('').replace(/-/gu, '')).toBe('Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
	});
});
