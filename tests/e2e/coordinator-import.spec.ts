/**
 * A coordinator imports for their own program (GME-IM): a roster with one NRP row is refused
 * at that row's Program ID cell; the same roster with GME-IM rows only imports, and the
 * versions list shows the coordinator no row counts and no rollback. A slow upload shows
 * its stages and can be cancelled. An admin then rolls back, so later specs see the demo.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/server/ingest/csv';
import { createAccounts, PROGRAM_A, PROGRAM_B } from './role-users';
import { screenshot, signIn } from './support';

const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

/** The demo roster cut to PROGRAM_A's people, plus the first of PROGRAM_B's if asked. */
function rosterOfA(withOneOfB: boolean): { csv: string; foreignRow: number } {
	const [header, ...records] = parseCsv(readFileSync('data/demo/roster.csv', 'utf8'));
	const program = header!.cells.indexOf('Program ID');
	const ours = records.filter((r) => r.cells[program] === PROGRAM_A);
	const rows = withOneOfB ? [...ours.slice(0, 3), records.find((r) => r.cells[program] === PROGRAM_B)!, ...ours.slice(3)] : ours;
	const csv = [header!, ...rows].map((r) => r.cells.map(quote).join(',')).join('\n') + '\n';
	// Header is row 1; the foreign row is the fourth data row.
	return { csv, foreignRow: 5 };
}

test('coordinator uploads for their own program only', async ({ browser, page }) => {
	test.setTimeout(180_000);
	const [coordinator] = await createAccounts(browser, [{ email: 'import.coordinator@northbridge.example', displayName: 'Casey Import', role: 'coordinator', programIds: [PROGRAM_A] }]);
	await signIn(page, coordinator!.email, coordinator!.password, '/imports');
	await page.goto('/imports');
	await expect(page.getByTestId('import-scope')).toContainText(PROGRAM_A);
	const versions = page.getByTestId('version');
	await expect(versions).toHaveCount(1);
	const before = await versions.first().getAttribute('data-version');
	// For information only: no counts, no rollback.
	await expect(page.getByTestId('version-people')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Make this version current' })).toHaveCount(0);

	// A slow upload (CDP upload throttling) shows bytes sent and can be cancelled.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 200 * 1024 });
	await page.getByTestId('import-file-input').setInputFiles({ name: 'meetings.csv', mimeType: 'text/csv', buffer: readFileSync('data/demo/meetings.csv') });
	await page.getByTestId('import-validate').click();
	const progress = page.getByTestId('upload-progress');
	await expect(progress).toHaveAttribute('data-stage', 'uploading');
	await expect(progress).toContainText(/\d+% · [\d.]+ (KB|MB) of 1\.\d MB/);
	await screenshot(page, 'import-progress');
	await page.getByTestId('upload-cancel').click();
	await expect(page.getByTestId('import-error')).toHaveText('Check cancelled.');
	await expect(progress).toHaveCount(0);
	await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

	const withForeign = rosterOfA(true);
	await page.getByTestId('import-file-input').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(withForeign.csv) });
	// Same name replaces the file chosen before; drop the meetings file.
	await page.getByRole('button', { name: /remove meetings\.csv/i }).click();
	await page.getByTestId('import-validate').click();
	const problems = page.getByTestId('import-problems');
	await expect(problems).toContainText(`not one of your programs (${PROGRAM_A})`);
	await expect(problems).toContainText(`row ${withForeign.foreignRow}, column Program ID, value ${PROGRAM_B}`);
	await expect(page.getByTestId('import-commit')).toBeDisabled();
	await expect(page.getByTestId('import-counts-scope')).toHaveText('Row counts are of your programs’ rows only.');
	await screenshot(page, 'import-coordinator-refused');

	await page.getByTestId('import-file-input').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(rosterOfA(false).csv) });
	await page.getByTestId('import-validate').click();
	await expect(problems.locator('h3')).toHaveText('No problems found');
	await page.getByTestId('import-commit').click();
	await expect(page.getByTestId('import-done')).toHaveText(/^Imported version \S+\. It is now current\.$/);
	await expect(versions).toHaveCount(2);
	await expect(versions.first()).toContainText(`by you · for ${PROGRAM_A}`);
	await expect(versions.first()).toContainText('Files: roster.csv');
	await expect(versions.nth(1)).not.toContainText('Files:');
	await screenshot(page, 'import-coordinator-done');

	// The admin sees who did it and rolls back.
	const admin = await browser.newContext();
	const adminPage = await admin.newPage();
	await signIn(adminPage, undefined, undefined, '/imports');
	await adminPage.goto('/imports');
	await expect(adminPage.getByTestId('version').first()).toContainText(`by Casey Import · for ${PROGRAM_A}`);
	await adminPage.locator(`[data-version="${before}"]`).getByRole('button', { name: 'Make this version current' }).click();
	await expect(adminPage.locator(`[data-version="${before}"]`)).toHaveAttribute('data-current', 'true');
	await admin.close();
});
