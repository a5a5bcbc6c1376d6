/**
 * Known answer: pair concordance and duration (fixture.ts).
 *
 * Matched pairings of the population (PA7 has no mentor): with days matched to the end, or
 * to as_of 2025-07-01 while ongoing (censored):
 *   PA1 M1–T1 URiM yes×yes concordant, woman×woman concordant; 669 days, ongoing, active
 *   PA2 M2–T2 no×no concordant, man×man concordant;               669, ongoing, active
 *   PA3 M2–T3 yes×no discordant, woman×man discordant;             303, ongoing, active
 *   PA4 M4–T6 no×unknown not reported, man×unknown not reported;  547, ongoing, active
 *   PA5 M3–T3 yes×no discordant, woman×woman concordant;          182, ended early
 *   PA6 M1–T7 no×yes discordant, woman×woman concordant;          501, ended (mentee left)
 * URiM concordant {PA1, PA2}: 2 pairs, 2 active, none ended → share and median NULL (not reached)
 * URiM discordant {PA3, PA5, PA6}: 3 pairs, 1 active, 2 ended, 1 early → 1/2,
 *   Wilson 0.094531206 – 0.905468794; KM: t=182 n=3 d=1 → S=2/3; t=303 censored;
 *   t=501 n=1 d=1 → S=0 → median 501 days = 501 / 30.436875 = 16.460292 months
 * URiM not reported {PA4}: 1 pair, 1 active, none ended
 * Gender concordant {PA1, PA2, PA5, PA6}: 4 pairs, 2 active, 2 ended, 1 early → 1/2;
 *   KM: t=182 n=4 d=1 → 0.75; t=501 n=3 d=1 → 0.5 → median 501 days (S ≤ 0.5 first there)
 * Gender discordant {PA3}: 1 pair, 1 active, none ended; not reported {PA4}: 1
 * Date range from 2023-01-01 (pairs matched from then on): PA6 (2022-09-01) drops out;
 *   URiM discordant {PA3, PA5}: ended 1, early 1 → 1/1; KM t=182 n=2 d=1 → 0.5
 *   → median 182 days = 5.979590 months
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairConcordance, type ConcordanceRow } from '../../../../src/lib/metrics/diversity/concordance';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { diversityFixture } from './fixture';

const cell = (rows: ConcordanceRow[], dimension: string, concordance: string) => {
	const row = rows.find((r) => r.dimension === dimension && r.concordance === concordance);
	if (!row) throw new Error(`no row ${dimension}/${concordance}`);
	return row;
};

describe.each(ENGINES)('pair concordance on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, diversityFixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('classifies concordant, discordant and unknown pairs', async () => {
		const rows = await pairConcordance(db);
		expect(rows.map((r) => `${r.dimension}:${r.concordance}:${r.pairs}/${r.active}`)).toEqual([
			'urim:concordant:2/2',
			'urim:discordant:3/1',
			'urim:not_reported:1/1',
			'gender:concordant:4/2',
			'gender:discordant:1/1',
			'gender:not_reported:1/1'
		]);
	});

	it('gives the Kaplan–Meier median months matched and the share ended early', async () => {
		const rows = await pairConcordance(db);
		expect(cell(rows, 'urim', 'concordant')).toMatchObject({ ended: 0, endedEarly: 0, endedEarlyShare: null, medianMonths: null });
		const discordant = cell(rows, 'urim', 'discordant');
		expect(discordant).toMatchObject({ ended: 2, endedEarly: 1, endedEarlyShare: 0.5 });
		expect(discordant.lower).toBeCloseTo(0.094531206, 6);
		expect(discordant.upper).toBeCloseTo(0.905468794, 6);
		expect(discordant.medianMonths).toBeCloseTo(16.460292, 5);
		const sameGender = cell(rows, 'gender', 'concordant');
		expect(sameGender).toMatchObject({ ended: 2, endedEarly: 1, endedEarlyShare: 0.5 });
		expect(sameGender.medianMonths).toBeCloseTo(501 / 30.436875, 6);
		expect(cell(rows, 'gender', 'discordant')).toMatchObject({ ended: 0, medianMonths: null });
	});

	it('keeps pairs matched inside the date range', async () => {
		const rows = await pairConcordance(db, makeFilter({ dateFrom: '2023-01-01' }));
		const discordant = cell(rows, 'urim', 'discordant');
		expect(discordant).toMatchObject({ pairs: 2, ended: 1, endedEarly: 1, endedEarlyShare: 1 });
		expect(discordant.medianMonths).toBeCloseTo(5.97959, 5);
	});
});
