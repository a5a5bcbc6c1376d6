/**
 * The worklist's people pages on the demo data, as a coordinator of one program: a flagged
 * trainee's profile and timeline, suggested mentors for an unmatched trainee (the top score
 * equals the match SQL run in Node on the same rows the coordinator receives), the mentors
 * view, and a clear "not found" for someone outside the program.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { NodeConnector } from '../../src/lib/engine/node';
import { mentorCapacity } from '../../src/lib/metrics/mentors/capacity';
import { suggestedMatches } from '../../src/lib/metrics/matching/suggested-matches';
import { personTimeline } from '../../src/lib/metrics/profile/timeline';
import { unmatchedTrainees } from '../../src/lib/metrics/worklist/unmatched';
import { concordanceWhy, formatPoints } from '../../src/lib/views/suggestion-breakdown';
import { createAccounts, PROGRAM_A, type Account } from './role-users';
import { openCoordinatorDataset, openServedDataset, screenshot, signIn } from './support';

test.describe.configure({ mode: 'serial' });

async function seriousViolations(page: Page): Promise<string[]> {
	const axe = await new AxeBuilder({ page }).analyze();
	return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

let coordinator: Account;
let db: NodeConnector;

test.beforeAll(async ({ browser }) => {
	test.setTimeout(180_000);
	[coordinator] = await createAccounts(browser, [
		{ email: 'people.coordinator@example.org', displayName: 'People Coordinator', role: 'coordinator', programIds: [PROGRAM_A] }
	]);
	db = await openCoordinatorDataset(PROGRAM_A);
});

test.afterAll(() => db?.close());

async function openList(page: Page, query = ''): Promise<void> {
	await signIn(page, coordinator.email, coordinator.password, `/worklist${query}`);
	await expect(page.locator('tbody tr[data-person]').first()).toBeVisible({ timeout: 90_000 });
}

test('a flagged trainee’s profile shows their timeline and leads back to the filtered list', async ({ page }) => {
	test.setTimeout(180_000);
	await openList(page, '?reason=distress');
	const row = page.locator('tbody tr[data-reason="distress"]').first();
	const personId = (await row.getAttribute('data-person'))!;
	// A follow-up stored on the server, as the list's bulk bar would post it.
	const saved = await page.request.post('/api/worklist/actions', {
		data: { action: 'contacted', note: 'e2e: called about the survey', items: [{ personId, reason: 'distress' }] },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(saved.status()).toBe(201);
	const evidence = (await row.locator('.evidence').innerText()).trim();
	await row.locator('td.person strong a').click();
	await expect(page).toHaveURL(new RegExp(`/worklist/trainee/${personId}\\?from=reason%3Ddistress`));

	const expected = await personTimeline(db, personId);
	const events = page.locator('ol.timeline > li');
	await expect(events.first()).toBeVisible({ timeout: 60_000 });
	// Every dataset event is on the page, in the SQL's order; worklist actions may add more.
	const shown = page.locator('ol.timeline > li:not([data-kind="worklist_action"]) .summary');
	await expect(shown).toHaveCount(expected.length);
	expect((await shown.allInnerTexts()).map((t) => t.replace(/^(Flag|Attention): /, '').replace(' (after the data date)', ''))).toEqual(expected.map((e) => e.summary));
	// A well-being flag on the worklist is a flagged survey answer on the timeline, worded as a flag.
	expect(expected.some((e) => e.kind === 'survey' && e.tone === 'flag')).toBe(true);
	await expect(page.locator('ol.timeline > li.tone-flag').first()).toContainText(/^.*Flag:.*flagged/s);

	// Meetings can be hidden to read the rest.
	const meetings = expected.filter((e) => e.kind === 'meeting').length;
	await page.getByRole('button', { name: /^Meeting \d+/ }).click();
	await expect(shown).toHaveCount(expected.length - meetings);
	await page.getByRole('button', { name: /^Meeting \d+/ }).click();

	// The worklist action is on the timeline, with who did it and their note.
	await expect(page.locator('ol.timeline > li[data-kind="worklist_action"]')).toHaveText(
		/Marked contacted \(Well-being flag\) by People Coordinator: “e2e: called about the survey”/
	);

	// Why they are on the list today: the list's flag with the same evidence, now followed up.
	const reasons = page.locator('section[aria-labelledby="reasons-heading"]');
	await expect(reasons.locator('li[data-reason="distress"] .evidence')).toHaveText(evidence);
	await expect(reasons.locator('li[data-reason="distress"]')).toContainText('Follow-up: contacted');
	await expect(reasons.getByRole('link', { name: 'Everyone with this reason' }).first()).toHaveAttribute('href', /\/worklist\?reason=/);

	expect(await seriousViolations(page)).toEqual([]);
	await screenshot(page, 'worklist-profile');

	// The list filtered to this person shows only their items, the distress one among them.
	await reasons.getByRole('link', { name: 'Show only this person on the worklist' }).click();
	await expect(page).toHaveURL(new RegExp(`/worklist\\?person=${personId}$`));
	const theirs = page.locator('tbody tr[data-person]');
	await expect(theirs.first()).toBeVisible({ timeout: 60_000 });
	await expect(page.locator(`tbody tr[data-person]:not([data-person="${personId}"])`)).toHaveCount(0);
	await expect(page.locator(`tbody tr[data-person="${personId}"][data-reason="distress"]`)).toHaveCount(1);
	await page.goBack();

	await page.getByRole('link', { name: '← Back to the worklist' }).click();
	await expect(page).toHaveURL(/\/worklist\?reason=distress$/);
	await expect(page.getByRole('button', { name: /^Well-being flag/ })).toHaveAttribute('aria-pressed', 'true');
});

test('suggested mentors for an unmatched trainee score as the match SQL does on the coordinator’s rows', async ({ page }) => {
	test.setTimeout(180_000);
	await openList(page, '?reason=unmatched');
	const row = page.locator('tbody tr[data-reason="unmatched"]').first();
	const personId = (await row.getAttribute('data-person'))!;
	await row.getByRole('link', { name: 'Suggest mentors' }).click();
	await expect(page).toHaveURL(new RegExp(`/worklist/trainee/${personId}\\?from=reason%3Dunmatched#suggested-mentors`));

	const section = page.locator('#suggested-mentors');
	await expect(section.getByRole('heading', { name: 'Suggested mentors' })).toBeVisible({ timeout: 60_000 });
	const suggestions = section.locator('table.suggestions tbody tr[data-mentor]');
	const expected = await suggestedMatches(db, personId);
	expect(expected.length).toBeGreaterThan(0);
	await expect(suggestions).toHaveCount(expected.length);
	await expect(suggestions.first()).toHaveAttribute('data-mentor', expected[0].mentor_id);
	await expect(suggestions.first().getByTestId('suggestion-score')).toHaveText(formatPoints(expected[0].score));
	// The breakdown's points add up to the score shown.
	const points = await suggestions.first().locator('td.component .points').allInnerTexts();
	expect(points).toHaveLength(5);
	expect(points.map(Number).reduce((a, b) => a + b, 0)).toBeCloseTo(expected[0].score, 0);

	// A deliberate cross-discipline search re-ranks with the profession component reversed.
	const crossExpected = await suggestedMatches(db, personId, { crossDiscipline: true });
	await section.getByLabel(/Seek a cross-discipline mentor/).check();
	if (crossExpected.length) {
		await expect(suggestions.first()).toHaveAttribute('data-mentor', crossExpected[0].mentor_id);
		await expect(suggestions.first().getByTestId('suggestion-score')).toHaveText(formatPoints(crossExpected[0].score));
	}
	await section.getByLabel(/Seek a cross-discipline mentor/).uncheck();
	await expect(suggestions.first().getByTestId('suggestion-score')).toHaveText(formatPoints(expected[0].score));

	expect(await seriousViolations(page)).toEqual([]);
	await screenshot(page, 'worklist-suggestions');
});

test('a trainee’s concordance request is scored and worded as the match SQL does; without one, “no preference recorded”', async ({ page }) => {
	test.setTimeout(180_000);
	// The demo's unmatched trainees in the coordinator's program, split by whether they asked.
	const unmatched = new Set((await unmatchedTrainees(db)).map((f) => f.person_id));
	const people = await db.query<{ person_id: string; concordance_request: string | null }>(`SELECT person_id, concordance_request FROM people ORDER BY person_id`);
	const asked = people.filter((p) => unmatched.has(p.person_id));
	// Who asked, whose best suggestion meets some of the request (preferably a request of
	// several dimensions, so the wording lists met and unmet), and the first who did not ask.
	let withRequest: (typeof asked)[number] | undefined;
	let severalAsked: (typeof asked)[number] | undefined;
	let without: (typeof asked)[number] | undefined;
	for (const p of asked) {
		const top = (await suggestedMatches(db, p.person_id, { limit: 1 }))[0];
		if (!top) continue;
		if (p.concordance_request !== null && top.concordance_points > 0) {
			withRequest ??= p;
			if (p.concordance_request.includes(';')) severalAsked ??= p;
		}
		if (p.concordance_request === null) without ??= p;
	}
	withRequest = severalAsked ?? withRequest;
	expect(withRequest, 'an unmatched trainee with a concordance request in the demo').toBeTruthy();
	expect(without).toBeTruthy();

	await signIn(page, coordinator.email, coordinator.password, `/worklist/trainee/${withRequest!.person_id}?from=reason%3Dunmatched#suggested-mentors`);
	const section = page.locator('#suggested-mentors');
	const rows = section.locator('table.suggestions tbody tr[data-mentor]');
	const expected = await suggestedMatches(db, withRequest!.person_id);
	expect(expected.length).toBeGreaterThan(0);
	await expect(rows).toHaveCount(expected.length, { timeout: 60_000 });
	for (const [i, s] of expected.slice(0, 3).entries()) {
		const cell = rows.nth(i).locator('td[data-component="concordance"]');
		await expect(cell.locator('.points')).toHaveText(formatPoints(s.concordance_points));
		await expect(cell.locator('.sub')).toHaveText(concordanceWhy(s.concordance_requested, s.concordance_met));
	}
	expect(await seriousViolations(page)).toEqual([]);
	await screenshot(page, 'worklist-suggestions-concordance');

	await page.goto(`/worklist/trainee/${without!.person_id}?from=reason%3Dunmatched#suggested-mentors`);
	const first = rows.first().locator('td[data-component="concordance"]');
	await expect(first.locator('.sub')).toHaveText('no preference recorded', { timeout: 60_000 });
	await expect(first.locator('.points')).toHaveText('0');
});

test('the mentors view counts who can take a new mentee, sorts from the keyboard and filters by profession', async ({ page }) => {
	test.setTimeout(180_000);
	const expected = await mentorCapacity(db);
	const withRoom = expected.filter((r) => r.free_places !== null && r.free_places > 0);
	expect(expected.length).toBeGreaterThan(0);

	await signIn(page, coordinator.email, coordinator.password, '/worklist');
	await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Mentors' }).click();
	await expect(page).toHaveURL(/\/mentors$/);
	const rows = page.locator('tbody tr[data-mentor]');
	await expect(rows.first()).toBeVisible({ timeout: 90_000 });
	await expect(rows).toHaveCount(expected.length);
	const places = withRoom.reduce((sum, r) => sum + r.free_places!, 0);
	await expect(page.getByTestId('mentor-summary')).toContainText(`${withRoom.length} of ${expected.length} mentors can take a new mentee (${places} places in all)`);
	// Default order: most free places first.
	const most = Math.max(...expected.map((r) => r.free_places ?? -Infinity));
	await expect(rows.first().locator('td.free')).toHaveText(most > 0 ? `${most} more` : 'none');

	// Sort by name from the keyboard: focus the header's button, press Enter.
	const nameHeader = page.getByRole('columnheader', { name: /^Mentor/ });
	await nameHeader.getByRole('button').focus();
	await page.keyboard.press('Enter');
	await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
	await expect(page).toHaveURL(/sort=name&dir=asc/);
	const names = expected.map((r) => r.display_name ?? r.person_id).sort((a, b) => a.localeCompare(b));
	await expect(rows.first().locator('td.who strong')).toHaveText(names[0]);

	const profession = expected[0].profession;
	await page.getByLabel('Profession').selectOption(profession);
	await expect(rows).toHaveCount(expected.filter((r) => r.profession === profession).length);
	await page.getByLabel('Only mentors who can take a new mentee').check();
	await expect(rows).toHaveCount(withRoom.filter((r) => r.profession === profession).length);
	await page.getByLabel('Only mentors who can take a new mentee').uncheck();
	await page.getByLabel('Profession').selectOption('');
	// Back to who can take the most: a new column starts in its natural direction.
	await page.getByRole('columnheader', { name: /^Can take/ }).getByRole('button').click();
	await expect(page.getByRole('columnheader', { name: /^Can take/ })).toHaveAttribute('aria-sort', 'descending');
	await expect(rows.first().locator('td.free')).toHaveText(most > 0 ? `${most} more` : 'none');

	expect(await seriousViolations(page)).toEqual([]);
	await screenshot(page, 'mentors');

	// A mentor's name opens their profile, which leads back to the mentors view.
	const first = rows.first();
	const mentorId = (await first.getAttribute('data-mentor'))!;
	await first.locator('td.who a').click();
	await expect(page).toHaveURL(new RegExp(`/worklist/trainee/${mentorId}\\?list=mentors`));
	await expect(page.locator('section[aria-labelledby="reasons-heading"]')).toBeVisible({ timeout: 60_000 });
	const load = expected.find((r) => r.person_id === mentorId)!;
	await expect(page.getByTestId('mentor-load')).toContainText(`${load.active_mentees} / ${load.capacity ?? '?'}`);
	// The menu shows where the profile was opened from.
	await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Mentors' })).toHaveAttribute('aria-current', 'page');
	await screenshot(page, 'mentor-profile');
	await page.getByRole('link', { name: '← Back to mentors' }).click();
	await expect(page).toHaveURL(/\/mentors\?sort=free&dir=desc$/);
});

test('a coordinator asking for someone outside their programs is told the person is not found', async ({ page }) => {
	const full = await openServedDataset();
	try {
		const [outsider] = await full.query<{ person_id: string }>('SELECT person_id FROM people WHERE program_id <> ? ORDER BY person_id LIMIT 1', [PROGRAM_A]);
		await signIn(page, coordinator.email, coordinator.password, '/worklist');
		const response = await page.goto(`/worklist/trainee/${outsider.person_id}`);
		expect(response?.status()).toBe(404);
		await expect(page.getByText(`No person ${outsider.person_id} in your programs`)).toBeVisible();
	} finally {
		full.close();
	}
});
