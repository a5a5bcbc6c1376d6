import { describe, expect, it } from 'vitest';
import { MINUTE } from '$lib/server/auth/clock';
import { LoginThrottle } from '$lib/server/auth/throttle';
import { testContext } from './fixtures';

function setup() {
	const ctx = testContext();
	return { ctx, throttle: new LoginThrottle(ctx.db, ctx.clock) };
}

describe('LoginThrottle (5 per account, 20 per address, 15-minute window)', () => {
	it('engages on the 6th attempt after 5 failures and releases when the oldest ages out', () => {
		const { ctx, throttle } = setup();
		const attempt = { email: 'Dean@Example.edu', ip: '192.0.2.1' };
		// Failures at 0, 1, 2, 3, 4 minutes.
		for (let i = 0; i < 5; i++) {
			expect(throttle.check(attempt)).toEqual({ allowed: true });
			throttle.recordFailure(attempt);
			ctx.clock.advance(MINUTE);
		}
		// Now t = 5 min. The failure at t = 0 leaves the window at t = 15 min: wait 10 min = 600 s.
		expect(throttle.check(attempt)).toEqual({ allowed: false, retryAfterSeconds: 600 });
		// Case and spaces do not make a different account.
		expect(throttle.check({ email: ' dean@example.edu ', ip: '198.51.100.9' }).allowed).toBe(false);
		ctx.clock.advance(10 * MINUTE - 1);
		expect(throttle.check(attempt).allowed).toBe(false);
		ctx.clock.advance(1);
		expect(throttle.check(attempt)).toEqual({ allowed: true });
	});

	it('waits for enough failures to age out when there are more than the limit', () => {
		const { ctx, throttle } = setup();
		const attempt = { email: 'a@example.edu', ip: '192.0.2.1' };
		// 7 failures at minutes 0..6 (possible with concurrent requests); now t = 7 min.
		for (let i = 0; i < 7; i++) {
			throttle.recordFailure(attempt);
			ctx.clock.advance(MINUTE);
		}
		// Below 5 needs 3 to age out; the third oldest (t = 2) leaves at t = 17: wait 10 min.
		expect(throttle.check(attempt)).toEqual({ allowed: false, retryAfterSeconds: 600 });
	});

	it('does not block another account from the same address below 20 failures', () => {
		const { throttle } = setup();
		for (let i = 0; i < 5; i++) throttle.recordFailure({ email: 'a@example.edu', ip: '192.0.2.1' });
		expect(throttle.check({ email: 'b@example.edu', ip: '192.0.2.1' })).toEqual({ allowed: true });
	});

	it('blocks an address after 20 failures spread over many accounts', () => {
		const { throttle } = setup();
		for (let i = 0; i < 19; i++) throttle.recordFailure({ email: `user${i}@example.edu`, ip: '192.0.2.1' });
		expect(throttle.check({ email: 'new@example.edu', ip: '192.0.2.1' })).toEqual({ allowed: true });
		throttle.recordFailure({ email: 'user19@example.edu', ip: '192.0.2.1' });
		// All 20 at the same instant: the address is free again after the full 15 minutes.
		expect(throttle.check({ email: 'new@example.edu', ip: '192.0.2.1' })).toEqual({
			allowed: false,
			retryAfterSeconds: 900
		});
		expect(throttle.check({ email: 'new@example.edu', ip: '198.51.100.9' })).toEqual({ allowed: true });
	});

	it('clears the account (not the address) on success', () => {
		const { throttle } = setup();
		for (let i = 0; i < 4; i++) throttle.recordFailure({ email: 'a@example.edu', ip: '192.0.2.1' });
		throttle.recordSuccess({ email: 'a@example.edu' });
		for (let i = 0; i < 4; i++) throttle.recordFailure({ email: 'a@example.edu', ip: '192.0.2.1' });
		// 4 account failures since the success: still allowed; the address has 8 of 20.
		expect(throttle.check({ email: 'a@example.edu', ip: '192.0.2.1' })).toEqual({ allowed: true });
	});
});
