/**
 * Interprofessional participation on the demo data: the figures the browser computes in
 * duckdb-wasm equal the same metric SQL run in Node on the same dataset version, with no
 * filter, with a filter set through the URL, and after clicking a term on the chart; and
 * axe finds no serious or critical accessibility violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatCount, formatPercent } from '../../src/lib/format/numbers';
import { makeFilter, type PopulationFilter } from '../../src/lib/metrics/population-filter';
import { loadInterprofessionalView, type InterprofessionalView } from '../../src/lib/views/interprofessional';
import { openServedDataset, screenshot, signIn } from './support';

/** The dataset version the server serves, opened in Node from its Parquet files. */
async function viewInNode(filters: PopulationFilter[]): Promise<InterprofessionalView[]> {
	const db = await openServedDataset();
	try {
		const views: InterprofessionalView[] = [];
		for (const filter of filters) views.push(await loadInterprofessionalView(db, filter));
		return views;
	} finally {
		db.close();
	}
}

const value = (page: Page, id: string) => page.getByTestId(`${id}-value`);
const ready = (page: Page) => expect(page.locator('[data-view-state="ready"]')).toBeVisible();

async function expectFigures(page: Page, expected: InterprofessionalView): Promise<void> {
	await ready(page);
	await expect(value(page, 'kpi-ipe-reach')).toHaveText(formatPercent(expected.programs.overall.share));
	const { pairings } = expected;
	await expect(value(page, 'kpi-ipe-cross-pairings')).toHaveText(formatPercent(pairings.pairings ? pairings.crossDiscipline / pairings.pairings : null));
	await expect(value(page, 'kpi-ipe-activities')).toHaveText(formatCount(expected.activities.activities));
}

test('Interprofessional figures equal the metric SQL in Node, unfiltered, filtered by URL and by a chart click', async ({ page }) => {
	test.setTimeout(240_000);
	const fall2025 = { dateFrom: '2025-08-01', dateTo: '2025-12-31' };
	const [all, surgery, fall, fallMdPharmD] = await viewInNode([
		makeFilter(),
		makeFilter({ programs: ['GME-SURG'] }),
		makeFilter(fall2025),
		makeFilter({ ...fall2025, professions: ['MD', 'PharmD'] })
	]);
	// The demo must exercise the view: cross-discipline pairings, mixed activities, several terms.
	expect(all.pairings.crossDiscipline).toBeGreaterThan(30);
	expect(all.activities.interprofessional).toBeGreaterThan(50);
	expect(all.terms.filter((t) => t.profession === null).length).toBeGreaterThan(6);
	expect(surgery.programs.overall.share).not.toBe(all.programs.overall.share);

	// One full page load (each loads the dataset into duckdb-wasm); every later change is
	// client-side, as a user would make it. The load starts from a filter in the URL.
	await signIn(page, undefined, undefined, '/interprofessional?program=GME-SURG');
	await expect(page.getByRole('heading', { name: 'Interprofessional participation' })).toBeVisible();
	await expectFigures(page, surgery);

	// Removing the chip clears the filter: the unfiltered figures.
	await page.getByRole('button', { name: /Remove filter/ }).first().click();
	await expect(page).toHaveURL(/\/interprofessional$/);
	await expectFigures(page, all);
	for (const id of ['pairing-matrix', 'activity-matrix', 'reach-by-term', 'program-reach']) {
		await expect(page.getByTestId(`chart-ipe-${id}`).locator('svg').first()).toBeVisible();
	}
	const axe = await new AxeBuilder({ page }).analyze();
	const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	await screenshot(page, 'interprofessional');

	// Clicking a term (by keyboard, as a button) sets the date range to the term.
	const term = page.getByTestId('chart-ipe-reach-by-term').getByRole('button', { name: 'Filter to Fall 2025' });
	await term.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/from=2025-08-01/);
	await expect(page).toHaveURL(/to=2025-12-31/);
	await expectFigures(page, fall);

	// A matrix cell filters to its two professions, on top of the term.
	await page.getByTestId('chart-ipe-pairing-matrix').getByRole('button', { name: /^PharmD mentors with MD mentees/ }).click();
	await expect(page).toHaveURL(/profession=MD&profession=PharmD/);
	await expectFigures(page, fallMdPharmD);
	expect(fallMdPharmD.programs.overall.trainees).toBeLessThan(fall.programs.overall.trainees);
});
