import { describe, expect, it } from 'vitest';
import { authenticateRequest } from '$lib/server/auth/authenticate';
import { MINUTE } from '$lib/server/auth/clock';
import {
	deleteSessionCookie,
	requestCarriesSessionCookie,
	sessionCookieName,
	sessionCookieOptions,
	setSessionCookie
} from '$lib/server/auth/cookie';
import { createSession, generateSessionToken } from '$lib/server/auth/session';
import { FakeCookies, makeUser, testContext } from './fixtures';

const expires = new Date(Date.UTC(2025, 0, 6, 21, 0, 0));

describe('session cookie', () => {
	it('is __Host- prefixed, Secure, HttpOnly, SameSite=Lax, Path=/ and host-only with secure cookies on', () => {
		const jar = new FakeCookies();
		setSessionCookie(jar, 'token', expires, true);
		expect(jar.sets).toEqual([
			{
				name: '__Host-preceptor_session',
				value: 'token',
				options: { path: '/', httpOnly: true, sameSite: 'lax', secure: true, expires }
			}
		]);
		expect(jar.sets[0].options).not.toHaveProperty('domain');
	});

	it('drops the prefix and Secure on plain http (browsers refuse __Host- there)', () => {
		expect(sessionCookieName(false)).toBe('preceptor_session');
		expect(sessionCookieOptions(false, expires)).toEqual({
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: false,
			expires
		});
	});

	it('is deleted with the same path and flags it was set with', () => {
		const jar = new FakeCookies({ '__Host-preceptor_session': 'x' });
		deleteSessionCookie(jar, true);
		expect(jar.deletes).toEqual([
			{ name: '__Host-preceptor_session', value: '', options: { path: '/', httpOnly: true, sameSite: 'lax', secure: true } }
		]);
	});

	it('is recognised in a request Cookie header by exact name', () => {
		const req = (cookie: string) => new Request('http://localhost/', { headers: { cookie } });
		expect(requestCarriesSessionCookie(req('a=1; preceptor_session=abc'), false)).toBe(true);
		expect(requestCarriesSessionCookie(req('xpreceptor_session=abc'), false)).toBe(false);
		expect(requestCarriesSessionCookie(req('preceptor_session=abc'), true)).toBe(false);
	});
});

describe('authenticateRequest', () => {
	it('is anonymous without a cookie and leaves cookies alone', () => {
		const ctx = testContext();
		const jar = new FakeCookies();
		expect(authenticateRequest(ctx, jar, true)).toEqual({ user: null, session: null });
		expect(jar.sets).toEqual([]);
		expect(jar.deletes).toEqual([]);
	});

	it('signs in from a valid cookie and re-sends it only when the session was extended', async () => {
		const ctx = testContext();
		const userId = await makeUser(ctx);
		const token = generateSessionToken();
		const session = createSession(ctx, token, userId);
		const jar = new FakeCookies({ '__Host-preceptor_session': token });

		expect(authenticateRequest(ctx, jar, true).user?.id).toBe(userId);
		expect(jar.sets).toEqual([]);

		ctx.clock.advance(2 * MINUTE);
		expect(authenticateRequest(ctx, jar, true).session?.id).toBe(session.id);
		expect(jar.sets).toHaveLength(1);
		expect(jar.sets[0].options.expires).toEqual(session.expiresAt);
	});

	it('deletes an invalid cookie', () => {
		const ctx = testContext();
		const jar = new FakeCookies({ preceptor_session: generateSessionToken() });
		expect(authenticateRequest(ctx, jar, false)).toEqual({ user: null, session: null });
		expect(jar.deletes.map((d) => d.name)).toEqual(['preceptor_session']);
	});
});
