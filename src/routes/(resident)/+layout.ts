// Resident pages: server-rendered only, no framework JavaScript (budget ≤ 20 KB in total, issue #3).
export const csr = false;
