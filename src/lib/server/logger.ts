import pino, { type DestinationStream } from 'pino';
import { config } from './config';

/**
 * An error as it may be logged: no personal data. drizzle's DrizzleQueryError puts the query's
 * parameters (a tip, a name, an e-mail address) into its message and so into its stack ("Failed
 * query: … params: Fatima,…"); PostgreSQL quotes the offending value in messages such as
 * `invalid input syntax for type uuid: "…"` and in `detail` ("Key (email)=(…) already exists").
 * We keep the SQL text (placeholders only), the error's class, SQLSTATE and where it happened.
 */
export function describeError(error: unknown): Record<string, unknown> {
	if (!(error instanceof Error)) return { message: scrub(String(error)) };
	const message = scrub(error.message);
	const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /u.test(line));
	const out: Record<string, unknown> = { name: error.name, message, stack: [message, ...frames].join('\n') };
	const cause = (error as { cause?: unknown }).cause;
	if (cause instanceof Error) {
		const { code, severity, routine } = cause as Error & Record<string, unknown>;
		out.cause = { name: cause.name, message: scrub(cause.message), code, severity, routine };
	} else if (cause !== undefined) out.cause = { message: scrub(String(cause)) };
	return out;
}

/**
 * Query parameters and quoted values out of an error text. drizzle's SQL text before "params:" holds
 * placeholders and quoted identifiers only, and stays readable; anywhere else a quoted part may be a
 * value someone typed.
 */
function scrub(text: string): string {
	if (/Failed query: /u.test(text)) return text.replace(/\nparams: [\s\S]*$/u, '\nparams: [weggelaten]');
	return text.replace(/"[^"\n]*"/gu, '"…"').replace(/\([^()\n]*\)=\([^\n]*\)/gu, '(…)=(…)');
}

/** Whatever a call site passes as `err` goes through `describeError`: also a String(e) of a query error. */
function scrubLogObject(object: Record<string, unknown>): Record<string, unknown> {
	if (!('err' in object)) return object;
	const err = object.err;
	if (typeof err === 'string') return { ...object, err: scrub(err) };
	if (err instanceof Error || typeof err !== 'object' || err === null) return { ...object, err: describeError(err) };
	return {
		...object,
		err: Object.fromEntries(Object.entries(err).map(([k, v]) => [k, typeof v === 'string' ? scrub(v) : v]))
	};
}

/** JSON logs on stdout. Never log resident tokens, passwords, feedback text or IP addresses. */
export function createLogger(destination?: DestinationStream) {
	return pino(
		{
			level: config.logLevel,
			base: { app: 'vakspiegel' },
			redact: ['password', '*.password', 'token', '*.token', 'headers.cookie'],
			formatters: { log: scrubLogObject }
		},
		destination
	);
}

export const logger = createLogger();
