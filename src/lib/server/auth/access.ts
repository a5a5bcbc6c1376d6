/**
 * Which requests need a signed-in user, and where to send those that lack one.
 */

/** Reachable without a session: the sign-in page, build assets, the icon and the load balancer's probe. */
export function isPublicPath(pathname: string): boolean {
	return (
		pathname === '/login' ||
		pathname.startsWith('/_app/') ||
		pathname === '/favicon.svg' ||
		pathname === '/health'
	);
}

/** JSON endpoints answer 401/403 with JSON instead of redirecting to a page. */
export function isApiPath(pathname: string): boolean {
	return pathname === '/api' || pathname.startsWith('/api/');
}

/** Pages we never send someone back to after sign-in. */
const NOT_A_DESTINATION = new Set(['/login', '/logout']);

/**
 * `raw` if it is a path on this site, else '/'. Guards against open redirects:
 * `//evil.example`, `/\evil.example` (browsers read `\` as `/`), `https://…` and
 * `javascript:` all resolve to another origin or scheme and are refused.
 */
export function safeRedirectTarget(raw: string | null | undefined): string {
	if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
	const base = 'http://preceptor.invalid';
	let url: URL;
	try {
		url = new URL(raw, base);
	} catch {
		return '/';
	}
	if (url.origin !== base || NOT_A_DESTINATION.has(url.pathname)) return '/';
	return url.pathname + url.search + url.hash;
}

/** `/login?redirectTo=<where the user was going>` (dropped when it would be pointless). */
export function loginLocation(url: URL): string {
	const target = safeRedirectTarget(url.pathname + url.search);
	return target === '/' ? '/login' : `/login?redirectTo=${encodeURIComponent(target)}`;
}
