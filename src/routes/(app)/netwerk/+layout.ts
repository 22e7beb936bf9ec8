// The network pages are server-rendered without the client router: every form works as a plain
// POST, and the netwerkcirkel adds ~2 KB of its own script for dragging (static/network-drag.js).
// The groslijst, the ecogram, the netwerkcirkel and the plan add ~3.5 KB more (static/network-keep.js,
// issue 14): autosave per card, saves that keep the place, a warning before leaving with unsaved changes.
// This keeps the editor far under its budget of 60 KB JS + CSS (issue #5; bench/network.js).
export const csr = false;
