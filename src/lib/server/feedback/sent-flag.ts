/**
 * The cookie that only says "this browser already answered this link today": a flag, no identifier.
 * The form then asks whether the resident means to answer again (the duplicate guard per browser).
 */
export const SENT_FLAG = { maxAge: 12 * 3600, httpOnly: true, sameSite: 'strict' } as const;

export const sentFlagName = (requestId: string) => `vs_sent_${requestId.slice(0, 8)}`;

/** The Set-Cookie header for the flag, as SvelteKit's `cookies.set` writes it (for the fast lane). */
export function sentFlagCookie(flag: { name: string; path: string }, secure: boolean): string {
	return `${flag.name}=1; Max-Age=${SENT_FLAG.maxAge}; Path=${flag.path}; HttpOnly${secure ? '; Secure' : ''}; SameSite=Strict`;
}
