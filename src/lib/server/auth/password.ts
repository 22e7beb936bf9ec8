import { hash, verify } from '@node-rs/argon2';

// argon2id with the OWASP 2023 minimum (19 MiB, 2 passes), cheaper here than better-auth's default
// scrypt (figures in STACK.md).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }) {
	try {
		return await verify(stored, password);
	} catch {
		return false;
	}
}
