// The network pages are server-rendered without the client router: every form works as a plain
// POST, and the netwerkcirkel adds ~2 KB of its own script for dragging (static/network-drag.js).
// This keeps the editor far under its budget of 60 KB JS + CSS (issue #5; bench/network.js).
export const csr = false;
