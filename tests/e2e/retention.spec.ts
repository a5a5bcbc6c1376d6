/**
 * Retention on the demo data: the figures the browser computes in duckdb-wasm equal the same
 * metric SQL run in Node on the same dataset version — unfiltered, filtered through the URL,
 * and after clicking a cohort and a mentoring group on the charts — and axe finds no serious
 * or critical accessibility violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { logRankText } from '../../src/lib/charts/retention/statText';
import { formatCount, formatPercent } from '../../src/lib/format/numbers';
import { makeFilter, type PopulationFilter } from '../../src/lib/metrics/population-filter';
import { loadRetentionView, type RetentionView } from '../../src/lib/views/retention';
import { openServedDataset, screenshot, signIn } from './support';

/** The dataset version the server serves, opened in Node from its Parquet files. */
async function viewInNode(filters: PopulationFilter[]): Promise<RetentionView[]> {
	const db = await openServedDataset();
	try {
		const views: RetentionView[] = [];
		for (const filter of filters) views.push(await loadRetentionView(db, filter));
		return views;
	} finally {
		db.close();
	}
}

const value = (page: Page, id: string) => page.getByTestId(`${id}-value`);
const ready = (page: Page) => expect(page.locator('[data-view-state="ready"]')).toBeVisible();

function headline(view: RetentionView): string {
	const [m, u] = ['mentored', 'unmentored'].map((g) => view.headline.groups.find((r) => r.group === g));
	return `${formatPercent(m?.survival)} vs ${formatPercent(u?.survival)}`;
}

const exitCount = (view: RetentionView) => formatCount(view.exits.reduce((s, r) => s + r.count, 0));

async function expectFigures(page: Page, expected: RetentionView): Promise<void> {
	await ready(page);
	await expect(value(page, 'kpi-retention-landmark')).toHaveText(headline(expected));
	await expect(value(page, 'kpi-exits')).toHaveText(exitCount(expected));
	const attrition = expected.attrition.incidence;
	await expect(value(page, 'kpi-attrition-horizon')).toHaveText(attrition === null ? 'Not yet estimable' : formatPercent(attrition));
	// The log-rank result printed on the chart is the one computed in Node.
	await expect(page.getByTestId('chart-retention-mentoring').locator('svg text', { hasText: 'Log-rank' })).toHaveText(logRankText(expected.mentoring.logRank));
}

test('Retention figures equal the metric SQL in Node, unfiltered, filtered by URL and by chart clicks', async ({ page }) => {
	test.setTimeout(240_000);
	const [all, surgery, cohort2023, cohort2023Mentored] = await viewInNode([
		makeFilter(),
		makeFilter({ programs: ['GME-SURG'] }),
		makeFilter({ cohortFrom: 2023, cohortTo: 2023 }),
		makeFilter({ cohortFrom: 2023, cohortTo: 2023, mentored: 'mentored' })
	]);
	// The demo must exercise the view: both groups, several cohorts, attrition and graduation.
	expect(all.mentoring.groups.map((g) => g.group)).toEqual(['mentored', 'unmentored']);
	expect(all.cohorts.groups.length).toBeGreaterThan(3);
	expect(all.exits.filter((r) => r.attrition).length).toBeGreaterThan(5);
	expect(headline(surgery)).not.toBe(headline(all));

	await signIn(page, undefined, undefined, '/retention?program=GME-SURG');
	await expect(page.getByRole('heading', { name: 'Retention', exact: true })).toBeVisible();
	await expectFigures(page, surgery);

	await page.getByRole('button', { name: /Remove filter/ }).first().click();
	await expect(page).toHaveURL(/\/retention$/);
	await expectFigures(page, all);
	for (const id of ['retention-mentoring', 'retention-cohort', 'exit-incidence', 'exits-by-level']) {
		await expect(page.getByTestId(`chart-${id}`).locator('svg').first()).toBeVisible();
	}
	const axe = await new AxeBuilder({ page }).analyze();
	const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	await screenshot(page, 'retention');

	// A cohort's legend button filters the cohort range to that year.
	await page.getByTestId('chart-retention-cohort').getByRole('button', { name: 'Filter to cohort 2023' }).first().click();
	await expect(page).toHaveURL(/cohort_from=2023&cohort_to=2023/);
	await expectFigures(page, cohort2023);

	// The mentored curve, by keyboard, adds mentored=mentored on top.
	const curve = page.getByTestId('chart-retention-mentoring').locator('svg [role="button"]').first();
	await curve.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/mentored=mentored/);
	await expectFigures(page, cohort2023Mentored);
});
