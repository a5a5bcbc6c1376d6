/**
 * Password hashing with argon2id at OWASP's minimum parameters
 * (Password Storage Cheat Sheet: m=19456 KiB, t=2, p=1).
 */
import { hash, verify, parseOptions, type Options } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 12;
/** Bounds the work an anonymous request can ask for; no real passphrase is this long. */
export const PASSWORD_MAX_LENGTH = 256;

// `Algorithm` is an ambient const enum, which isolated-module builds cannot read; 2 is Argon2id.
const ARGON2ID = 2 as NonNullable<Options['algorithm']>;

export const ARGON2_OPTIONS = {
	algorithm: ARGON2ID,
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1
} satisfies Options;

/** Why `password` may not be set, or null when it is acceptable (NIST SP 800-63B §5.1.1.2: length, not composition rules). */
export function passwordProblem(password: string): string | null {
	if (password.length < PASSWORD_MIN_LENGTH) {
		return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
	}
	if (password.length > PASSWORD_MAX_LENGTH) {
		return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
	}
	return null;
}

/** Hashes a new password after checking the length policy; throws with the policy message. */
export async function hashPassword(password: string): Promise<string> {
	const problem = passwordProblem(password);
	if (problem) throw new Error(`password rejected: ${problem}`);
	return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	if (password.length > PASSWORD_MAX_LENGTH) return false;
	try {
		return await verify(passwordHash, password);
	} catch {
		// A malformed stored hash must not become a 500 on the sign-in form.
		return false;
	}
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the same time as a real verification, for sign-ins to unknown or password-less
 * accounts, so response time does not reveal which emails have accounts
 * (OWASP Authentication Cheat Sheet, "Authentication and Error Messages").
 */
export async function verifyDummyPassword(password: string): Promise<false> {
	dummyHash ??= hash('preceptor-dummy-password', ARGON2_OPTIONS);
	await verifyPassword(await dummyHash, password);
	return false;
}

/** True when a stored hash used weaker (or different) parameters than today's policy. */
export function needsRehash(passwordHash: string): boolean {
	try {
		const used = parseOptions(passwordHash);
		return (
			used.algorithm !== ARGON2_OPTIONS.algorithm ||
			used.memoryCost !== ARGON2_OPTIONS.memoryCost ||
			used.timeCost !== ARGON2_OPTIONS.timeCost ||
			used.parallelism !== ARGON2_OPTIONS.parallelism
		);
	} catch {
		return true;
	}
}
