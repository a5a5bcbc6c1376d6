/**
 * Sign in as each role and look at what each sees (screenshots role-<role>-desktop/phone).
 * A coordinator's Overview shows only their program: its numbers equal the Overview metric
 * SQL run in Node on the served version's Parquet files, filtered to that program by the
 * rules the data endpoint documents (server/delivery/scope.ts), written out independently here.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatCount, formatPercent } from '../../src/lib/format/numbers';
import { loadOverview, type OverviewData } from '../../src/lib/views/overview';
import { loadInterprofessionalView } from '../../src/lib/views/interprofessional';
import { makeFilter } from '../../src/lib/metrics/population-filter';
import { TABLE_NAMES } from '../../src/lib/schema/tables';
import { DERIVED_TABLES, materializeDerivedTableSql } from '../../src/lib/metrics/interprofessional/contact-facts';
import { createAccounts, PROGRAM_A, type Account } from './role-users';
import { openServedDataset, screenshot, signIn } from './support';

test.describe.configure({ mode: 'serial' });

let dean: Account;
let coordinator: Account;
let reviewer: Account;

test.beforeAll(async ({ browser }) => {
	test.setTimeout(240_000);
	[dean, coordinator, reviewer] = await createAccounts(browser, [
		{ email: 'roles-dean@school.edu', displayName: 'Dana Dean', role: 'dean' },
		{ email: 'roles-coordinator@school.edu', displayName: 'Cory Coordinator', role: 'coordinator', programIds: [PROGRAM_A] },
		{ email: 'roles-reviewer@school.edu', displayName: 'Robin Reviewer', role: 'reviewer' }
	]);
});

/** Program A's slice of the served version, per the delivery's rules (people by home program; pairings by program; the rest follows its person or pairing). */
const PROGRAM_SLICE: Record<string, string> = {
	dataset_info: 'SELECT * FROM raw_dataset_info',
	survey_waves: 'SELECT * FROM raw_survey_waves',
	programs: 'SELECT * FROM raw_programs WHERE program_id = $program',
	people: 'SELECT * FROM raw_people WHERE program_id = $program',
	pairings: 'SELECT * FROM raw_pairings WHERE program_id = $program',
	meetings: 'SELECT * FROM raw_meetings WHERE pairing_id IN (SELECT pairing_id FROM raw_pairings WHERE program_id = $program)',
	demographics: 'SELECT * FROM raw_demographics WHERE person_id IN (SELECT person_id FROM raw_people WHERE program_id = $program)',
	person_race: 'SELECT * FROM raw_person_race WHERE person_id IN (SELECT person_id FROM raw_people WHERE program_id = $program)',
	survey_responses: 'SELECT * FROM raw_survey_responses WHERE person_id IN (SELECT person_id FROM raw_people WHERE program_id = $program)',
	survey_items: `SELECT * FROM raw_survey_items WHERE response_id IN (SELECT response_id FROM raw_survey_responses
		WHERE person_id IN (SELECT person_id FROM raw_people WHERE program_id = $program))`,
	ipe_attendance: 'SELECT * FROM raw_ipe_attendance WHERE person_id IN (SELECT person_id FROM raw_people WHERE program_id = $program)',
	ipe_activities: `SELECT * FROM raw_ipe_activities WHERE program_id = $program OR activity_id IN (SELECT activity_id FROM raw_ipe_attendance
		WHERE person_id IN (SELECT person_id FROM raw_people WHERE program_id = $program))`
};

async function programOverviewInNode(program: string): Promise<OverviewData> {
	const db = await openServedDataset('raw_');
	try {
		// The contact facts come from the whole version, as the server derives them: a program's
		// reach counts mentors and co-attendees from other programs (contact-facts.ts).
		for (const table of TABLE_NAMES) await db.exec(`CREATE TABLE "${table}" AS SELECT * FROM "raw_${table}"`);
		for (const spec of DERIVED_TABLES) await db.exec(materializeDerivedTableSql(spec));
		// The program id is a fixed demo code (no quote); a literal keeps the CTAS simple.
		for (const table of TABLE_NAMES) {
			await db.exec(`DROP TABLE "${table}"`);
			await db.exec(`CREATE TABLE "${table}" AS ${PROGRAM_SLICE[table].replaceAll('$program', `'${program}'`)}`);
		}
		return await loadOverview(db);
	} finally {
		db.close();
	}
}

async function signInFresh(page: Page, account: Account): Promise<void> {
	await page.context().clearCookies();
	await signIn(page, account.email, account.password);
}

test('a coordinator’s Overview shows only their program’s numbers', async ({ page }) => {
	const expected = await programOverviewInNode(PROGRAM_A);
	await signInFresh(page, coordinator);
	await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
	const value = (id: string) => page.getByTestId(`${id}-value`);
	await expect(value('kpi-active')).toHaveText(formatCount(expected.active.total), { timeout: 90_000 });
	await expect(value('kpi-coverage')).toHaveText(formatPercent(expected.coverage.rate));
	await expect(value('kpi-burnout')).toHaveText(formatPercent(expected.latestBurnout?.prevalence));
	await expect(value('kpi-urim')).toHaveText(`${formatPercent(expected.urim.trainees.share)} vs ${formatPercent(expected.urim.mentors.share)}`);
	await expect(value('kpi-reach')).toHaveText(formatPercent(expected.reach.rate));
	// Only program A has anyone active; the other programs are not in the payload at all.
	expect(expected.active.byProgram.filter((p) => p.trainees > 0).map((p) => p.programId)).toEqual([PROGRAM_A]);
	expect(expected.active.total).toBeGreaterThan(20);
	await expect(page.getByTestId('chart-match-rate').locator('svg').first()).toBeVisible();
	await screenshot(page, 'role-coordinator');
});

test('a coordinator’s interprofessional reach equals the full data restricted to their program; exports are audited first', async ({ page }) => {
	test.setTimeout(180_000);
	// The full version (contact facts over every program) restricted to program A by the filter.
	const db = await openServedDataset();
	const expected = await loadInterprofessionalView(db, makeFilter({ programs: [PROGRAM_A] })).finally(() => db.close());
	// Program A's residents are mentored by and train alongside other professions: well above
	// the 0.7% a scoped payload without other programs' professions used to show.
	expect(expected.programs.overall.share).toBeGreaterThan(0.05);

	await signInFresh(page, coordinator);
	await page.goto('/interprofessional');
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible({ timeout: 90_000 });
	await expect(page.getByTestId('kpi-ipe-reach-value')).toHaveText(formatPercent(expected.programs.overall.share));
	// The filter's program choices come from the scoped copy: the coordinator's program alone.
	await page.locator('details.multi summary', { hasText: 'Program' }).click();
	const programChoices = page.getByRole('group', { name: 'Program' }).getByRole('checkbox');
	await expect(programChoices).toHaveCount(1);
	await expect(programChoices).toHaveAccessibleName(expected.programs.programs[0].programName!);
	await page.keyboard.press('Escape');
	const card = page.getByTestId('chart-ipe-program-reach');
	await expect(card.locator('svg').first()).toBeVisible();

	// The audit entry is written before the file: with the server refusing it, nothing downloads.
	let downloads = 0;
	page.on('download', () => downloads++);
	await page.route('**/api/exports', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"message":"audit log unavailable"}' }));
	await card.getByRole('button', { name: 'CSV' }).click();
	await expect(card.getByRole('alert')).toHaveText(/could not be recorded: audit log unavailable, so nothing was downloaded/);
	await screenshot(page, 'role-coordinator-export-refused');
	expect(downloads).toBe(0);
	await page.unroute('**/api/exports');
	const download = page.waitForEvent('download');
	await card.getByRole('button', { name: 'CSV' }).click();
	expect((await download).suggestedFilename()).toBe('ipe-program-reach.csv');
	await expect(card.getByRole('alert')).toHaveCount(0);

	// Their program's aggregate tables, as a reviewer receives them; no "all programs".
	await page.getByRole('link', { name: 'Aggregates' }).click();
	await expect(page.getByRole('heading', { name: 'Aggregate tables' })).toBeVisible();
	await expect(page.getByLabel('Programs').locator('option')).toHaveCount(1);
	await expect(page.getByTestId('aggregate-headcount').locator('tbody tr')).toHaveCount(1);
	await screenshot(page, 'role-coordinator-aggregates');
});

test('a dean sees every program, de-identified', async ({ page }) => {
	await signInFresh(page, dean);
	await expect(page.getByTestId('kpi-active-value')).toHaveText(/\d/, { timeout: 90_000 });
	await expect(page.getByTestId('chart-match-rate').locator('svg').first()).toBeVisible();
	await screenshot(page, 'role-dean');
});

test('a reviewer sees suppressed aggregate tables, and no rows', async ({ page }) => {
	await signInFresh(page, reviewer);
	expect((await page.request.get('/api/dataset')).status()).toBe(403);
	await page.goto('/reviewer');
	await expect(page.getByRole('heading', { name: 'Aggregate tables' })).toBeVisible();
	await expect(page.getByTestId('aggregate-headcount')).toBeVisible();
	await expect(page.getByText('suppressed', { exact: true }).first()).toBeVisible();
	await screenshot(page, 'role-reviewer');
	await page.getByLabel('Programs').selectOption(PROGRAM_A);
	await expect(page).toHaveURL(new RegExp(`program=${PROGRAM_A}`));
	await expect(page.getByTestId('aggregate-headcount').locator('tbody tr')).toHaveCount(1);
	await screenshot(page, 'role-reviewer-program');
});

test('an admin sees everything, including the reviewer’s tables', async ({ page }) => {
	await page.context().clearCookies();
	await signIn(page);
	await page.goto('/reviewer');
	await expect(page.getByTestId('aggregate-coverage')).toBeVisible();
	// The coordinator's export above is in the audit log, with its view, chart and scope.
	await page.goto('/admin/audit?action=export');
	const entry = page.locator('tbody tr').filter({ hasText: coordinator.email }).first();
	await expect(entry).toContainText('ipe-program-reach');
	await expect(entry).toContainText('/interprofessional');
	await expect(entry).toContainText('csv');
	await page.goto('/');
	await expect(page.getByTestId('kpi-active-value')).toHaveText(/\d/, { timeout: 90_000 });
	await screenshot(page, 'role-admin');
});
