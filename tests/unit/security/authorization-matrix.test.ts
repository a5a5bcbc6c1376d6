/**
 * The matrix must list exactly the routes that exist: a new route without an entry fails
 * here (its authorization was never decided), and so does an entry whose route is gone.
 * The statuses themselves are asserted against the running build in
 * tests/e2e/authorization.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AUTHORIZATION_MATRIX, IDENTITIES } from './authorization-matrix';
import { actionNames, routeInventory, serverMethods } from './route-inventory';

const ROUTES = join(process.cwd(), 'src', 'routes');

describe('authorization matrix', () => {
	const inventory = routeInventory(ROUTES);

	it('lists every page, form action and endpoint method in src/routes', () => {
		const missing = inventory.filter((key) => !(key in AUTHORIZATION_MATRIX));
		expect(missing, 'routes with no decided authorization: add them to authorization-matrix.ts').toEqual([]);
	});

	it('lists nothing that is not in src/routes', () => {
		const stale = Object.keys(AUTHORIZATION_MATRIX).filter((key) => !inventory.includes(key));
		expect(stale, 'matrix entries whose route is gone').toEqual([]);
	});

	it('gives every entry a status for every identity', () => {
		for (const [key, entry] of Object.entries(AUTHORIZATION_MATRIX)) {
			expect(Object.keys(entry.expect).sort(), key).toEqual([...IDENTITIES].sort());
		}
	});

	it('never lets an anonymous visitor or a reviewer reach rows or admin pages', () => {
		for (const [key, entry] of Object.entries(AUTHORIZATION_MATRIX)) {
			if (key.includes('/admin') || key.includes('/imports') || key === 'GET /api/dataset') {
				expect([401, 303], key).toContain(entry.expect.anonymous);
				expect(entry.expect.reviewer, key).toBe(403);
			}
		}
	});
});

describe('route inventory parsing', () => {
	it('reads named and default actions at the top level only', () => {
		const source = `export const actions: Actions = {
	create: async (event) => {
		const nested = { notAnAction: 1 };
		return fail(400, { message: 'x' });
	},
	resetPassword(event) {
		return {};
	}
};`;
		expect(actionNames(source)).toEqual(['create', 'resetPassword']);
		expect(actionNames('export const actions = {\n\tdefault: async () => {}\n};')).toEqual(['default']);
		expect(actionNames('export const load = () => ({});')).toEqual([]);
	});

	it('reads exported methods however they are declared', () => {
		expect(serverMethods('export const GET: RequestHandler = () => {};\nexport async function POST() {}\nexport function DELETE() {}')).toEqual(['GET', 'POST', 'DELETE']);
		expect(serverMethods('const GET = 1;')).toEqual([]);
	});
});
