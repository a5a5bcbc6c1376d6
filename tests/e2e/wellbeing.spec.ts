/**
 * Well-being view on the demo data: the numbers the browser computes in duckdb-wasm equal
 * the same metric SQL run in Node (@duckdb/node-api) on the same dataset version, with no
 * filter, with a filter from the URL, with another instrument from the URL, and after a
 * click on a wave (which sets the shared date range). No serious or critical axe violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatPercent } from '../../src/lib/format/numbers';
import { makeFilter, type PopulationFilter } from '../../src/lib/metrics/population-filter';
import { loadWellbeingView, type WellbeingChoice, type WellbeingView } from '../../src/lib/views/wellbeing';
import { openServedDataset, screenshot, signIn } from './support';

/** The same dataset version the server serves, opened in Node straight from its Parquet files. */
async function wellbeingInNode(filter: PopulationFilter, choice: WellbeingChoice = { instrument: null, wave: null }): Promise<WellbeingView> {
	const db = await openServedDataset();
	try {
		return await loadWellbeingView(db, filter, choice);
	} finally {
		db.close();
	}
}

async function ready(page: Page): Promise<void> {
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible();
	await expect(page.getByTestId('chart-wellbeing-prevalence').locator('svg').first()).toBeVisible();
}

const value = (page: Page, id: string) => page.getByTestId(`${id}-value`);

async function expectTiles(page: Page, expected: WellbeingView): Promise<void> {
	await expect(value(page, 'kpi-wellbeing-prevalence')).toHaveText(formatPercent(expected.wave?.prevalence));
	await expect(value(page, 'kpi-wellbeing-response')).toHaveText(formatPercent(expected.wave?.responseRate));
	const diff = expected.paired.mentoredMinusUnmentored;
	await expect(value(page, 'kpi-wellbeing-paired')).toHaveText(diff ? `${diff.difference > 0 ? '+' : ''}${diff.difference.toFixed(2)} points` : 'Too few pairs');
}

test('Well-being numbers equal the metric SQL in Node, unfiltered and filtered through the URL', async ({ page }) => {
	const all = await wellbeingInNode(makeFilter());
	// Sanity of the demo: several instruments, three waves, people answering two of them.
	expect(all.instruments.length).toBeGreaterThan(1);
	expect(all.instrument?.id).toBe('mini_z_burnout');
	expect(all.waves.filter((w) => w.hasResponses).length).toBeGreaterThanOrEqual(2);
	expect(all.paired.groups.find((g) => g.group === 'all')?.n).toBeGreaterThan(30);

	await signIn(page, undefined, undefined, '/wellbeing');
	await expect(page.getByRole('heading', { name: 'Well-being', level: 1 })).toBeVisible();
	await ready(page);
	await expectTiles(page, all);
	await expect(page.getByTestId('chart-wellbeing-scores').locator('svg').first()).toBeVisible();
	await expect(page.getByTestId('chart-wellbeing-paired').locator('svg').first()).toBeVisible();
	await expect(page.getByTestId('chart-wellbeing-program').locator('rect.wb-target')).toHaveCount(all.breakdown.filter((g) => g.dimension === 'program').length);

	const axe = await new AxeBuilder({ page }).analyze();
	const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	await screenshot(page, 'wellbeing');

	// A filter in the URL changes the numbers as the SQL under that filter does.
	const surgery = await wellbeingInNode(makeFilter({ programs: ['GME-SURG'] }));
	expect(surgery.wave?.eligible).not.toBe(all.wave?.eligible);
	await page.goto('/wellbeing?program=GME-SURG');
	await ready(page);
	await expectTiles(page, surgery);

	// The instrument is in the URL too, and survives the round trip.
	const phq2 = await wellbeingInNode(makeFilter({ programs: ['GME-SURG'] }), { instrument: 'phq2', wave: null });
	await page.getByRole('combobox', { name: 'Instrument', exact: true }).selectOption('phq2');
	await expect(page).toHaveURL(/instrument=phq2/);
	await expect(page).toHaveURL(/program=GME-SURG/);
	await ready(page);
	await expectTiles(page, phq2);
	await page.reload();
	await ready(page);
	await expect(page.getByRole('combobox', { name: 'Instrument', exact: true })).toHaveValue('phq2');
	await expectTiles(page, phq2);
});

test('clicking a wave filters every view to its dates', async ({ page }) => {
	const all = await wellbeingInNode(makeFilter());
	const first = all.waves.find((w) => w.hasResponses);
	if (!first) throw new Error('demo has no answered wave');
	const range = await wellbeingInNode(makeFilter({ dateFrom: first.opensOn, dateTo: first.closesOn }));
	expect(range.waves.map((w) => w.waveId)).toEqual([first.waveId]);

	await signIn(page, undefined, undefined, '/wellbeing');
	await ready(page);
	const target = page.getByTestId('chart-wellbeing-prevalence').locator(`rect.wb-target[data-key="${first.waveId}"]`);
	await target.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`from=${first.opensOn}.*to=${first.closesOn}`));
	await ready(page);
	await expectTiles(page, range);
	await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible();
	// Back returns to the unfiltered view.
	await page.goBack();
	await ready(page);
	await expectTiles(page, all);
});
