/**
 * Diversity view on the demo data: the numbers the browser computes in duckdb-wasm equal the
 * same metric SQL run in Node on the same dataset version, with and without a filter in the
 * URL; a click on a group bar filters the view; no serious or critical axe violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatCount, formatPercent } from '../../src/lib/format/numbers';
import { makeFilter, type PopulationFilter } from '../../src/lib/metrics/population-filter';
import { diversityHeadline, loadDiversityView, type DiversityView } from '../../src/lib/views/diversity';
import { openServedDataset, screenshot, signIn } from './support';

/** The dataset version the server serves, opened in Node from its Parquet files. */
async function diversityInNode(filters: PopulationFilter[]): Promise<DiversityView[]> {
	const db = await openServedDataset();
	try {
		const views: DiversityView[] = [];
		for (const filter of filters) views.push(await loadDiversityView(db, filter));
		return views;
	} finally {
		db.close();
	}
}

const urimTile = (view: DiversityView) => {
	const h = diversityHeadline(view);
	return `${formatPercent(h.traineeUrim.share)} vs ${formatPercent(h.mentorUrim.share)}`;
};
const matchTile = (view: DiversityView) => {
	const h = diversityHeadline(view);
	return `${formatPercent(h.matchUrim?.matchRate)} vs ${formatPercent(h.matchNotUrim?.matchRate)}`;
};

async function ready(page: Page): Promise<void> {
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible();
}

test('Diversity numbers equal the metric SQL in Node, with and without a filter, and the view is accessible', async ({ page }) => {
	// Two full page loads of the dataset into duckdb-wasm on a shared 2-core machine.
	test.setTimeout(240_000);
	const [all, surgery, urim] = await diversityInNode([makeFilter(), makeFilter({ programs: ['GME-SURG'] }), makeFilter({ urim: true })]);
	// The demo must give the comparisons something to compare.
	expect(diversityHeadline(all).trainees).toBeGreaterThan(500);
	expect(urimTile(surgery)).not.toBe(urimTile(all));

	await signIn(page, undefined, undefined, '/diversity');
	await expect(page.getByRole('heading', { name: 'Diversity', level: 1 })).toBeVisible();
	await ready(page);
	const value = (id: string) => page.getByTestId(`${id}-value`);
	await expect(value('kpi-diversity-urim')).toHaveText(urimTile(all));
	await expect(value('kpi-diversity-match-gap')).toHaveText(matchTile(all));

	const multiple = all.composition.find((r) => r.population === 'trainees' && r.dimension === 'race' && r.category === 'multiple');
	await expect(page.getByTestId('multi-select-note')).toContainText(`${formatCount(multiple?.count)} of ${formatCount(multiple?.total)} trainees`);
	for (const id of ['chart-composition-race', 'chart-urim-trend', 'chart-match-rate-by-group', 'chart-pair-duration']) {
		await expect(page.getByTestId(id).locator('svg').first()).toBeVisible();
	}

	const axe = await new AxeBuilder({ page }).analyze();
	const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	await screenshot(page, 'diversity');

	// A filter in the URL: the page recomputes under it, equal to the SQL under the same filter.
	await page.goto('/diversity?program=GME-SURG');
	await ready(page);
	await expect(value('kpi-diversity-urim')).toHaveText(urimTile(surgery));
	await expect(value('kpi-diversity-match-gap')).toHaveText(matchTile(surgery));

	// Back (client-side, no reload) to the unfiltered view, which must come back unchanged.
	await page.goBack();
	await expect(page).toHaveURL(/\/diversity$/);
	await ready(page);
	await expect(value('kpi-diversity-urim')).toHaveText(urimTile(all));

	// Click-to-filter: the URiM bar of trainees adds urim=yes to the URL and the numbers follow.
	await page.getByTestId('chart-composition-urim').getByRole('button', { name: /^Filter to URiM: URiM, trainees/ }).click();
	await expect(page).toHaveURL(/[?&]urim=yes/);
	await ready(page);
	await expect(value('kpi-diversity-urim')).toHaveText(urimTile(urim));
	await expect(value('kpi-diversity-match-gap')).toHaveText(matchTile(urim));
});
