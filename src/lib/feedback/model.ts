/**
 * A feedback request (a worker's link and cards) is open, paused (residents see that it will open
 * again) or closed. Kept free of imports: the database schema (and drizzle-kit) and the pages use it.
 */
export const REQUEST_STATUSES = ['open', 'paused', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
