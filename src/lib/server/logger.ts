import pino from 'pino';
import { config } from './config';

/** JSON logs on stdout. Never log resident tokens, passwords or feedback text. */
export const logger = pino({
	level: config.logLevel,
	base: { app: 'vakspiegel' },
	redact: ['password', '*.password', 'token', '*.token', 'headers.cookie']
});
