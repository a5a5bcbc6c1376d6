/**
 * Cross-site request checks for every non-GET request. SvelteKit's own origin check (kit.csrf) covers
 * form submissions only (form content types); JSON endpoints that act on the session
 * cookie need their own. Sources: OWASP CSRF Prevention Cheat Sheet ("Fetch Metadata",
 * "Verifying Origin With Standard Headers").
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why this request must be refused, or null if it may proceed. Requests without
 * `Origin` are allowed: browsers always send it on cross-origin and on non-GET
 * fetches, so its absence means a non-browser client, which holds no ambient cookie.
 */
export function crossSiteRefusal(request: Request, url: URL): string | null {
	if (SAFE_METHODS.has(request.method)) return null;
	if (request.headers.get('sec-fetch-site') === 'cross-site') {
		return 'cross-site request refused';
	}
	const origin = request.headers.get('origin');
	if (origin !== null && origin !== url.origin) {
		return `origin ${origin} does not match ${url.origin}`;
	}
	return null;
}
