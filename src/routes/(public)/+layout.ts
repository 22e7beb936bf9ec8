// Public pages (sign-in, invitation, later residents and participants) are rendered on the server
// only: no framework JavaScript on a resident's phone (~32 KB saved, STACK.md).
export const csr = false;
