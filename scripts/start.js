#!/usr/bin/env node
// `npm start`: build when needed, then run the production server (adapter-node) on PORT (3000).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfNeeded } from './build-if-needed.js';

buildIfNeeded();
process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// adapter-node's handler waits this long for open requests after SIGTERM before it closes.
process.env.SHUTDOWN_TIMEOUT ??= '10';
// Residents may add a spoken or filmed answer of up to 20 MB (adapter-node's default limit is 512 KB).
// This is the ceiling for that one form; hooks.server.ts refuses anything else over 1 MB.
process.env.BODY_SIZE_LIMIT ??= '25M';
// Node closes an idle keep-alive connection after 5 s; a client (or reverse proxy) that sends on it at
// that moment gets a reset connection instead of an answer. Keep idle connections longer than the
// usual proxy (60 s), and the header timeout above that, as Node asks.
process.env.KEEP_ALIVE_TIMEOUT ??= '65';
process.env.HEADERS_TIMEOUT ??= '66';
await import(pathToFileURL(path.join(import.meta.dirname, '..', 'build', 'index.js')).href);
