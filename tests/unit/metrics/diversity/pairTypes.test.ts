/**
 * Known answer: active pairs by pair type (fixture.ts).
 *
 * Active pairs on 2025-07-01 (in force, mentee an active trainee): PA1 M1–T1, PA2 M2–T2,
 * PA3 M2–T3, PA4 M4–T6. PA5 and PA6 have ended; T4's request has no mentor.
 *   URiM (mentee × mentor): PA1 yes×yes, PA3 yes×no, PA2 no×no, PA4 no×not_reported (M4 unknown)
 *     → mentee yes: 2 pairs, half with a URiM mentor (1/2 = 0.5); mentee no: 2 pairs.
 *   gender: PA1 woman×woman, PA3 woman×man, PA2 man×man, PA4 man×not_reported
 *   first-gen: PA1 yes×no, PA4 yes×not_reported, PA2 no×no, PA3 no×no → no×no = 2 of 2 (1.0)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activePairTypes, type PairTypeRow } from '../../../../src/lib/metrics/diversity/pairTypes';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { diversityFixture } from './fixture';

const types = (rows: PairTypeRow[], dimension: string) =>
	rows.filter((r) => r.dimension === dimension).map((r) => `${r.menteeCategory}×${r.mentorCategory}=${r.pairs}/${r.menteeTotal}`);

describe.each(ENGINES)('active pair types on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, diversityFixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it("crosses the mentee's category with the mentor's, keeping unknown mentors as not reported", async () => {
		const rows = await activePairTypes(db);
		expect(types(rows, 'urim')).toEqual(['no×no=1/2', 'no×not_reported=1/2', 'yes×no=1/2', 'yes×yes=1/2']);
		expect(types(rows, 'gender')).toEqual(['man×man=1/2', 'man×not_reported=1/2', 'woman×man=1/2', 'woman×woman=1/2']);
		expect(types(rows, 'first_gen')).toEqual(['no×no=2/2', 'yes×no=1/2', 'yes×not_reported=1/2']);
		expect(rows.find((r) => r.dimension === 'urim' && r.menteeCategory === 'yes' && r.mentorCategory === 'yes')?.share).toBeCloseTo(0.5, 6);
		expect(rows.find((r) => r.dimension === 'first_gen' && r.menteeCategory === 'no')?.share).toBeCloseTo(1, 6);
	});

	it('keeps only the pairs of the filtered trainees', async () => {
		// Program P2: T6 alone, paired with M4 (unknown).
		const rows = await activePairTypes(db, makeFilter({ programs: ['P2'] }));
		expect(types(rows, 'urim')).toEqual(['no×not_reported=1/1']);
	});
});
