import { methodSchema, type Method } from './method';

/** The methods Vakspiegel ships: one JSON file each in ./methods/, checked against the schema at load. */
const files = import.meta.glob<unknown>('./methods/*.json', { eager: true, import: 'default' });

export const BUILT_IN_METHODS: readonly Method[] = Object.entries(files)
	.map(([path, data]) => {
		const parsed = methodSchema.safeParse(data);
		if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
		if (`./methods/${parsed.data.slug}.json` !== path)
			throw new Error(`${path}: slug ${parsed.data.slug} past niet bij de bestandsnaam`);
		return parsed.data;
	})
	.sort((a, b) => a.name.localeCompare(b.name, 'nl'));

export const findBuiltInMethod = (slug: string): Method | undefined => BUILT_IN_METHODS.find((m) => m.slug === slug);
