/**
 * Known answer: URiM share of trainees by cohort and of mentors by calendar year (fixture.ts).
 *
 * Years: the cohort years of the population, 2022 (T7), 2023 (T1, T2, T6), 2024 (T3, T4, T5, T8).
 * Trainees, all statuses (the entering class):
 *   2022: T7 no → 0/1; Wilson(0, 1) = 0 – 0.793450686
 *   2023: T1 yes, T2 no, T6 no → 1/3; Wilson: centre 0.973576470, half 0.833344934,
 *         scale 2.280486274 → 0.061491945 – 0.792340399
 *   2024: T3 yes, T8 no, T4 and T5 unknown → 1/2, unknown 2; Wilson 0.094531206 – 0.905468794
 * Mentors with a pairing in force some time in the year (matched ≤ 31 Dec, not ended by 1 Jan):
 *   2022: PA6 (M1, from 2022-09-01) → M1 yes → 1/1; Wilson(1, 1) = 0.206549314 – 1
 *   2023: PA6 M1, PA1 M1, PA2 M2 → {M1, M2} → 1/2
 *   2024: PA1 M1, PA6 M1 (ended 2024-01-15, after 1 Jan), PA2 and PA3 M2, PA4 M4, PA5 M3
 *         → {M1, M2, M3, M4}: yes M1, no M2 M3, unknown M4 → 1/3, unknown 1
 *         (M3 counts though idle on as_of: this is who mentored that year)
 * With the date range from 2024-02-01: T7 (left 2024-01-15) leaves the population, so 2022
 *   goes; 2023's window [2024-02-01, 2023-12-31] is empty → mentors 0 known, share NULL;
 *   2024's window [2024-02-01, 2024-12-31] still holds M1 (PA1), M2, M3 (PA5 ended
 *   2024-07-01), M4 → 1/3. Trainee cohorts are not windowed: 2023 stays 1/3.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urimShareByYear, type UrimYearRow } from '../../../../src/lib/metrics/diversity/urimByYear';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { diversityFixture } from './fixture';

const pick = (rows: UrimYearRow[], year: number, population: string) => rows.find((r) => r.year === year && r.population === population);

describe.each(ENGINES)('URiM share by year on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, diversityFixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('gives trainees by cohort and mentors active each year, with Wilson intervals', async () => {
		const rows = await urimShareByYear(db);
		expect(rows.map((r) => `${r.year}:${r.population}:${r.urim}/${r.known}+${r.unknown}`)).toEqual([
			'2022:trainees:0/1+0',
			'2022:mentors:1/1+0',
			'2023:trainees:1/3+0',
			'2023:mentors:1/2+0',
			'2024:trainees:1/2+2',
			'2024:mentors:1/3+1'
		]);
		const t2022 = pick(rows, 2022, 'trainees');
		expect(t2022?.share).toBe(0);
		expect(t2022?.lower).toBeCloseTo(0, 6);
		expect(t2022?.upper).toBeCloseTo(0.793450686, 6);
		const t2023 = pick(rows, 2023, 'trainees');
		expect(t2023?.share).toBeCloseTo(1 / 3, 6);
		expect(t2023?.lower).toBeCloseTo(0.061491945, 6);
		expect(t2023?.upper).toBeCloseTo(0.792340399, 6);
		const m2022 = pick(rows, 2022, 'mentors');
		expect(m2022?.lower).toBeCloseTo(0.206549314, 6);
		expect(m2022?.upper).toBeCloseTo(1, 6);
		expect(pick(rows, 2024, 'trainees')?.upper).toBeCloseTo(0.905468794, 6);
		expect(pick(rows, 2024, 'mentors')?.share).toBeCloseTo(1 / 3, 6);
	});

	it('clips mentoring years to the date range', async () => {
		const rows = await urimShareByYear(db, makeFilter({ dateFrom: '2024-02-01' }));
		expect(rows.map((r) => `${r.year}:${r.population}:${r.urim}/${r.known}+${r.unknown}`)).toEqual([
			'2023:trainees:1/3+0',
			'2023:mentors:0/0+0',
			'2024:trainees:1/2+2',
			'2024:mentors:1/3+1'
		]);
		expect(pick(rows, 2023, 'mentors')).toMatchObject({ share: null, lower: null, upper: null });
	});
});
