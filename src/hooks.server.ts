/**
 * Every request passes here: security headers, cross-site refusal for JSON endpoints,
 * session lookup, then the sign-in requirement. The Content-Security-Policy itself is
 * configured in svelte.config.js (kit.csp) so SvelteKit can add nonces for its inline scripts.
 */
import { json, redirect, type Handle, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { isApiPath, isPublicPath, loginLocation } from '$lib/server/auth/access';
import { authenticateRequest } from '$lib/server/auth/authenticate';
import { authContext, secureCookies } from '$lib/server/auth/context';
import { deletedSessionCookieHeader, requestCarriesSessionCookie } from '$lib/server/auth/cookie';
import { crossSiteRefusal } from '$lib/server/auth/csrf';
import { applySecurityHeaders } from '$lib/server/auth/security-headers';
import { startServer } from '$lib/server/startup';

export const init: ServerInit = async () => {
	await startServer();
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	applySecurityHeaders(response.headers);
	return response;
};

// Every state-changing request, not only /api: upload endpoints such as /imports/commit
// take multipart bodies outside /api, and SvelteKit's own check covers form actions only.
const refuseCrossSite: Handle = async ({ event, resolve }) => {
	const refusal = crossSiteRefusal(event.request, event.url);
	if (refusal) return json({ message: refusal }, { status: 403 });
	return resolve(event);
};

const authenticate: Handle = async ({ event, resolve }) => {
	const { user, session } = authenticateRequest(authContext(), event.cookies, secureCookies());
	event.locals.user = user;
	event.locals.session = session;
	return resolve(event);
};

const requireSession: Handle = async ({ event, resolve }) => {
	if (event.locals.user || isPublicPath(event.url.pathname)) return resolve(event);

	if (isApiPath(event.url.pathname)) {
		const response = json({ message: 'Sign in required' }, { status: 401 });
		// A response returned from a hook skips SvelteKit's cookie handling, so an invalid
		// cookie that `authenticate` deleted must be deleted here by hand.
		const secure = secureCookies();
		if (requestCarriesSessionCookie(event.request, secure)) {
			response.headers.append('set-cookie', deletedSessionCookieHeader(event.cookies, secure));
		}
		return response;
	}
	// Thrown (not returned) so SvelteKit answers client-side navigations with a JSON redirect.
	redirect(303, loginLocation(event.url));
};

/**
 * Reviewers receive aggregates only (the data endpoint refuses them rows), so the row-level
 * views would be empty for them: send them to their aggregate tables instead.
 */
const routeReviewers: Handle = async ({ event, resolve }) => {
	if (event.locals.user?.role === 'reviewer' && ROW_LEVEL_VIEWS.has(event.url.pathname)) redirect(303, '/reviewer');
	return resolve(event);
};
const ROW_LEVEL_VIEWS = new Set(['/', '/retention', '/wellbeing', '/diversity', '/interprofessional']);

export const handle: Handle = sequence(securityHeaders, refuseCrossSite, authenticate, requireSession, routeReviewers);
