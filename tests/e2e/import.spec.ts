/**
 * Upload the demo's Qualtrics export with one column renamed (Q1 -> Q1_burnout) and every
 * latest-wave burnout answer set to 1 ("I enjoy my work"), fix the mapping in the UI,
 * import, and see the new version current with the other tables carried over and the
 * Overview's latest-wave burnout prevalence drop to 0.0%; then roll back.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/server/ingest/csv';
import { screenshot, signIn } from './support';

const LATEST_WAVE = '2026-autumn';

/** Rename Q1 and set its latest-wave answers to 1; returns the CSV and how many answers changed. */
function editedQualtrics(): { csv: string; changed: number } {
	const records = parseCsv(readFileSync('data/demo/wellbeing_qualtrics.csv', 'utf8'));
	const header = records[0]!.cells;
	const q1 = header.indexOf('Q1');
	const wave = header.indexOf('wave');
	header[q1] = 'Q1_burnout';
	let changed = 0;
	for (const record of records.slice(3)) {
		const value = record.cells[q1] ?? '';
		if (record.cells[wave] === LATEST_WAVE && value !== '' && value !== '-99') {
			if (Number(value) >= 3) changed++;
			record.cells[q1] = '1';
		}
	}
	const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
	return { csv: records.map((r) => r.cells.map(quote).join(',')).join('\n') + '\n', changed };
}

test('renamed survey column: propose, fix the mapping, import, new version current', async ({ page }) => {
	test.setTimeout(120_000);
	const { csv, changed } = editedQualtrics();
	expect(changed).toBeGreaterThan(0);

	await signIn(page, undefined, undefined, '/imports');
	await page.goto('/imports');
	const versions = page.getByTestId('version');
	// Earlier specs may have imported (and rolled back): start from the current version.
	await expect(versions.first()).toBeVisible();
	const versionsBefore = await versions.count();
	const currentBefore = page.locator('[data-testid="version"][data-current="true"]');
	const before = await currentBefore.getAttribute('data-version');
	const responsesBefore = await currentBefore.getByTestId('version-survey_responses').innerText();

	const burnout = page.getByTestId('kpi-burnout-value');
	await page.goto('/');
	await expect(burnout).toHaveText(/%$/);
	const burnoutBefore = await burnout.innerText();
	expect(burnoutBefore).not.toBe('0.0%');
	await page.goto('/imports');

	await page.getByTestId('import-file-input').setInputFiles({ name: 'wellbeing_qualtrics.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await page.getByTestId('import-validate').click();

	const card = page.getByTestId('import-file');
	await expect(card.getByTestId('import-format')).toHaveText('Qualtrics export (3 header rows)');
	await expect(card).toContainText('1,840 data rows');
	// The renamed column is only proposed, so the import is blocked until the mapping is confirmed.
	await expect(page.getByTestId('import-problems')).toContainText('proposed for Q1');
	await expect(page.getByTestId('import-commit')).toBeDisabled();
	await screenshot(page, 'import-proposed');

	await card.locator('select[data-field="Q1"]').selectOption('Q1_burnout');
	await expect(page.getByText('The mapping changed: validate again before importing.')).toBeVisible();
	await page.getByTestId('import-validate').click();
	await expect(page.getByTestId('import-problems').locator('h3')).toHaveText('No problems found');
	// Only the survey tables come from the upload; the roster and the rest are carried over.
	await expect(page.locator('tr[data-table="people"] td').nth(2)).toHaveText('current version');
	await expect(page.locator('tr[data-table="survey_responses"] td').nth(2)).toHaveText('upload');

	await page.getByTestId('import-commit').click();
	await expect(page.getByTestId('import-done')).toContainText('It is now current');
	await expect(versions).toHaveCount(versionsBefore + 1);
	const current = page.locator('[data-testid="version"][data-current="true"]');
	await expect(current).toHaveCount(1);
	expect(await current.getAttribute('data-version')).not.toBe(before);
	// Same answered items, different values: survey_responses keeps its count.
	await expect(current.getByTestId('version-survey_responses')).toHaveText(responsesBefore);
	await screenshot(page, 'import-done');

	// Every latest-wave answer is now 1, below the Mini-Z threshold of 3: prevalence 0.0%.
	await page.goto('/');
	await expect(burnout).toHaveText('0.0%');

	// Roll back: the demo version is current again.
	await page.goto('/imports');
	await page.locator(`[data-version="${before}"]`).getByRole('button', { name: 'Make this version current' }).click();
	await expect(page.locator(`[data-version="${before}"]`)).toHaveAttribute('data-current', 'true');
	await page.goto('/');
	await expect(burnout).toHaveText(burnoutBefore);
});
