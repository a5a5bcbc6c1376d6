/**
 * Response headers set on every response by the `securityHeaders` hook. The
 * Content-Security-Policy is not here: SvelteKit writes it (kit.csp in svelte.config.js)
 * because only it knows the nonces of the inline hydration scripts it injects.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	// Stops browsers guessing a script out of an uploaded CSV served as text.
	'X-Content-Type-Options': 'nosniff',
	// Dashboard URLs carry filter state (program, cohort); keep them off other sites' logs.
	'Referrer-Policy': 'same-origin',
	// Clickjacking, for browsers that predate CSP frame-ancestors.
	'X-Frame-Options': 'DENY'
};

export function applySecurityHeaders(headers: Headers): void {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		// Responses from fetch() (proxied) or Response.redirect() have immutable headers.
		try {
			headers.set(name, value);
		} catch {
			return;
		}
	}
}
