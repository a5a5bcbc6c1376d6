/**
 * The session cookie. With Secure cookies on it carries the `__Host-` prefix, which makes the
 * browser insist on Secure, Path=/ and no Domain, so a sibling subdomain or a plain-http page
 * cannot plant or overwrite it (RFC 6265bis §4.1.3.2). Browsers refuse `__Host-` cookies on
 * plain http, so local http runs use the unprefixed name.
 */
import type { Cookies } from '@sveltejs/kit';

export interface SessionCookieOptions {
	path: '/';
	httpOnly: true;
	/** Lax: sent on top-level navigation from a link (so emailed links work), not on cross-site POSTs. */
	sameSite: 'lax';
	secure: boolean;
	expires: Date;
}

/** The part of SvelteKit's `Cookies` this module uses; tests pass a small fake. */
export type CookieJar = Pick<Cookies, 'get' | 'set' | 'delete' | 'serialize'>;

export function sessionCookieName(secure: boolean): string {
	return secure ? '__Host-preceptor_session' : 'preceptor_session';
}

/** No `domain` on purpose: a host-only cookie, as `__Host-` requires. */
export function sessionCookieOptions(secure: boolean, expiresAt: Date): SessionCookieOptions {
	return { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt };
}

export function readSessionToken(cookies: CookieJar, secure: boolean): string | null {
	return cookies.get(sessionCookieName(secure)) ?? null;
}

export function setSessionCookie(cookies: CookieJar, token: string, expiresAt: Date, secure: boolean): void {
	cookies.set(sessionCookieName(secure), token, sessionCookieOptions(secure, expiresAt));
}

export function deleteSessionCookie(cookies: CookieJar, secure: boolean): void {
	// Same path/flags as when set, or the browser treats it as a different cookie.
	cookies.delete(sessionCookieName(secure), { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** Whether the request as sent carried a session cookie (even one already deleted in this response). */
export function requestCarriesSessionCookie(request: Request, secure: boolean): boolean {
	const header = request.headers.get('cookie') ?? '';
	return header.split(';').some((pair) => pair.trim().startsWith(`${sessionCookieName(secure)}=`));
}

/** A `Set-Cookie` value that removes the cookie, for responses built outside `resolve()`. */
export function deletedSessionCookieHeader(cookies: CookieJar, secure: boolean): string {
	return cookies.serialize(sessionCookieName(secure), '', { ...sessionCookieOptions(secure, new Date(0)), maxAge: 0 });
}
