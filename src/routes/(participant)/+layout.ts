// Participant pages: server-rendered only, a little plain JS for live updates (budget ≤ 30 KB, issue #4).
export const csr = false;
