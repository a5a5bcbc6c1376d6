/**
 * Guards for `+page.server.ts` and `+server.ts`. The hook already sends anonymous requests
 * to /login; these narrow `locals.user` to non-null for TypeScript and stay correct if a
 * route is ever made public by mistake (authorization belongs in each server load, not a layout).
 */
import { error, redirect } from '@sveltejs/kit';
import { isApiPath, loginLocation } from './access';
import type { SessionUser } from './session';
import type { Role } from './users';

/**
 * The signed-in user, or throws: 401 without `url` or for `/api/*`, else a 303 to /login
 * that comes back to `url` afterwards.
 */
export function requireUser(locals: App.Locals, url?: URL): SessionUser {
	if (locals.user) return locals.user;
	if (url && !isApiPath(url.pathname)) redirect(303, loginLocation(url));
	error(401, 'Sign in required');
}

/** The signed-in user if their role is one of `roles`, else 403. */
export function requireRole(locals: App.Locals, roles: readonly Role[], url?: URL): SessionUser {
	const user = requireUser(locals, url);
	if (!roles.includes(user.role)) error(403, 'Your role does not give access to this page');
	return user;
}
