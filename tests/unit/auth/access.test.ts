import { describe, expect, it } from 'vitest';
import { isApiPath, isPublicPath, loginLocation, safeRedirectTarget } from '$lib/server/auth/access';
import { crossSiteRefusal } from '$lib/server/auth/csrf';

describe('isPublicPath', () => {
	it('opens only the sign-in page, build assets, the icon and the health probe', () => {
		for (const p of ['/login', '/_app/immutable/entry/start.js', '/favicon.svg', '/health']) {
			expect(isPublicPath(p), p).toBe(true);
		}
		for (const p of ['/', '/logout', '/login-help', '/loginx', '/_application', '/api/data', '/health/db']) {
			expect(isPublicPath(p), p).toBe(false);
		}
	});

	it('treats /api and below as API', () => {
		expect(isApiPath('/api/data')).toBe(true);
		expect(isApiPath('/api')).toBe(true);
		expect(isApiPath('/apiary')).toBe(false);
	});
});

describe('safeRedirectTarget', () => {
	it('keeps same-site paths with their query', () => {
		expect(safeRedirectTarget('/cohorts?program=p1&year=2024')).toBe('/cohorts?program=p1&year=2024');
	});

	it.each([
		null,
		'',
		'https://evil.example/',
		'//evil.example/x',
		'/\\evil.example',
		'/\t/evil.example',
		'javascript:alert(1)',
		'cohorts',
		'/login',
		'/logout'
	])('sends %j to /', (raw) => {
		expect(safeRedirectTarget(raw)).toBe('/');
	});
});

describe('loginLocation', () => {
	it('remembers where the user was going', () => {
		expect(loginLocation(new URL('http://localhost/wellbeing?wave=2'))).toBe('/login?redirectTo=%2Fwellbeing%3Fwave%3D2');
		expect(loginLocation(new URL('http://localhost/'))).toBe('/login');
		expect(loginLocation(new URL('http://localhost/logout'))).toBe('/login');
	});
});

describe('crossSiteRefusal', () => {
	const url = new URL('https://preceptor.example.edu/api/datasets');
	const request = (method: string, headers: Record<string, string>) => new Request(url, { method, headers });

	it('lets reads and same-origin writes through', () => {
		expect(crossSiteRefusal(request('GET', { 'sec-fetch-site': 'cross-site' }), url)).toBeNull();
		expect(
			crossSiteRefusal(request('POST', { origin: 'https://preceptor.example.edu', 'sec-fetch-site': 'same-origin' }), url)
		).toBeNull();
		// curl and scripts send no Origin and hold no browser cookie.
		expect(crossSiteRefusal(request('DELETE', {}), url)).toBeNull();
	});

	it('refuses cross-site fetches and foreign origins', () => {
		expect(crossSiteRefusal(request('POST', { 'sec-fetch-site': 'cross-site' }), url)).toMatch(/cross-site/);
		expect(crossSiteRefusal(request('PUT', { origin: 'https://evil.example' }), url)).toMatch(/evil\.example/);
		// A sibling subdomain is same-site but not same-origin.
		expect(
			crossSiteRefusal(request('POST', { origin: 'https://other.example.edu', 'sec-fetch-site': 'same-site' }), url)
		).toMatch(/does not match/);
		expect(crossSiteRefusal(request('POST', { origin: 'http://preceptor.example.edu' }), url)).toMatch(/does not match/);
	});
});
