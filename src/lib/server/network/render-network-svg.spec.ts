import { describe, expect, it } from 'vitest';
import { SECTORS } from '../db/schema';
import { GEOMETRY, layoutNetwork, placeAt } from './network-layout';
import { ARROW, ecogramLines, withArrows } from './network-drawing';
import { renderNetworkSvg } from './render-network-svg';

const person = (i: number, extra: Record<string, unknown> = {}) => ({
	id: `p${i}`,
	name: `Persoon ${i}`,
	remark: '',
	sector: SECTORS[i % 5],
	ring: ((i % 3) + 1) as 1 | 2 | 3,
	relation: (['strong', 'normal', 'weak', 'stressful', 'broken'] as const)[i % 5],
	energy: (['gives', 'receives', 'mutual'] as const)[i % 3],
	supports: [],
	...extra
});

describe('netwerkcirkel layout', () => {
	it('draws every placed person inside their own sector and ring (what the drag script reads back)', () => {
		const persons = Array.from({ length: 100 }, (_, i) => person(i));
		const nodes = layoutNetwork(persons);
		for (const p of persons) {
			const n = nodes.get(p.id)!;
			expect(placeAt(n.x, n.y), p.name).toEqual({ sector: p.sector, ring: p.ring });
		}
	});

	it('puts people without a place in the tray, outside the circle', () => {
		const nodes = layoutNetwork([person(1, { sector: null, ring: null })]);
		const n = nodes.get('p1')!;
		expect(n.placed).toBe(false);
		expect(placeAt(n.x, n.y)).toBeNull();
	});
});

describe('renderNetworkSvg', () => {
	it('escapes names, uses no style attributes (CSP) and has a title and legend', () => {
		const svg = renderNetworkSvg([person(1, { name: '<script>x</script> & "Jan"' })], [], {
			kind: 'ecogram',
			clientLabel: 'M.',
			idPrefix: 'eco',
			title: 'Ecogram van M.'
		});
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;');
		expect(svg).not.toMatch(/\sstyle=/u);
		expect(svg).toContain('<title id="eco-title">Ecogram van M.</title>');
		expect(svg).toContain('Legenda');
		for (const word of ['Sterk', 'Gewoon', 'Zwak', 'Belastend', 'Verbroken']) expect(svg).toContain(word);
	});

	it('draws Hartman lines: thick for strong, dashed for weak, arrows for energy', () => {
		const svg = renderNetworkSvg(
			[person(0, { relation: 'strong', energy: 'gives', ring: 3 }), person(2, { relation: 'weak', energy: null })],
			[],
			{ kind: 'ecogram', clientLabel: 'M.', idPrefix: 'e', title: 't' }
		);
		expect(svg).toContain('stroke-width="6"');
		expect(svg).toContain('stroke-dasharray="9 7"');
		// One arrowhead in the drawing (at the client's end) and one in the legend; no markers, which
		// grow with the line's width and became blobs on thick lines.
		expect(svg.match(/<polygon /gu)).toHaveLength(2);
		expect(svg).not.toContain('marker');
	});

	it('ends a line with its arrowhead at the edge of the disc, and the arrowhead is the same size on a thick line', () => {
		const nodes = layoutNetwork([person(0, { ring: 3 })]);
		const [line] = ecogramLines([person(0, { relation: 'strong', energy: 'receives', ring: 3 })], [], nodes);
		const n = nodes.get('p0')!;
		const { segment, heads } = withArrows(line);
		const [tip] = heads[0];
		expect(Math.hypot(tip[0] - n.x, tip[1] - n.y)).toBeCloseTo(GEOMETRY.nodeRadius + 3, 5);
		// The thick line stops inside the arrowhead, so it never shows past the tip.
		expect(Math.hypot(segment.x2 - n.x, segment.y2 - n.y)).toBeGreaterThan(GEOMETRY.nodeRadius + 3 + ARROW.length / 2);
		expect(ARROW.half * 2).toBeLessThan(GEOMETRY.nodeRadius);
	});

	it('renders 100 people within a 300 ms budget (on a busy shared machine)', () => {
		const persons = Array.from({ length: 100 }, (_, i) => person(i));
		const ties = persons
			.slice(1, 40)
			.map((p, i) => ({ fromPersonId: persons[i].id, toPersonId: p.id, relation: 'weak' as const }));
		renderNetworkSvg(persons, ties, { kind: 'ecogram', clientLabel: 'M.', idPrefix: 'w', title: 't' });
		const start = performance.now();
		const svg = renderNetworkSvg(persons, ties, {
			kind: 'ecogram',
			clientLabel: 'M.',
			idPrefix: 'b',
			title: 't',
			draggable: true
		});
		// Placing 100 names takes more than drawing them did; still far below a page's time (the
		// budget is loose because the CI machine is shared).
		expect(performance.now() - start).toBeLessThan(300);
		expect(svg.match(/data-person-id=/gu)).toHaveLength(100);
	});
});
