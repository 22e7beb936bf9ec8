#!/usr/bin/env node
// The production server: adapter-node's own server (build/index.js: HOST, PORT, ORIGIN, graceful
// shutdown…) with the fast lane for residents' answers in front of its handler (ADR 0008).
//   node scripts/serve.js [BUILD_DIR]      (default: build/)
// `npm start` runs this; so do the browser tests and the benchmarks.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} Handler
 * @typedef {{ server: import('node:http').Server, attach: Handler }} AdapterServer
 */

/**
 * Starts the server of the build in `buildDir` and puts the fast lane (if the app registered one) in front.
 * @param {string} buildDir
 * @returns {Promise<AdapterServer>}
 */
export async function serve(buildDir) {
	/** @type {{ server: AdapterServer }} */
	const { server } = await import(pathToFileURL(path.join(buildDir, 'index.js')).href);
	const lane = /** @type {Record<symbol, unknown>} */ (globalThis)[Symbol.for('vakspiegel.fastLane')];
	const http = server.server;
	if (process.env.VAKSPIEGEL_FAST_LANE === '0') return server; // off: SvelteKit takes every request
	// polka (adapter-node) listens with `server.attach`; the lane hands it everything it does not take.
	if (typeof lane === 'function' && http.listeners('request').includes(server.attach)) {
		http.removeListener('request', server.attach);
		http.on('request', (req, res) => /** @type {Function} */ (lane)(req, res, server.attach));
	} else if (process.env.VAKSPIEGEL_FAST_LANE === '1') {
		// Asked for explicitly (the browser tests do): not running without it is an error.
		throw new Error('serve: the fast lane could not be installed (adapter-node changed?)');
	} else {
		console.warn('serve: fast lane not installed (adapter-node changed?); every request goes to SvelteKit');
	}
	return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	await serve(path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'build')));
}
