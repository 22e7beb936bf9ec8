import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { AppContext } from './app';
import type { FeedbackError } from './feedback/feedback-error';
import { fastSubmit, type FastSubmitOutcome } from './feedback/fast-submit';
import { sentFlagCookie } from './feedback/sent-flag';
import { logger } from './logger';
import { isPlainForm, parsePlainMultipart } from './read-form';
import { SECURITY_HEADERS } from './security-headers';

/**
 * The fast lane: a resident's answers are the one request that a whole room of phones may send at
 * once, and for the common case (a valid form without a recording, stored, redirect to the thank-you page) the
 * framework's request and response objects cost more than the database (bench/submit; ADR 0008).
 * The lane sits in front of adapter-node's handler (scripts/serve.js) and takes only
 * `POST /f/<token or code>?/verstuur` with a form body without a file, from our own origin; everything
 * else, and every form it cannot simply store, goes to SvelteKit unchanged, body included.
 */
export type FastLane = (req: IncomingMessage, res: ServerResponse, fallback: Fallback) => void;
export type Fallback = (req: IncomingMessage, res: ServerResponse) => void;

/** Forms the lane ran and the database refused: the page's action shows the refusal with the answers. */
export const refusedByFastLane = new WeakMap<object, FeedbackError>();

const SUBMIT = /^\/f\/([A-Za-z0-9_-]{1,64})\?\/verstuur$/u;
const MULTIPART = /^multipart\/form-data\s*;/iu;
/** Larger forms (very long answers, recordings) take the page's own path. */
const MAX_BODY = 64 * 1024;
const KEY = Symbol.for('vakspiegel.fastLane');

export function residentSubmitLane(app: AppContext, origin: string): FastLane {
	const { hostname, protocol } = new URL(origin);
	// As SvelteKit's cookies.set: Secure, except on http://localhost.
	const secure = !(protocol === 'http:' && hostname === 'localhost');
	return (req, res, fallback) => {
		const match = req.method === 'POST' ? SUBMIT.exec(req.url ?? '') : null;
		const length = Number(req.headers['content-length']);
		const type = req.headers['content-type'] ?? '';
		if (
			!match ||
			// CSRF, as SvelteKit checks it: a form post from another origin gets SvelteKit's 403.
			req.headers.origin !== origin ||
			!(isPlainForm(type) || MULTIPART.test(type)) ||
			!(length > 0 && length <= MAX_BODY)
		) {
			return fallback(req, res);
		}
		void readBody(req).then(async (body) => {
			if (body === null) return; // the phone went away mid-request
			const text = body.toString('utf8');
			// The resident's form is multipart (it may carry a recording); without one it is read here.
			const fields = isPlainForm(type) ? new URLSearchParams(text) : parsePlainMultipart(text, type);
			let outcome: FastSubmitOutcome = { kind: 'declined' };
			try {
				if (fields) {
					const url = new URL(req.url!, origin);
					const ctx = { db: app.database.db, secret: app.secret };
					outcome = await fastSubmit(match[1], url, fields, req.headers['accept-language'], ctx);
				}
			} catch (e) {
				// Nothing was stored (the statement is atomic): the page's action meets the same trouble and reports it.
				logger.debug({ err: e instanceof Error ? e.message : String(e) }, 'fast lane: handed to the page');
				outcome = { kind: 'declined' };
			}
			if (outcome.kind === 'stored') {
				const headers: Record<string, string> = { ...SECURITY_HEADERS, Location: outcome.location };
				if (outcome.sentFlag) headers['Set-Cookie'] = sentFlagCookie(outcome.sentFlag, secure);
				res.writeHead(303, headers).end();
				return;
			}
			const again = replay(req, body);
			if (outcome.kind === 'refused') refusedByFastLane.set(again, outcome.error);
			fallback(again, res);
		});
	};
}

/** The whole body, or null when the request was aborted. */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		// An error or an abort closes the stream without 'end'; after 'end' this changes nothing.
		req.on('error', () => {});
		req.on('close', () => resolve(null));
	});
}

/** The same request with its body readable again, for adapter-node's handler. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
	const copy = Readable.from([body], { objectMode: false });
	return Object.assign(copy, {
		method: req.method,
		url: req.url,
		headers: req.headers,
		rawHeaders: req.rawHeaders,
		httpVersion: req.httpVersion,
		httpVersionMajor: req.httpVersionMajor,
		httpVersionMinor: req.httpVersionMinor,
		socket: req.socket,
		connection: req.socket,
		complete: true
	}) as unknown as IncomingMessage;
}

/** Makes the lane known to the server entry (scripts/serve.js), which lives outside this bundle. */
export function registerFastLane(lane: FastLane): void {
	(globalThis as Record<symbol, unknown>)[KEY] = lane;
}
