/**
 * Known answer: composition of active trainees and of their mentors (fixture.ts).
 *
 * Active trainees: T1, T2, T3, T4, T5, T6, T8 → 7 (T7 withdrew).
 *   race, "in any of": black 1 (T1), white 3 (T1, T6, T8), asian 1 (T2), hispanic 1 (T3),
 *     AIAN / NHPI / other 0; multiple 1 (T1 selected two); not reported 2 (T4 no row,
 *     T5 explicit "not_reported"). Race bars add to 1+3+1+1+2 = 8 people-counts for 7 people
 *     (white 3/7 = 0.428571429): T1 counts in both black and white.
 *   gender: woman 2 (T1, T3), man 3 (T2, T6, T8), nonbinary 0, not reported 2 (T4 no row, T5)
 *   URiM: yes 2 (T1, T3), no 3, not reported 2 (T4, T5 NULL)
 *   first-gen: yes 2 (T1, T6), no 3 (T2, T3, T8), not reported 2
 * Mentors of active pairs (PA1 M1, PA2 M2, PA3 M2, PA4 M4) → M1, M2, M4 = 3; M3 is idle.
 *   race: black 1 (M1), white 1, asian 1 (M2 both), multiple 1 (M2), not reported 1 (M4)
 *   gender: woman 1, man 1, not reported 1; URiM yes 1, no 1, not reported 1;
 *   first-gen yes 0, no 2, not reported 1.
 * Filter urim = yes → population T1, T3; their mentors M1 (PA1), M2 (PA3):
 *   trainees 2: black 1, white 1, hispanic 1, multiple 1 (bars 3 for 2 people);
 *   mentors 2: URiM yes 1, no 1, not reported 0.
 * Filter program P2 → T6 alone, mentor M4: race not reported 1/1, URiM not reported 1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diversityComposition, type CompositionRow } from '../../../../src/lib/metrics/diversity/composition';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { diversityFixture } from './fixture';

const counts = (rows: CompositionRow[], population: string, dimension: string) =>
	Object.fromEntries(rows.filter((r) => r.population === population && r.dimension === dimension).map((r) => [r.category, r.count]));

describe.each(ENGINES)('diversity composition on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, diversityFixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('counts race "in any of", with multiple and not-reported rows, for trainees and mentors', async () => {
		const rows = await diversityComposition(db);
		expect(counts(rows, 'trainees', 'race')).toEqual({
			american_indian_alaska_native: 0,
			asian: 1,
			black_african_american: 1,
			hispanic_latino_spanish: 1,
			native_hawaiian_pacific_islander: 0,
			white: 3,
			other: 0,
			multiple: 1,
			not_reported: 2
		});
		const white = rows.find((r) => r.population === 'trainees' && r.category === 'white');
		expect(white?.total).toBe(7);
		expect(white?.share).toBeCloseTo(3 / 7, 6);
		expect(counts(rows, 'mentors', 'race')).toMatchObject({ black_african_american: 1, white: 1, asian: 1, multiple: 1, not_reported: 1, hispanic_latino_spanish: 0 });
		expect(rows.find((r) => r.population === 'mentors')?.total).toBe(3);
	});

	it('shows unknown gender, URiM and first-gen as not reported, never dropped', async () => {
		const rows = await diversityComposition(db);
		expect(counts(rows, 'trainees', 'gender')).toEqual({ woman: 2, man: 3, nonbinary: 0, not_reported: 2 });
		expect(counts(rows, 'trainees', 'urim')).toEqual({ yes: 2, no: 3, not_reported: 2 });
		expect(counts(rows, 'trainees', 'first_gen')).toEqual({ yes: 2, no: 3, not_reported: 2 });
		expect(counts(rows, 'mentors', 'gender')).toEqual({ woman: 1, man: 1, nonbinary: 0, not_reported: 1 });
		expect(counts(rows, 'mentors', 'urim')).toEqual({ yes: 1, no: 1, not_reported: 1 });
		expect(counts(rows, 'mentors', 'first_gen')).toEqual({ yes: 0, no: 2, not_reported: 1 });
		const nr = rows.find((r) => r.population === 'trainees' && r.dimension === 'urim' && r.category === 'not_reported');
		expect(nr?.share).toBeCloseTo(2 / 7, 6);
	});

	it('describes the mentors of the filtered trainees', async () => {
		const urim = await diversityComposition(db, makeFilter({ urim: true }));
		expect(counts(urim, 'trainees', 'race')).toMatchObject({ black_african_american: 1, white: 1, hispanic_latino_spanish: 1, multiple: 1, not_reported: 0 });
		expect(urim.find((r) => r.population === 'trainees')?.total).toBe(2);
		expect(counts(urim, 'mentors', 'urim')).toEqual({ yes: 1, no: 1, not_reported: 0 });

		const p2 = await diversityComposition(db, makeFilter({ programs: ['P2'] }));
		expect(counts(p2, 'trainees', 'race')).toMatchObject({ white: 1, not_reported: 0 });
		expect(counts(p2, 'mentors', 'race')).toMatchObject({ not_reported: 1, white: 0 });
		expect(counts(p2, 'mentors', 'urim')).toEqual({ yes: 0, no: 0, not_reported: 1 });
	});
});
