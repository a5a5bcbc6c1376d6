import { describe, expect, it } from 'vitest';
import { DEFAULT_SESSION_POLICY, sessionPolicyFromEnv } from '$lib/server/auth/policy';

describe('sessionPolicyFromEnv', () => {
	it('defaults to 30 minutes idle, 12 hours absolute, touch once a minute', () => {
		expect(sessionPolicyFromEnv({})).toEqual({
			idleTimeoutMs: 1_800_000,
			absoluteLifetimeMs: 43_200_000,
			touchIntervalMs: 60_000
		});
		expect(DEFAULT_SESSION_POLICY.idleTimeoutMs).toBe(30 * 60 * 1000);
	});

	it('reads SESSION_IDLE_MINUTES and SESSION_MAX_HOURS', () => {
		// 1 minute idle: touching once a minute would let an active session lapse, so every 30 s.
		expect(sessionPolicyFromEnv({ SESSION_IDLE_MINUTES: '1', SESSION_MAX_HOURS: '8' })).toEqual({
			idleTimeoutMs: 60_000,
			absoluteLifetimeMs: 28_800_000,
			touchIntervalMs: 30_000
		});
	});

	it('names the bad variable', () => {
		expect(() => sessionPolicyFromEnv({ SESSION_MAX_HOURS: 'twelve' })).toThrow(/SESSION_MAX_HOURS/);
		expect(() => sessionPolicyFromEnv({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/);
		expect(() => sessionPolicyFromEnv({ SESSION_IDLE_MINUTES: '120', SESSION_MAX_HOURS: '1' })).toThrow(/must not exceed/);
	});
});
