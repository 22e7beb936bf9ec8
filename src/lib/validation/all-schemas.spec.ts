import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

/**
 * Every zod object schema exported from src/lib/validation (the schemas every form action parses
 * with), field by field, generated: a NUL byte in any text field and a number too big for PostgreSQL
 * in any numeric field must be refused here, not reach the database as a 500 (issue 12, finding 13).
 */
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.spec.ts'], { eager: true });

type Schema = z.ZodType & { def: { type: string; in?: Schema; shape?: Record<string, Schema> }; shape?: unknown };

function shapeOf(schema: Schema): Record<string, Schema> | null {
	const def = schema.def;
	if (def.type === 'object') return def.shape as Record<string, Schema>;
	if (def.type === 'pipe' && def.in) return shapeOf(def.in);
	return null;
}

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
	Object.entries(exports)
		.filter(([, value]) => value && typeof value === 'object' && 'safeParse' in value && 'def' in value)
		.map(([name, value]) => ({ name: `${file.slice(2)}: ${name}`, shape: shapeOf(value as Schema) }))
		.filter((s): s is { name: string; shape: Record<string, Schema> } => s.shape !== null)
);

// Passwords are hashed, never stored or shown as text; their own rules are in account.ts.
const skipped = (field: string) => /password/iu.test(field);
const isArray = (field: Schema) => field.def.type === 'array' || JSON.stringify(field.safeParse([])).includes('true');
const attempt = (field: Schema, value: string) => field.safeParse(isArray(field) ? [value] : value);
const INT_MAX = 2_147_483_647;

describe('every form schema', () => {
	it('is found (the scan reads the real modules)', () => {
		expect(schemas.length).toBeGreaterThan(20);
		expect(schemas.map((s) => s.name)).toContain('advice.ts: tipSchema');
	});

	for (const { name, shape } of schemas) {
		it(`${name}: no field takes a NUL byte or an out-of-range number`, () => {
			for (const [key, field] of Object.entries(shape)) {
				if (skipped(key)) continue;
				// Refused, or turned into something without it (a checkbox's "on" becomes true).
				for (const value of ['Karim\u0000', '\u0000']) {
					const result = attempt(field, value);
					if (result.success)
						expect(JSON.stringify(result.data) ?? '', `${key} took ${JSON.stringify(value)}`).not.toContain('\\u0000');
				}
				for (const value of ['99999999999', '1e21', '2147483648', '-2147483649']) {
					const result = attempt(field, value);
					if (!result.success) continue;
					const out = result.data;
					const numbers = (Array.isArray(out) ? out : [out]).filter((v) => typeof v === 'number');
					for (const n of numbers) expect(Math.abs(n), `${key} took ${value} as ${n}`).toBeLessThanOrEqual(INT_MAX);
				}
			}
		});
	}
});
