/**
 * Reports on the demo data: an administrator previews and generates a report in the
 * builder, downloads its XLSX, CSV bundle and PDF, and the XLSX carries the served dataset
 * version's id and content hash and the same numbers as the page; a reviewer gets the same
 * suppressed report but only the choices that cannot be subtracted.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createAccounts } from './role-users';
import { e2eDataDir, screenshot, signIn } from './support';

async function servedManifest(): Promise<{ versionId: string; contentHash: string }> {
	const dataDir = e2eDataDir();
	const { versionId } = JSON.parse(await readFile(join(dataDir, 'current.json'), 'utf8'));
	return JSON.parse(await readFile(join(dataDir, 'versions', versionId, 'manifest.json'), 'utf8'));
}

test('an administrator previews, generates and downloads the dean’s impact summary', async ({ page }) => {
	test.setTimeout(180_000);
	const manifest = await servedManifest();
	await signIn(page, undefined, undefined, '/reports');
	await expect(page.getByRole('heading', { name: 'Accreditation reports' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');

	await page.getByRole('radio', { name: /Program impact summary/ }).check();
	await page.getByRole('button', { name: 'Preview' }).click();
	const preview = page.locator('.preview .report-doc');
	await expect(preview.getByRole('heading', { name: 'Program impact summary: mentored vs unmentored outcomes' })).toBeVisible({ timeout: 60_000 });
	await expect(preview).toContainText(manifest.versionId);
	await expect(preview).toContainText(manifest.contentHash);
	await expect(preview.locator('figure svg').first()).toBeVisible();
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	await screenshot(page, 'reports-builder');

	await page.getByRole('button', { name: 'Generate and save' }).click();
	await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/, { timeout: 60_000 });
	const doc = page.locator('.report-doc');
	await expect(doc).toContainText('Counts from 1 to 10 are never shown');
	// The mentored row of the retention table, as the page shows it.
	const mentored = doc.locator('#section-retention tbody tr').filter({ hasText: /^Mentored/ });
	const shown = (await mentored.locator('td').allInnerTexts()).map((t) => t.trim());
	await screenshot(page, 'reports-saved');

	const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download XLSX' }).click()]);
	expect(xlsx.suggestedFilename()).toMatch(/^dean-impact-summary_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}_[0-9a-f]{8}\.xlsx$/);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await readFile(await xlsx.path())) as never);
	const about = new Map<string, string>();
	workbook.getWorksheet('About')!.eachRow((row) => about.set(String(row.getCell(1).value), String(row.getCell(2).value)));
	expect(about.get('Dataset version')).toBe(manifest.versionId);
	expect(about.get('Content hash (SHA-256)')).toBe(manifest.contentHash);
	const sheet = workbook.worksheets.find((w) => w.name.endsWith('retention'))!;
	let xlsxRow: unknown[] = [];
	sheet.eachRow((row) => {
		if (row.getCell(1).value === 'Mentored') xlsxRow = (row.values as unknown[]).slice(2);
	});
	// Same figures: the page prints counts with thousands separators and shares with one decimal.
	const asNumber = (text: string) => (/^[\d,]+(\.\d+)?$/.test(text) ? Number(text.replace(/,/g, '')) : text);
	const expected: unknown[] = shown.map(asNumber);
	// Empty cells at the end of a row (no share beside a hidden count) are not stored in XLSX.
	while (expected.at(-1) === '') expected.pop();
	expect(xlsxRow).toEqual(expected);

	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV (zip)' }).click()]);
	expect((await readFile(await csv.path())).subarray(0, 2).toString()).toBe('PK');
	const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
	expect((await readFile(await pdf.path())).subarray(0, 5).toString()).toBe('%PDF-');

	// Listed with its parameters, version and who; regenerating on the same version gives the same table.
	await page.goto('/reports');
	const item = page.locator('li.report').first();
	await expect(item).toContainText(manifest.versionId);
	await expect(item).toContainText('Program impact summary');
	await item.getByRole('button', { name: 'Regenerate' }).click();
	await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/, { timeout: 60_000 });
	await expect(page.getByText('regenerated from')).toBeVisible();
	const again = (await page.locator('#section-retention tbody tr').filter({ hasText: /^Mentored/ }).locator('td').allInnerTexts()).map((t) => t.trim());
	expect(again).toEqual(shown);

	// Generation and every download are in the audit log.
	await page.goto('/admin/audit?action=report_downloaded');
	await expect(page.locator('main')).toContainText('format pdf');
	await page.goto('/admin/audit?action=report_generated');
	await expect(page.locator('main')).toContainText('regeneratedFrom');
});

test('a reviewer generates a suppressed report from the choices offered to reviewers only', async ({ browser, page }) => {
	test.setTimeout(180_000);
	const [reviewer] = await createAccounts(browser, [{ email: 'report.reviewer@e2e.example', displayName: 'Report Reviewer', role: 'reviewer' }]);
	await signIn(page, reviewer.email, reviewer.password, '/reports');
	await expect(page.getByRole('heading', { name: 'Accreditation reports' })).toBeVisible();
	// All programs (no program to pick), academic years only (no whole record, no custom dates), all trainees.
	await expect(page.getByRole('checkbox')).toHaveCount(0);
	await expect(page.locator('#program')).toHaveCount(0);
	await expect(page.locator('#period option[value="custom"]')).toHaveCount(0);
	await expect(page.locator('#period option')).not.toHaveCount(0);
	for (const label of await page.locator('#period option').allInnerTexts()) expect(label).toMatch(/^Academic year/);
	await expect(page.getByText('Reviewers report on all programs')).toBeVisible();
	// The server refuses what the page does not offer: a one-program report.
	const refused = await page.request.post('/reports?/generate', {
		form: { template: 'lcme-3-3-diversity', from: '2025-07-01', to: '2026-06-30', population: 'all-trainees', program: 'GME-IM' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(await refused.text()).toContain('Reviewers report on all programs');
	await page.getByRole('radio', { name: /LCME 3.3/ }).check();
	await screenshot(page, 'reports-reviewer-builder');
	await page.getByRole('button', { name: 'Generate and save' }).click();
	await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/, { timeout: 60_000 });
	await expect(page.locator('.report-doc')).toContainText('Report Reviewer (reviewer)');
	// Every count shown is 0 or at least 11.
	const counts = (await page.locator('.report-doc td.num').allInnerTexts()).map((t) => t.trim()).filter((t) => /^\d[\d,]*$/.test(t)).map((t) => Number(t.replace(/,/g, '')));
	expect(counts.length).toBeGreaterThan(20);
	expect(counts.filter((n) => n >= 1 && n <= 10)).toEqual([]);
	await screenshot(page, 'reports-reviewer');
});
