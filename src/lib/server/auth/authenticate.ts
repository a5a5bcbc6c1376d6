/**
 * Turns a request's session cookie into `locals.user` / `locals.session`.
 */
import { deleteSessionCookie, readSessionToken, setSessionCookie, type CookieJar } from './cookie';
import { validateSessionToken, type AuthContext, type SessionRecord, type SessionUser } from './session';

export interface Authentication {
	user: SessionUser | null;
	session: SessionRecord | null;
}

export function authenticateRequest(ctx: AuthContext, cookies: CookieJar, secure: boolean): Authentication {
	const token = readSessionToken(cookies, secure);
	if (token === null) return { user: null, session: null };

	const valid = validateSessionToken(ctx, token);
	if (!valid) {
		// Expired, signed out elsewhere, or tampered with: stop the browser sending it.
		deleteSessionCookie(cookies, secure);
		return { user: null, session: null };
	}
	if (valid.extended) {
		// Expires is the absolute end, which extension does not move; re-sending the cookie
		// once a minute repairs a copy the browser lost or truncated without a write per request.
		setSessionCookie(cookies, token, valid.session.expiresAt, secure);
	}
	return { user: valid.user, session: valid.session };
}
