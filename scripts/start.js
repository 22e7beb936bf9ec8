#!/usr/bin/env node
// `npm start`: build when needed, then run the production server (adapter-node) on PORT (3000).
import { buildIfNeeded } from './build-if-needed.js';

buildIfNeeded();
process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// adapter-node's handler waits this long for open requests after SIGTERM before it closes.
process.env.SHUTDOWN_TIMEOUT ??= '10';
await import('../build/index.js');
