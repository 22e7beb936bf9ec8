/** Sent with every response (hooks.server.ts). */
export const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(self), microphone=(self), geolocation=(), interest-cohort=()'
} as const;
