/**
 * The cookie that only says "this browser already answered this link today": a flag, no identifier.
 * The form then asks whether the resident means to answer again (the duplicate guard per browser).
 */
export const SENT_FLAG = { maxAge: 12 * 3600, httpOnly: true, sameSite: 'strict' } as const;

export const sentFlagName = (requestId: string) => `vs_sent_${requestId.slice(0, 8)}`;
