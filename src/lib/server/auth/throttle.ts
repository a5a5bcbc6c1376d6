/**
 * Sign-in throttling, per account and per client address (OWASP Authentication Cheat Sheet,
 * "Login Throttling"; ASVS 4.0.3 V2.2.1). Sliding windows over failed attempts:
 * the account limit stops guessing one password; the higher address limit stops one
 * client spraying many accounts without letting it lock out someone else's account forever.
 *
 * Failures live in SQLite (login_attempts), not memory: a restart, which an attacker might
 * provoke, does not reset the counters, and the rows are few (only failures are written).
 */
import type { Db } from '$lib/server/db/open';
import { MINUTE, systemClock, type Clock } from './clock';
import { normalizeEmail } from './users';

export interface ThrottleLimits {
	accountFailures: number;
	ipFailures: number;
	windowMs: number;
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = {
	accountFailures: 5,
	ipFailures: 20,
	windowMs: 15 * MINUTE
};

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface LoginAttempt {
	email: string;
	ip: string;
}

type Scope = 'account' | 'ip';

export class LoginThrottle {
	constructor(
		private readonly db: Db,
		private readonly clock: Clock = systemClock,
		private readonly limits: ThrottleLimits = DEFAULT_THROTTLE_LIMITS
	) {}

	/** Whether another attempt may be checked now. Unknown emails are throttled like real ones, so the answer reveals nothing. */
	check(attempt: LoginAttempt): ThrottleVerdict {
		const waits = [
			this.wait('account', normalizeEmail(attempt.email), this.limits.accountFailures),
			this.wait('ip', attempt.ip, this.limits.ipFailures)
		];
		const longest = Math.max(...waits);
		return longest > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(longest / 1000) } : { allowed: true };
	}

	recordFailure(attempt: LoginAttempt): void {
		const now = this.clock.now();
		const insert = this.db.prepare('INSERT INTO login_attempts (scope, key, at) VALUES (?, ?, ?)');
		this.db.transaction(() => {
			insert.run('account', normalizeEmail(attempt.email), now);
			insert.run('ip', attempt.ip, now);
			// Keep the table small: anything older than the window no longer counts.
			this.db.prepare('DELETE FROM login_attempts WHERE at <= ?').run(now - this.limits.windowMs);
		})();
	}

	/**
	 * A correct password clears the account's failures. The address's failures stay:
	 * otherwise one valid account would let a client reset its own limit between sprays.
	 */
	recordSuccess(attempt: Pick<LoginAttempt, 'email'>): void {
		this.db
			.prepare("DELETE FROM login_attempts WHERE scope = 'account' AND key = ?")
			.run(normalizeEmail(attempt.email));
	}

	/** Milliseconds until `key` is below `limit` failures in the window again; 0 if it is now. */
	private wait(scope: Scope, key: string, limit: number): number {
		const since = this.clock.now() - this.limits.windowMs;
		const times = this.db
			.prepare('SELECT at FROM login_attempts WHERE scope = ? AND key = ? AND at > ? ORDER BY at')
			.all(scope, key, since) as { at: number }[];
		if (times.length < limit) return 0;
		// With n failures in the window, n - limit + 1 of the oldest must age out before
		// the count drops below the limit; the last of those sets the wait.
		const releasing = times[times.length - limit].at;
		return releasing + this.limits.windowMs - this.clock.now();
	}
}
