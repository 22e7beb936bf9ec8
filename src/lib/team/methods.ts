import { methodSchema, type Method } from './method';
import balint from './methods/balint.json';
import incidentmethode from './methods/incidentmethode.json';
import leersessie from './methods/leersessie.json';
import moreelBeraad from './methods/moreel-beraad.json';
import roddelmethode from './methods/roddelmethode.json';
import troika from './methods/troika.json';

/**
 * The methods Vakspiegel ships: one JSON file each in ./methods/, checked against the schema at load.
 * Imported one by one (not with Vite's glob), so the `vakspiegel` command, which runs without Vite,
 * loads them too; a unit test checks that every file in ./methods/ is listed here.
 */
const FILES: Record<string, unknown> = {
	balint,
	incidentmethode,
	leersessie,
	'moreel-beraad': moreelBeraad,
	roddelmethode,
	troika
};

export const BUILT_IN_METHODS: readonly Method[] = Object.entries(FILES)
	.map(([file, data]) => {
		const parsed = methodSchema.safeParse(data);
		if (!parsed.success) throw new Error(`${file}.json: ${parsed.error.message}`);
		if (parsed.data.slug !== file)
			throw new Error(`${file}.json: slug ${parsed.data.slug} past niet bij de bestandsnaam`);
		return parsed.data;
	})
	.sort((a, b) => a.name.localeCompare(b.name, 'nl'));

export const findBuiltInMethod = (slug: string): Method | undefined => BUILT_IN_METHODS.find((m) => m.slug === slug);
