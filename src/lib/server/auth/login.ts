/**
 * Signing in with email and password, as a plain function of its inputs so the whole
 * flow (throttle, verify, session, audit) is testable without a SvelteKit server.
 */
import { audit } from './audit';
import {
	hashPassword,
	needsRehash,
	passwordProblem,
	verifyDummyPassword,
	verifyPassword,
	PASSWORD_MAX_LENGTH
} from './password';
import { createSession, generateSessionToken, type AuthContext, type SessionRecord } from './session';
import type { LoginThrottle } from './throttle';
import { findCredentialsByEmail, normalizeEmail, updatePasswordHash } from './users';

export interface LoginInput {
	email: string;
	password: string;
	ip: string;
	userAgent: string | null;
}

export type LoginOutcome =
	| { ok: true; token: string; session: SessionRecord }
	| { ok: false; status: 400; message: string }
	| { ok: false; status: 429; message: string; retryAfterSeconds: number };

/** One message for unknown email and wrong password alike, so the form does not reveal accounts. */
export const BAD_CREDENTIALS = 'That email and password do not match an active account.';

export async function attemptLogin(
	ctx: AuthContext,
	throttle: LoginThrottle,
	input: LoginInput
): Promise<LoginOutcome> {
	const email = normalizeEmail(input.email);
	if (email === '' || input.password === '') {
		return { ok: false, status: 400, message: 'Enter your email and password.' };
	}
	if (email.length > 320 || input.password.length > PASSWORD_MAX_LENGTH) {
		return { ok: false, status: 400, message: BAD_CREDENTIALS };
	}

	const attempt = { email, ip: input.ip };
	const verdict = throttle.check(attempt);
	if (!verdict.allowed) {
		audit(ctx.db, { userId: null, action: 'login_failed', detail: { email, reason: 'throttled' }, ip: input.ip }, ctx.clock);
		return {
			ok: false,
			status: 429,
			message: `Too many failed sign-in attempts. Try again in ${waitInWords(verdict.retryAfterSeconds)}.`,
			retryAfterSeconds: verdict.retryAfterSeconds
		};
	}

	const account = findCredentialsByEmail(ctx.db, email);
	const passwordMatches = account?.passwordHash
		? await verifyPassword(account.passwordHash, input.password)
		: await verifyDummyPassword(input.password);

	if (!account || !passwordMatches || account.disabledAt !== null) {
		throttle.recordFailure(attempt);
		const reason = !account ? 'unknown_email' : account.disabledAt !== null ? 'disabled' : 'wrong_password';
		audit(ctx.db, { userId: account?.id ?? null, action: 'login_failed', detail: { email, reason }, ip: input.ip }, ctx.clock);
		return { ok: false, status: 400, message: BAD_CREDENTIALS };
	}

	throttle.recordSuccess(attempt);
	if (account.passwordHash && needsRehash(account.passwordHash) && passwordProblem(input.password) === null) {
		// Upgrade hashes made under older parameters while we hold the plain password.
		updatePasswordHash(ctx.db, account.id, await hashPassword(input.password), ctx.clock);
	}
	const token = generateSessionToken();
	const session = createSession(ctx, token, account.id, { ip: input.ip, userAgent: input.userAgent });
	audit(ctx.db, { userId: account.id, action: 'login', detail: null, ip: input.ip }, ctx.clock);
	return { ok: true, token, session };
}

/** "3 minutes", "1 minute", "40 seconds": the form's equivalent of Retry-After. */
export function waitInWords(seconds: number): string {
	if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
	const minutes = Math.ceil(seconds / 60);
	return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
