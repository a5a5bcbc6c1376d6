import { describe, expect, it } from 'vitest';
import { recentAudit } from '$lib/server/auth/audit';
import { attemptLogin, BAD_CREDENTIALS, waitInWords } from '$lib/server/auth/login';
import { sessionIdFromToken, validateSessionToken } from '$lib/server/auth/session';
import { LoginThrottle } from '$lib/server/auth/throttle';
import { makeUser, PASSWORD, testContext } from './fixtures';

async function setup() {
	const ctx = testContext();
	const userId = await makeUser(ctx);
	return { ctx, userId, throttle: new LoginThrottle(ctx.db, ctx.clock) };
}

const from = { ip: '192.0.2.1', userAgent: 'vitest' };

describe('attemptLogin', () => {
	it('opens a session for the right password and audits it', async () => {
		const { ctx, userId, throttle } = await setup();
		const outcome = await attemptLogin(ctx, throttle, { email: ' DEAN@example.edu', password: PASSWORD, ...from });
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.session.id).toBe(sessionIdFromToken(outcome.token));
		expect(validateSessionToken(ctx, outcome.token)?.user.id).toBe(userId);
		expect(recentAudit(ctx.db)[0]).toMatchObject({ action: 'login', userId, ip: '192.0.2.1' });
	});

	it('gives the same answer for a wrong password and an unknown email', async () => {
		const { ctx, userId, throttle } = await setup();
		const wrong = await attemptLogin(ctx, throttle, { email: 'dean@example.edu', password: 'not the password', ...from });
		const unknown = await attemptLogin(ctx, throttle, { email: 'nobody@example.edu', password: PASSWORD, ...from });
		expect(wrong).toEqual({ ok: false, status: 400, message: BAD_CREDENTIALS });
		expect(unknown).toEqual(wrong);
		const [second, first] = recentAudit(ctx.db);
		expect(first).toMatchObject({ action: 'login_failed', userId, detail: { email: 'dean@example.edu', reason: 'wrong_password' } });
		expect(second).toMatchObject({ action: 'login_failed', userId: null, detail: { reason: 'unknown_email' } });
	});

	it('refuses a disabled account even with the right password', async () => {
		const { ctx, userId, throttle } = await setup();
		ctx.db.prepare('UPDATE users SET disabled_at = 1 WHERE id = ?').run(userId);
		const outcome = await attemptLogin(ctx, throttle, { email: 'dean@example.edu', password: PASSWORD, ...from });
		expect(outcome).toEqual({ ok: false, status: 400, message: BAD_CREDENTIALS });
	});

	it('answers 429 after 5 failures, even for the right password, without verifying it', async () => {
		const { ctx, throttle } = await setup();
		for (let i = 0; i < 5; i++) {
			await attemptLogin(ctx, throttle, { email: 'dean@example.edu', password: `guess number ${i}`, ...from });
		}
		const outcome = await attemptLogin(ctx, throttle, { email: 'dean@example.edu', password: PASSWORD, ...from });
		// All five failures at the same fake instant: 15 minutes to wait.
		expect(outcome).toEqual({
			ok: false,
			status: 429,
			message: 'Too many failed sign-in attempts. Try again in 15 minutes.',
			retryAfterSeconds: 900
		});
		expect(recentAudit(ctx.db)[0].detail).toMatchObject({ reason: 'throttled' });
	});

	it('asks for both fields when one is empty', async () => {
		const { ctx, throttle } = await setup();
		expect(await attemptLogin(ctx, throttle, { email: '', password: PASSWORD, ...from })).toMatchObject({ status: 400 });
		expect(await attemptLogin(ctx, throttle, { email: 'dean@example.edu', password: '', ...from })).toMatchObject({
			message: 'Enter your email and password.'
		});
	});
});

describe('waitInWords', () => {
	it('rounds up to whole minutes from a minute on', () => {
		expect(waitInWords(1)).toBe('1 second');
		expect(waitInWords(45)).toBe('45 seconds');
		expect(waitInWords(60)).toBe('1 minute');
		expect(waitInWords(61)).toBe('2 minutes');
	});
});
