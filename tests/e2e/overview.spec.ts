/**
 * Overview on the demo data: the numbers the browser computes in duckdb-wasm equal the
 * same metric SQL run in Node (@duckdb/node-api) on the same dataset version, and the page
 * loads with no request leaving localhost.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { formatCount, formatPercent } from '../../src/lib/format/numbers';
import { loadOverview, type OverviewData } from '../../src/lib/views/overview';
import { openServedDataset, screenshot, signIn } from './support';

/** The same dataset version the server serves, opened in Node straight from its Parquet files. */
async function overviewInNode(): Promise<OverviewData> {
	const db = await openServedDataset();
	try {
		return await loadOverview(db);
	} finally {
		db.close();
	}
}

test('a signed-out visitor is sent to sign in, and the data endpoint refuses', async ({ page, request }) => {
	await page.goto('/');
	await expect(page).toHaveURL(/\/login/);
	const response = await request.get('/api/dataset');
	expect(response.status()).toBe(401);
});

test('Overview KPIs equal the metric SQL run in Node on the same dataset', async ({ page }) => {
	const outside: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:') outside.push(r.url());
	});
	const expected = await overviewInNode();
	await signIn(page);
	await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();

	const value = (id: string) => page.getByTestId(`${id}-value`);
	await expect(value('kpi-active')).toHaveText(formatCount(expected.active.total));
	await expect(value('kpi-coverage')).toHaveText(formatPercent(expected.coverage.rate));
	const [mentored, unmentored] = ['mentored', 'unmentored'].map((g) => expected.retention.groups.find((r) => r.group === g));
	await expect(value('kpi-retention')).toHaveText(`${formatPercent(mentored?.survival)} vs ${formatPercent(unmentored?.survival)}`);
	await expect(value('kpi-burnout')).toHaveText(formatPercent(expected.latestBurnout?.prevalence));
	await expect(value('kpi-urim')).toHaveText(`${formatPercent(expected.urim.trainees.share)} vs ${formatPercent(expected.urim.mentors.share)}`);
	await expect(value('kpi-reach')).toHaveText(formatPercent(expected.reach.rate));

	// Sanity of the demo itself: the numbers are real, not empty.
	expect(expected.active.total).toBeGreaterThan(500);
	expect(mentored?.survival).toBeGreaterThan(unmentored?.survival ?? 1);

	await expect(page.getByTestId('chart-match-rate').locator('svg').first()).toBeVisible();
	await expect(page.getByTestId('chart-burnout-waves').locator('svg').first()).toBeVisible();
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	await screenshot(page, 'overview');
	expect(outside).toEqual([]);
});
