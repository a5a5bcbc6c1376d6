/**
 * Session lifetime policy. Defaults follow OWASP ASVS 4.0.3 V3.3.2 for level 2
 * applications (re-authenticate after 30 minutes idle or 12 hours in all), configurable per site.
 */
import { HOUR, MINUTE } from './clock';

export interface SessionPolicy {
	/** A session unused for this long is over (sliding window). */
	idleTimeoutMs: number;
	/** A session is over this long after sign-in, however active. */
	absoluteLifetimeMs: number;
	/** `last_seen_at` is written at most this often, so browsing is not a write per request. */
	touchIntervalMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
	idleTimeoutMs: 30 * MINUTE,
	absoluteLifetimeMs: 12 * HOUR,
	touchIntervalMs: MINUTE
};

function positiveNumber(name: string, raw: string | undefined): number | undefined {
	if (raw === undefined || raw === '') return undefined;
	const value = Number(raw);
	if (!Number.isFinite(value) || value <= 0) {
		throw new Error(`${name} must be a positive number, got "${raw}"`);
	}
	return value;
}

/** Reads SESSION_IDLE_MINUTES and SESSION_MAX_HOURS (both optional). */
export function sessionPolicyFromEnv(env: Record<string, string | undefined> = process.env): SessionPolicy {
	const idleMinutes = positiveNumber('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES);
	const maxHours = positiveNumber('SESSION_MAX_HOURS', env.SESSION_MAX_HOURS);
	const policy: SessionPolicy = {
		...DEFAULT_SESSION_POLICY,
		idleTimeoutMs: idleMinutes === undefined ? DEFAULT_SESSION_POLICY.idleTimeoutMs : idleMinutes * MINUTE,
		absoluteLifetimeMs: maxHours === undefined ? DEFAULT_SESSION_POLICY.absoluteLifetimeMs : maxHours * HOUR
	};
	if (policy.idleTimeoutMs > policy.absoluteLifetimeMs) {
		throw new Error('SESSION_IDLE_MINUTES must not exceed SESSION_MAX_HOURS');
	}
	// With a very short idle timeout the once-a-minute touch would let sessions lapse mid-use.
	policy.touchIntervalMs = Math.min(policy.touchIntervalMs, policy.idleTimeoutMs / 2);
	return policy;
}
