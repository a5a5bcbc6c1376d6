/**
 * Request security on the production server (issue 6, ASVS level 2): the headers every page
 * and API response carries, the Content-Security-Policy that lets the self-hosted DuckDB
 * WebAssembly and its worker run and nothing off-origin, a cross-site JSON POST refused, and
 * sign-in throttling answering 429 with Retry-After.
 */
import { expect, test } from '@playwright/test';
import { DEMO_ADMIN } from './support';

const directives = (csp: string) =>
	new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));

test('pages carry the CSP and security headers; API answers carry them too', async ({ request }) => {
	const page = await request.get('/login');
	expect(page.status()).toBe(200);
	const headers = page.headers();
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('same-origin');
	expect(headers['x-frame-options']).toBe('DENY');
	const csp = directives(headers['content-security-policy'] ?? '');
	expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
	expect(csp.get('default-src')).toEqual(["'self'"]);
	expect(csp.get('connect-src')).toEqual(["'self'"]);
	// The wasm compiles ('wasm-unsafe-eval'), the worker starts from a blob; inline scripts only by nonce.
	expect(csp.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
	expect(csp.get('script-src')!.some((v) => v.startsWith("'nonce-"))).toBe(true);
	expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
	expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
	expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);

	const api = await request.get('/api/dataset');
	expect(api.status()).toBe(401);
	expect(api.headers()['x-content-type-options']).toBe('nosniff');
	expect(api.headers()['referrer-policy']).toBe('same-origin');
});

test('a cross-site JSON POST is refused before it reaches the endpoint', async ({ request, baseURL }) => {
	const response = await request.post('/api/exports', {
		headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
		data: { view: '/', chart: 'burnout-by-wave', format: 'csv', datasetVersion: 'v20261125T163000Z-3f9a1c2b', filter: '' }
	});
	expect(response.status()).toBe(403);
	// The same request from the app's own origin gets as far as the sign-in check.
	const same = await request.post('/api/exports', { headers: { origin: baseURL! }, data: {} });
	expect(same.status()).toBe(401);
});

test('sign-in is throttled per account: the sixth attempt gets 429 with Retry-After', async ({ request, baseURL }) => {
	// An account nobody uses, so no other test's sign-in is held up.
	const form = { email: 'throttle-probe@school.edu', password: 'not-the-password' };
	// A plain form post, as a browser without JavaScript sends it: the status is the page's.
	const attempt = () => request.post('/login', { headers: { origin: baseURL!, accept: 'text/html' }, form, maxRedirects: 0 });
	for (let i = 1; i <= 5; i++) expect((await attempt()).status(), `attempt ${i}`).toBe(400);
	const throttled = await attempt();
	expect(throttled.status()).toBe(429);
	const retryAfter = Number(throttled.headers()['retry-after']);
	expect(retryAfter).toBeGreaterThan(0);
	expect(retryAfter).toBeLessThanOrEqual(15 * 60);
	expect(await throttled.text()).toMatch(/Too many|try again/i);
});

test('the session cookie is HttpOnly, SameSite=Lax, Path=/ and expires with the session', async ({ request, baseURL }) => {
	const response = await request.post('/login', {
		headers: { origin: baseURL!, accept: 'text/html' },
		form: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
		maxRedirects: 0
	});
	expect(response.status()).toBe(303);
	const cookie = response.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie' && /preceptor_session=/.test(h.value))?.value ?? '';
	// This test server runs on plain http (SECURE_COOKIES=0); production adds Secure and the
	// __Host- prefix (tests/unit/auth/cookie.test.ts).
	expect(cookie).toMatch(/HttpOnly/i);
	expect(cookie).toMatch(/SameSite=Lax/i);
	expect(cookie).toMatch(/Path=\//);
	expect(cookie).toMatch(/Expires=/i);
	expect(cookie).not.toMatch(/Domain=/i);
});
