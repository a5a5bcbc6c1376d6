/**
 * The authorization matrix (tests/unit/security/authorization-matrix.ts) against the
 * production build: every route and method, as each identity, with the status the matrix
 * expects. Then the data responses themselves: no row outside a coordinator's programs, no
 * identifying column for a dean, no count from 1 to 10 for a reviewer. And sign-out leaves
 * nothing behind in the browser.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';

type Playwright = Parameters<Parameters<typeof test>[2]>[0]['playwright'];
import { tableFromIPC } from 'apache-arrow';
import { containerTables, readContainerHeader } from '../../src/lib/engine/dataset-container';
import { NodeConnector } from '../../src/lib/engine/node';
import { AUTHORIZATION_MATRIX, IDENTITIES, type Identity } from '../unit/security/authorization-matrix';
import { createAccounts, PROGRAM_A, PROGRAM_B, signInRequest, type Account } from './role-users';
import { DEMO_ADMIN, servedParquet, signIn } from './support';

test.describe.configure({ mode: 'serial' });

const accounts = new Map<Identity, Account | typeof DEMO_ADMIN>();

test.beforeAll(async ({ browser }) => {
	test.setTimeout(240_000);
	const created = await createAccounts(browser, [
		{ email: 'authz-dean@school.edu', displayName: 'Authz Dean', role: 'dean' },
		{ email: 'authz-coord-a@school.edu', displayName: 'Authz Coordinator A', role: 'coordinator', programIds: [PROGRAM_A] },
		{ email: 'authz-coord-b@school.edu', displayName: 'Authz Coordinator B', role: 'coordinator', programIds: [PROGRAM_B] },
		{ email: 'authz-reviewer@school.edu', displayName: 'Authz Reviewer', role: 'reviewer' }
	]);
	accounts.set('admin', DEMO_ADMIN);
	for (const [identity, account] of [['dean', created[0]], ['coordinatorA', created[1]], ['coordinatorB', created[2]], ['reviewer', created[3]]] as const) {
		accounts.set(identity, account);
	}
});

async function contextFor(playwright: Playwright, baseURL: string, identity: Identity): Promise<APIRequestContext> {
	// SvelteKit refuses form posts whose Origin is not the site's, as a browser would send it.
	const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL, 'accept-encoding': 'identity' } });
	const account = accounts.get(identity);
	if (account) await signInRequest(request, account.email, account.password);
	return request;
}

async function send(request: APIRequestContext, key: string): Promise<number> {
	const entry = AUTHORIZATION_MATRIX[key];
	const method = key.split(' ')[0];
	const response = await request.fetch(entry.path, {
		method,
		maxRedirects: 0,
		headers: { accept: entry.path.startsWith('/api/') ? 'application/json' : 'text/html' },
		...(entry.body === 'form' ? { form: { unused: '' } } : {}),
		...(entry.body === 'multipart' ? { multipart: { unused: '' } } : {})
	});
	return response.status();
}

test('every route answers every identity as the matrix says', async ({ playwright, baseURL }) => {
	test.setTimeout(600_000);
	const mismatches: string[] = [];
	const keys = Object.keys(AUTHORIZATION_MATRIX);
	for (const identity of IDENTITIES) {
		const shared = await contextFor(playwright, baseURL!, identity);
		for (const key of keys.filter((k) => !AUTHORIZATION_MATRIX[k].endsSession)) {
			const status = await send(shared, key);
			if (status !== AUTHORIZATION_MATRIX[key].expect[identity]) mismatches.push(`${identity} ${key}: ${status}, expected ${AUTHORIZATION_MATRIX[key].expect[identity]}`);
		}
		await shared.dispose();
		// Requests that end the session get a session of their own.
		for (const key of keys.filter((k) => AUTHORIZATION_MATRIX[k].endsSession)) {
			const own = await contextFor(playwright, baseURL!, identity);
			const status = await send(own, key);
			if (status !== AUTHORIZATION_MATRIX[key].expect[identity]) mismatches.push(`${identity} ${key}: ${status}, expected ${AUTHORIZATION_MATRIX[key].expect[identity]}`);
			await own.dispose();
		}
	}
	expect(mismatches).toEqual([]);
});

type Rows = Record<string, Record<string, unknown>[]>;

async function downloadTables(request: APIRequestContext): Promise<Rows> {
	const response = await request.get('/api/dataset');
	expect(response.status()).toBe(200);
	const bytes = new Uint8Array(await response.body());
	const parsed = readContainerHeader(bytes);
	if (!parsed) throw new Error('not a dataset container');
	return Object.fromEntries(
		containerTables(bytes, parsed).map(({ table, ipc }) => [table.name, tableFromIPC(ipc).toArray().map((r) => r.toJSON() as Record<string, unknown>)])
	);
}

/** person_id -> program_id, straight from the served version's Parquet file. */
async function homePrograms(): Promise<Map<string, string>> {
	const db = await NodeConnector.open();
	try {
		const file = (await servedParquet('people')).replace(/'/g, "''");
		const rows = await db.query<{ person_id: string; program_id: string }>(`SELECT person_id, program_id FROM read_parquet('${file}')`);
		return new Map(rows.map((r) => [r.person_id, r.program_id]));
	} finally {
		db.close();
	}
}

test('a coordinator receives no person, pairing or answer outside their program', async ({ playwright, baseURL }) => {
	const programOf = await homePrograms();
	for (const [identity, program] of [['coordinatorA', PROGRAM_A], ['coordinatorB', PROGRAM_B]] as const) {
		const request = await contextFor(playwright, baseURL!, identity);
		const t = await downloadTables(request);
		await request.dispose();
		expect(t.people.length).toBeGreaterThan(0);
		expect(new Set(t.programs.map((r) => r.program_id))).toEqual(new Set([program]));
		expect(new Set(t.people.map((r) => r.program_id))).toEqual(new Set([program]));
		expect(new Set(t.pairings.map((r) => r.program_id))).toEqual(new Set([program]));
		for (const name of ['demographics', 'person_race', 'survey_responses', 'ipe_attendance']) {
			const outside = t[name].filter((r) => programOf.get(String(r.person_id)) !== program);
			expect(outside, `${identity} ${name}`).toEqual([]);
		}
		const pairings = new Set(t.pairings.map((r) => r.pairing_id));
		expect(t.meetings.every((m) => pairings.has(m.pairing_id))).toBe(true);
		// The derived contact facts are about delivered rows only (no other program's people).
		const contactsOutside = t.profession_contacts.filter((r) => programOf.get(String(r.person_id)) !== program);
		expect(contactsOutside, `${identity} profession_contacts`).toEqual([]);
		expect(t.pairing_professions.every((r) => pairings.has(r.pairing_id))).toBe(true);
		const activities = new Set(t.ipe_activities.map((r) => r.activity_id));
		expect(t.activity_professions.every((r) => activities.has(r.activity_id))).toBe(true);
		// Identified: their own trainees' names arrive.
		expect(t.people.some((r) => r.display_name !== null)).toBe(true);
	}
});

test('a dean receives every program without names, emails or free text', async ({ playwright, baseURL }) => {
	const request = await contextFor(playwright, baseURL!, 'dean');
	const t = await downloadTables(request);
	await request.dispose();
	expect(t.people.length).toBe((await homePrograms()).size);
	for (const column of ['display_name', 'email', 'exit_reason_text']) {
		expect(t.people.filter((r) => r[column] !== null), column).toEqual([]);
	}
});

test('a reviewer’s aggregate tables hold no count from 1 to 10, for all programs and each one', async ({ playwright, baseURL }) => {
	const request = await contextFor(playwright, baseURL!, 'reviewer');
	const all = await request.get('/api/aggregates');
	expect(all.status()).toBe(200);
	const body = await all.json();
	expect(body.minCell).toBeGreaterThanOrEqual(11);
	const bodies = [body];
	for (const program of body.programs as { id: string }[]) {
		const one = await request.get(`/api/aggregates?program=${encodeURIComponent(program.id)}`);
		expect(one.status()).toBe(200);
		bodies.push(await one.json());
	}
	expect((await request.get('/api/aggregates?program=NRP&program=MSW')).status()).toBe(400);
	await request.dispose();
	let counts = 0;
	let suppressed = 0;
	for (const b of bodies) {
		for (const t of b.tables) {
			for (const cell of [...t.rows.flatMap((r: { cells: unknown[] }) => r.cells), ...(t.total ? [t.total.cell] : [])]) {
				if (cell.kind !== 'count') continue;
				if (cell.suppressed) {
					suppressed++;
					expect(cell.value).toBeNull();
				} else {
					counts++;
					expect(cell.value === 0 || cell.value >= b.minCell, `${t.id}: ${cell.value}`).toBe(true);
				}
			}
		}
	}
	// The demo has both: real numbers and suppressed cells.
	expect(counts).toBeGreaterThan(20);
	expect(suppressed).toBeGreaterThan(0);
});

test('a coordinator’s aggregate tables are their own program’s only, suppressed as a reviewer gets them', async ({ playwright, baseURL }) => {
	const request = await contextFor(playwright, baseURL!, 'coordinatorA');
	const mine = await request.get('/api/aggregates');
	expect(mine.status()).toBe(200);
	const body = await mine.json();
	expect(body.selection.program).toBe(PROGRAM_A);
	expect(body.programs.map((p: { id: string }) => p.id)).toEqual([PROGRAM_A]);
	expect(body.offersAll).toBe(false);
	for (const t of body.tables) {
		expect(t.rows.some((r: { total?: boolean }) => r.total), `${t.id} has no all-programs row`).toBe(false);
		for (const cell of t.rows.flatMap((r: { cells: { kind: string; value: number | null }[] }) => r.cells)) {
			if (cell.kind === 'count' && cell.value !== null) expect(cell.value === 0 || cell.value >= body.minCell).toBe(true);
		}
	}
	for (const query of [`program=${PROGRAM_B}`, 'program=all']) {
		expect((await request.get(`/api/aggregates?${query}`)).status(), query).toBe(403);
	}
	await request.dispose();
});

test('sign-out clears site data and leaves nothing in browser storage', async ({ page }) => {
	await signIn(page);
	await expect(page.getByTestId('kpi-active-value')).toHaveText(/\d/, { timeout: 90_000 });
	const logout = page.waitForResponse((r) => r.url().endsWith('/logout') && r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Sign out' }).click();
	const response = await logout;
	// headers() omits security-related headers; allHeaders() has them all.
	expect((await response.allHeaders())['clear-site-data']).toBe('"cache", "storage"');
	await expect(page).toHaveURL(/\/login/);
	const storage = await page.evaluate(async () => {
		let opfs = 0;
		// A directory handle iterates its entries; nothing should be there.
		for await (const entry of (await navigator.storage.getDirectory()) as unknown as AsyncIterable<unknown>) if (entry) opfs++;
		const session = Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i) ?? '');
		return { databases: (await indexedDB.databases()).map((d) => d.name), localStorage: localStorage.length, opfs, session };
	});
	expect({ ...storage, session: [] }).toEqual({ databases: [], localStorage: 0, opfs: 0, session: [] });
	// SvelteKit keeps its own scroll positions and snapshots in sessionStorage (written again as
	// /login loads); nothing of ours may be there.
	expect(storage.session.filter((key) => !key.startsWith('sveltekit:'))).toEqual([]);
	expect((await page.request.get('/api/dataset')).status()).toBe(401);
});
