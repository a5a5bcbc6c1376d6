/**
 * Worklist on the demo data: the browser's list equals the worklist SQL run in Node on the
 * same dataset version; marking an item contacted is stored on the server and survives a reload.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NodeConnector } from '../../src/lib/engine/node';
import { worklistFlags, type WorklistFlag } from '../../src/lib/metrics/worklist';
import { TABLE_NAMES } from '../../src/lib/schema/tables';
import { createAccounts, PROGRAM_A } from './role-users';
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
async function worklistInNode(program?: string): Promise<WorklistFlag[]> {
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
		return await worklistFlags(db);
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
