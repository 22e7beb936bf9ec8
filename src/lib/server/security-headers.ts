/** Sent with every response (hooks.server.ts). */
export const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(self), microphone=(self), geolocation=(), interest-cohort=()'
} as const;

/**
 * For every response that brings no policy of its own: everything but SvelteKit's pages (which carry
 * the CSP of svelte.config.js), i.e. downloads, images, JSON, event streams, redirects. Such a response
 * opened on its own loads nothing, runs nothing and cannot be framed.
 */
export const STRICT_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";
