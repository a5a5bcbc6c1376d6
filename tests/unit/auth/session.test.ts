import { describe, expect, it } from 'vitest';
import { MINUTE, HOUR } from '$lib/server/auth/clock';
import {
	createSession,
	deleteExpiredSessions,
	generateSessionToken,
	invalidateSession,
	sessionIdFromToken,
	validateSessionToken
} from '$lib/server/auth/session';
import { makeUser, testContext } from './fixtures';

async function signedIn() {
	const ctx = testContext();
	const userId = await makeUser(ctx, { role: 'coordinator', programIds: ['prog-b', 'prog-a'] });
	const token = generateSessionToken();
	const session = createSession(ctx, token, userId, { ip: '192.0.2.7', userAgent: 'test' });
	return { ctx, userId, token, session };
}

function storedSession(ctx: ReturnType<typeof testContext>, id: string) {
	return ctx.db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as
		| { last_seen_at: number; expires_at: number; created_at: number }
		| undefined;
}

describe('session tokens', () => {
	it('are 32 characters of lowercase base32 (20 random bytes) and differ each time', () => {
		const a = generateSessionToken();
		expect(a).toMatch(/^[a-z2-7]{32}$/);
		expect(generateSessionToken()).not.toBe(a);
	});

	it('hash to hex SHA-256', () => {
		// SHA-256("abc") is the FIPS 180-2 test vector.
		expect(sessionIdFromToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it('are never stored: the database holds only the hash', async () => {
		const { ctx, token, session } = await signedIn();
		expect(session.id).toBe(sessionIdFromToken(token));
		const rows = ctx.db.prepare('SELECT * FROM sessions').all() as Record<string, unknown>[];
		expect(rows).toHaveLength(1);
		for (const value of Object.values(rows[0])) expect(String(value)).not.toContain(token);
		expect(rows[0].id).toBe(sessionIdFromToken(token));
	});
});

describe('validateSessionToken', () => {
	it('returns the user with role and program scope', async () => {
		const { ctx, token, userId } = await signedIn();
		const valid = validateSessionToken(ctx, token);
		expect(valid?.user).toEqual({
			id: userId,
			email: 'dean@example.edu',
			displayName: 'Dr. Dean',
			role: 'coordinator',
			programIds: ['prog-a', 'prog-b']
		});
		// Same instant as creation: nothing to extend.
		expect(valid?.extended).toBe(false);
	});

	it('writes last_seen_at at most once a minute', async () => {
		const { ctx, token, session } = await signedIn();
		const t0 = ctx.clock.now();
		ctx.clock.advance(59_000);
		expect(validateSessionToken(ctx, token)?.extended).toBe(false);
		expect(storedSession(ctx, session.id)?.last_seen_at).toBe(t0);
		ctx.clock.advance(1_000); // 60 s after the last write
		expect(validateSessionToken(ctx, token)?.extended).toBe(true);
		expect(storedSession(ctx, session.id)?.last_seen_at).toBe(t0 + MINUTE);
	});

	it('slides the idle timeout while in use', async () => {
		const { ctx, token } = await signedIn();
		// Activity every 20 minutes for 2 hours: each gap is under the 30-minute idle limit.
		for (let i = 0; i < 6; i++) {
			ctx.clock.advance(20 * MINUTE);
			expect(validateSessionToken(ctx, token)).not.toBeNull();
		}
	});

	it('ends after 30 idle minutes and deletes the session', async () => {
		const { ctx, token, session } = await signedIn();
		ctx.clock.advance(30 * MINUTE - 1);
		expect(validateSessionToken(ctx, token)).not.toBeNull(); // touched: last_seen = t0 + 30 min - 1 ms
		ctx.clock.advance(30 * MINUTE); // exactly 30 min since that touch
		expect(validateSessionToken(ctx, token)).toBeNull();
		expect(storedSession(ctx, session.id)).toBeUndefined();
	});

	it('ends after 12 hours however active', async () => {
		const { ctx, token, session } = await signedIn();
		expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(12 * HOUR);
		// 47 requests 15 min apart reach 11 h 45 min: still valid.
		for (let i = 0; i < 47; i++) {
			ctx.clock.advance(15 * MINUTE);
			expect(validateSessionToken(ctx, token)).not.toBeNull();
		}
		ctx.clock.advance(15 * MINUTE); // 12 h 00 min
		expect(validateSessionToken(ctx, token)).toBeNull();
	});

	it('rejects a tampered token without touching the real session', async () => {
		const { ctx, token, session } = await signedIn();
		const flipped = (token[0] === 'a' ? 'b' : 'a') + token.slice(1);
		expect(validateSessionToken(ctx, flipped)).toBeNull();
		expect(validateSessionToken(ctx, token + 'a')).toBeNull();
		expect(validateSessionToken(ctx, token.toUpperCase())).toBeNull();
		expect(validateSessionToken(ctx, session.id)).toBeNull(); // the stored hash is not a token
		expect(validateSessionToken(ctx, token)).not.toBeNull();
	});

	it('rejects a session once invalidated (sign-out)', async () => {
		const { ctx, token, session } = await signedIn();
		invalidateSession(ctx.db, session.id);
		expect(validateSessionToken(ctx, token)).toBeNull();
	});

	it('rejects the session of a disabled user', async () => {
		const { ctx, token, userId } = await signedIn();
		ctx.db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(ctx.clock.now(), userId);
		expect(validateSessionToken(ctx, token)).toBeNull();
	});
});

describe('deleteExpiredSessions', () => {
	it('removes idle and past-expiry sessions only', async () => {
		const { ctx, userId } = await signedIn(); // session A at t0
		ctx.clock.advance(20 * MINUTE);
		createSession(ctx, generateSessionToken(), userId); // session B at t0 + 20 min
		ctx.clock.advance(15 * MINUTE);
		// At t0 + 35 min: A idle 35 min (gone), B idle 15 min (kept).
		expect(deleteExpiredSessions(ctx)).toBe(1);
		expect((ctx.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n).toBe(1);
	});
});
