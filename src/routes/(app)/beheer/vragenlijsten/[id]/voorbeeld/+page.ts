// As residents get it: server-rendered only, no framework JavaScript.
export const csr = false;
