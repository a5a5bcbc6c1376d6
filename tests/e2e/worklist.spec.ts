/**
 * Worklist on the demo data: the browser's list equals the worklist SQL run in Node on the
 * same dataset version; marking an item contacted is stored on the server and survives a
 * reload and a re-import of the same exports; thresholds saved for a program change its list.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NodeConnector } from '../../src/lib/engine/node';
import { DEFAULT_THRESHOLD_TABLE, thresholdsWith, thresholdTable, worklistFlags, type ThresholdTable, type WorklistFlag } from '../../src/lib/metrics/worklist';
import { TABLE_NAMES } from '../../src/lib/schema/tables';
import { createAccounts, PROGRAM_A, PROGRAM_B, type Account } from './role-users';
import { e2eDataDir, screenshot, signIn } from './support';

/**
 * Row filters the server applies for a coordinator (server/delivery/scope.ts): people and
 * pairings by program, meetings by pairing, answers by person. Other tables are not cut.
 */
const SCOPED: Partial<Record<string, string>> = {
	people: 'program_id = $p',
	pairings: 'program_id = $p',
	meetings: 'pairing_id IN (SELECT pairing_id FROM pairings)',
	survey_responses: 'person_id IN (SELECT person_id FROM people)'
};

/** The worklist SQL on the served dataset version, on all rows or on one program's scoped rows. */
async function worklistInNode(program?: string, thresholds: ThresholdTable = DEFAULT_THRESHOLD_TABLE): Promise<WorklistFlag[]> {
	const dataDir = e2eDataDir();
	const { versionId } = JSON.parse(await readFile(join(dataDir, 'current.json'), 'utf8'));
	const db = await NodeConnector.open();
	try {
		// Order matters: people and pairings are cut before the tables filtered through them.
		const order = ['people', 'pairings', ...TABLE_NAMES.filter((t) => t !== 'people' && t !== 'pairings')];
		for (const table of order) {
			const file = join(dataDir, 'versions', versionId, `${table}.parquet`);
			const where = program && SCOPED[table] ? ` WHERE ${SCOPED[table]!.replace('$p', `'${program.replace(/'/g, "''")}'`)}` : '';
			await db.exec(`CREATE TABLE "${table}" AS SELECT * FROM read_parquet('${file.replace(/'/g, "''")}')${where}`);
		}
		return await worklistFlags(db, undefined, thresholds);
	} finally {
		db.close();
	}
}

test('the demo admin sees the unmatched and disengaged trainees, marks one contacted, and it stays marked', async ({ page }) => {
	test.setTimeout(120_000);
	const expected = await worklistInNode();
	const unmatched = expected.filter((f) => f.reason === 'unmatched');
	const disengaged = expected.filter((f) => f.reason === 'disengaged');
	// The demo must give the list something to show.
	expect(unmatched.length).toBeGreaterThan(0);
	expect(disengaged.length).toBeGreaterThan(0);

	await signIn(page, undefined, undefined, '/worklist');
	await expect(page.getByRole('heading', { name: 'Worklist' })).toBeVisible();
	const rows = page.locator('tbody tr[data-person]');
	await expect(rows.first()).toBeVisible({ timeout: 60_000 });
	await expect(rows).toHaveCount(expected.length);
	await expect(page.getByRole('button', { name: /^Unmatched \d+/ })).toHaveText(`Unmatched ${unmatched.length}`);
	await expect(page.getByRole('button', { name: /^Disengaged pairing \d+/ })).toHaveText(`Disengaged pairing ${disengaged.length}`);
	// The most urgent item comes first, with the SQL's evidence.
	await expect(rows.first()).toHaveAttribute('data-person', expected[0].person_id);
	await expect(rows.first().locator('.evidence')).toHaveText(expected[0].evidence);

	// Filter to disengaged pairings through the reason buttons (kept in the URL).
	await page.getByRole('button', { name: /^Disengaged pairing/ }).click();
	await expect(page).toHaveURL(/reason=disengaged/);
	await expect(rows).toHaveCount(disengaged.length);
	// Checked on the shorter, filtered list: axe on a thousand rows outlasts the test.
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	await screenshot(page, 'worklist');

	const target = disengaged[0];
	const row = page.locator(`tbody tr[data-person="${target.person_id}"][data-reason="disengaged"]`);
	await row.getByRole('checkbox').check();
	await page.getByLabel('Note').fill('e2e: emailed the pair');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByText('Marked 1 item contacted.')).toBeVisible();
	await expect(row.locator('.followup')).toContainText(/contacted \d{4}-\d{2}-\d{2} by /);

	await page.reload();
	await expect(rows.first()).toBeVisible({ timeout: 60_000 });
	await expect(row.locator('.followup')).toContainText(/contacted \d{4}-\d{2}-\d{2} by /);
	await expect(row.locator('.followup')).toContainText('e2e: emailed the pair');

	// Resolving hides it; the history stays on the server.
	await row.getByRole('checkbox').check();
	await page.getByLabel('Mark as').selectOption('resolved');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(row).toHaveCount(0);
	await expect(rows).toHaveCount(disengaged.length - 1);
	const history = await page.request.get('/api/worklist/actions');
	const actions = (await history.json()).actions as { personId: string; action: string }[];
	expect(actions.filter((a) => a.personId === target.person_id).map((a) => a.action)).toEqual(['contacted', 'resolved']);
});

test('a coordinator sees only their program’s items and cannot act on anyone else', async ({ page, browser }) => {
	test.setTimeout(120_000);
	const expected = await worklistInNode(PROGRAM_A);
	expect(expected.every((f) => f.program_id === PROGRAM_A)).toBe(true);
	const outsider = (await worklistInNode()).find((f) => f.program_id !== PROGRAM_A);
	expect(expected.length).toBeGreaterThan(0);
	expect(outsider).toBeDefined();
	const [coordinator] = await createAccounts(browser, [
		{ email: 'worklist.coordinator@example.org', displayName: 'Worklist Coordinator', role: 'coordinator', programIds: [PROGRAM_A] }
	]);

	await signIn(page, coordinator.email, coordinator.password, '/worklist');
	const rows = page.locator('tbody tr[data-person]');
	await expect(rows.first()).toBeVisible({ timeout: 60_000 });
	// Every item shown is one of the program's; the admin test may have resolved one of them.
	const shown = await rows.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-person')}:${tr.getAttribute('data-reason')}`));
	const want = new Set(expected.map((f) => `${f.person_id}:${f.reason}`));
	// At most one item (the one the admin test resolved) may be missing.
	expect(shown.length).toBeGreaterThanOrEqual(want.size - 1);
	expect(shown.every((key) => want.has(key))).toBe(true);

	// The server checks program membership itself: a forged request about someone elsewhere is refused.
	const refused = await page.request.post('/api/worklist/actions', {
		data: { action: 'contacted', note: '', items: [{ personId: outsider!.person_id, reason: outsider!.reason }] },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(refused.status()).toBe(403);
	const history = (await (await page.request.get('/api/worklist/actions')).json()).actions as { programId: string }[];
	expect(history.every((a) => a.programId === PROGRAM_A)).toBe(true);
});

let coordinator: Account | undefined;
/** One coordinator of program A for the tests below (accounts are created through /admin/users). */
async function programACoordinator(browser: import('@playwright/test').Browser): Promise<Account> {
	coordinator ??= (
		await createAccounts(browser, [{ email: 'worklist.followup@example.org', displayName: 'Follow-up Coordinator', role: 'coordinator', programIds: [PROGRAM_A] }])
	)[0];
	return coordinator;
}

/** Every bundled demo export, uploaded again unchanged by the admin through the import API. */
async function reimportDemo(browser: import('@playwright/test').Browser): Promise<string> {
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		await signIn(page, undefined, undefined, '/imports');
		const form = new FormData();
		for (const name of (await readdir('data/demo')).filter((n) => n.endsWith('.csv')).sort()) {
			form.append('files', new File([await readFile(join('data/demo', name))], name, { type: 'text/csv' }));
		}
		form.append('acceptWarnings', 'true');
		const response = await page.request.post('/imports/commit', { multipart: form, headers: { origin: new URL(page.url()).origin }, timeout: 110_000 });
		const body = (await response.json()) as { ok: boolean; versionId?: string; message?: string };
		expect(body.message ?? '', 'the unchanged demo exports import cleanly').toBe('');
		expect(response.status()).toBe(200);
		return body.versionId!;
	} finally {
		await context.close();
	}
}

test('a coordinator marks an unmatched trainee contacted by keyboard; the mark survives a reload and a re-import', async ({ page, browser }) => {
	test.setTimeout(240_000);
	const expected = await worklistInNode(PROGRAM_A);
	const unmatched = expected.filter((f) => f.reason === 'unmatched');
	const disengaged = expected.filter((f) => f.reason === 'disengaged');
	expect(unmatched.length).toBeGreaterThan(0);
	expect(disengaged.length).toBeGreaterThan(0);
	const account = await programACoordinator(browser);

	await signIn(page, account.email, account.password, '/worklist');
	const rows = page.locator('tbody tr[data-person]');
	await expect(rows.first()).toBeVisible({ timeout: 60_000 });
	// The demo's unmatched and disengaged trainees of the program, as the SQL lists them
	// (the first test may have resolved one disengaged item of this program).
	await page.getByRole('button', { name: /^Unmatched \d+/ }).click();
	await expect(rows).toHaveCount(unmatched.length);
	await expect(rows.first().locator('.evidence')).toHaveText(unmatched[0].evidence);
	await page.getByRole('button', { name: /^Disengaged pairing \d+/ }).click();
	expect(Math.abs((await rows.count()) - disengaged.length)).toBeLessThanOrEqual(1);
	await rows.first().getByRole('checkbox').check();
	await screenshot(page, 'worklist-coordinator');
	await rows.first().getByRole('checkbox').uncheck();
	await page.getByRole('button', { name: /^Unmatched \d+/ }).click();

	// Filter by profession (kept in the URL): every row shown is of that profession.
	await page.getByLabel('Profession').selectOption('DO');
	await expect(page).toHaveURL(/profession=DO/);
	const professions = await rows.locator('.person .sub').allInnerTexts();
	expect(professions.length).toBeGreaterThan(0);
	expect(professions.every((t) => t.split(' · ')[1] === 'DO')).toBe(true);
	await page.getByLabel('Profession').selectOption('');
	// Longest-standing first: days never increase down the list.
	await page.getByLabel('Order').selectOption('age');
	const days = (await rows.locator('.since .sub').allInnerTexts()).map((t) => Number.parseInt(t, 10));
	expect(days).toEqual([...days].sort((a, b) => b - a));
	await page.getByLabel('Order').selectOption('');

	// Keyboard only: tick the box with Space, type the note, Enter submits.
	const target = unmatched[0];
	const row = page.locator(`tbody tr[data-person="${target.person_id}"][data-reason="unmatched"]`);
	await row.getByRole('checkbox').focus();
	await page.keyboard.press('Space');
	await expect(row.getByRole('checkbox')).toBeChecked();
	await page.getByLabel('Note').focus();
	await page.keyboard.type('left a voicemail');
	await page.keyboard.press('Enter');
	await expect(page.getByText('Marked 1 item contacted.')).toBeVisible();
	await expect(row.locator('.followup')).toContainText('contacted');

	await page.reload();
	await expect(rows.first()).toBeVisible({ timeout: 60_000 });
	await expect(row.locator('.followup')).toContainText(/contacted \d{4}-\d{2}-\d{2} by Follow-up Coordinator/);
	await expect(row.locator('.followup')).toContainText('left a voicemail');

	// The same exports imported again make a new version; the follow-up is keyed on the
	// person and the reason, not on the version, so it is still there.
	const before = JSON.parse(await readFile(join(e2eDataDir(), 'current.json'), 'utf8')).versionId;
	const after = await reimportDemo(browser);
	expect(after).not.toBe(before);
	await page.reload();
	await expect(rows.first()).toBeVisible({ timeout: 60_000 });
	await expect(row.locator('.followup')).toContainText(/contacted \d{4}-\d{2}-\d{2} by Follow-up Coordinator/);
	await expect(row.locator('.followup')).toContainText('left a voicemail');
	// A second call: the latest shows, the first stays in the item's history.
	await row.getByRole('checkbox').check();
	await page.getByLabel('Note').fill('booked a meeting');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(row.locator('.followup')).toContainText('booked a meeting');
	await row.getByText('1 earlier').click();
	await expect(row.locator('.history li')).toHaveText(/contacted \d{4}-\d{2}-\d{2} by Follow-up Coordinator: “left a voicemail”/);
	// And the list is the same list on the new version.
	expect((await worklistInNode(PROGRAM_A)).map((f) => `${f.person_id}:${f.reason}:${f.evidence}`)).toEqual(expected.map((f) => `${f.person_id}:${f.reason}:${f.evidence}`));
});

test('a coordinator sets their program’s thresholds, the list follows, and another program’s are refused', async ({ page, browser }) => {
	test.setTimeout(180_000);
	const account = await programACoordinator(browser);
	await signIn(page, account.email, account.password, '/worklist/thresholds');
	await expect(page.getByRole('heading', { name: 'Worklist thresholds' })).toBeVisible();
	// Only their own program is offered.
	await expect(page.getByRole('navigation', { name: 'Program' }).getByRole('link')).toHaveCount(1);

	// A mistake is named and nothing is saved; what was typed stays in the field.
	await page.getByLabel('Unmatched: list after').fill('2.5');
	await page.getByRole('button', { name: /^Save for / }).click();
	await expect(page.getByText('Check the highlighted thresholds: nothing was saved.')).toBeVisible();
	await expect(page.getByText('Unmatched: list after must be a whole number, not “2.5”.')).toBeVisible();
	await expect(page.getByLabel('Unmatched: list after')).toHaveValue('2.5');

	// List unmatched trainees only after a year of waiting, and count the Mini-Z flag.
	await page.getByLabel('Unmatched: list after').fill('365');
	await page.getByLabel('Unmatched: high severity from').fill('400');
	await page.locator('input[name="wellbeingFlags"][value="mini_z_burnout"]').check();
	await page.getByRole('button', { name: /^Save for / }).click();
	await expect(page.getByText('Saved: 3 thresholds changed.', { exact: false })).toBeVisible();
	await expect(page.getByText(/Own thresholds, saved .* by Follow-up Coordinator/)).toBeVisible();
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	await screenshot(page, 'worklist-thresholds');

	const own = thresholdTable(undefined, { [PROGRAM_A]: thresholdsWith({ unmatchedDays: 365, unmatchedHighDays: 400, wellbeingFlags: ['mayo_wbi', 'phq2', 'mini_z_burnout'] }) });
	const expected = await worklistInNode(PROGRAM_A, own);
	await page.goto('/worklist');
	const rows = page.locator('tbody tr[data-person]');
	await expect(rows.first()).toBeVisible({ timeout: 60_000 });
	// The earlier test marked an item contacted (still open) and may have resolved one.
	const count = (reason: string) => expected.filter((f) => f.reason === reason).length;
	await expect(page.getByRole('button', { name: /^Unmatched \d+/ })).toHaveText(`Unmatched ${count('unmatched')}`);
	await expect(page.getByRole('button', { name: /^Well-being flag \d+/ })).toHaveText(`Well-being flag ${count('distress')}`);
	expect(count('unmatched')).toBeLessThan((await worklistInNode(PROGRAM_A)).filter((f) => f.reason === 'unmatched').length);

	// The server refuses a forged save for a program that is not theirs.
	const forged = await page.request.post('/worklist/thresholds?/save', {
		form: { programId: PROGRAM_B, unmatchedDays: '1', unmatchedHighDays: '1', noMeetingDays: '1', cancelledInARow: '1', decliningWindowDays: '7', decliningMinBase: '1', decliningPercent: '1', mentorInactiveDays: '1' },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(forged.status()).toBe(403);
	const refusedPage = await page.request.get(`/worklist/thresholds?program=${PROGRAM_B}`);
	expect(refusedPage.status()).toBe(403);

	// Back to the defaults, for the other specs.
	await page.goto('/worklist/thresholds');
	await page.getByRole('button', { name: 'Go back to the defaults' }).click();
	await expect(page.getByText('Using the defaults.')).toBeVisible();
});
