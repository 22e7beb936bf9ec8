/**
 * The largest code file an editor may upload. A legislation-style code of hundreds of articles is about
 * 170 KB (bench/code.ts); every request above 1 MB is refused before it is read (hooks.server.ts).
 */
export const MAX_CODE_FILE_KB = 500;
