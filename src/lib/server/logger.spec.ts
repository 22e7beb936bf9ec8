import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { createLogger, describeError } from './logger';

/** What drizzle throws when PostgreSQL refuses a statement, with the values of the insert. */
function failedInsert() {
	const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00 in "Fatima El Amrani"'), {
		code: '22021',
		severity: 'ERROR',
		detail: 'Key (email)=(fatima@example.nl) already exists.'
	});
	return new DrizzleQueryError(
		'insert into "advice_tip" ("text", "group_key") values ($1, $2)',
		['Fatima El Amrani drinkt\nte veel', 'inwoners'],
		cause
	);
}

function capture() {
	const lines: string[] = [];
	const stream = new Writable({
		write(chunk, _encoding, done) {
			lines.push(String(chunk));
			done();
		}
	});
	return { logger: createLogger(stream), lines };
}

describe('error logs hold no personal data', () => {
	it('drops query parameters, quoted values and the key detail; keeps the SQL and SQLSTATE', () => {
		const described = JSON.stringify(describeError(failedInsert()));
		expect(described).not.toMatch(/Fatima|drinkt|te veel|fatima@example/u);
		expect(described).toContain('insert into \\"advice_tip\\"');
		expect(described).toContain('22021');
	});

	it('through the logger, whether the error object or String(error) is passed', async () => {
		const { logger, lines } = capture();
		logger.error({ errorId: 'abc', err: failedInsert() }, 'unexpected');
		logger.error({ err: String(failedInsert()) }, 'live: refresh failed');
		logger.error({ err: { message: failedInsert().message, stack: failedInsert().stack } }, 'older call site');
		logger.flush();
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(lines).toHaveLength(3);
		for (const line of lines) {
			expect(line).not.toMatch(/Fatima|drinkt|fatima@example/u);
			expect(line).toContain('advice_tip');
		}
	});
});
