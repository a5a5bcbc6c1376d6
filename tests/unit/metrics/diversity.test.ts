/**
 * Known answer: URiM share among active trainees and among active mentors.
 *
 * Trainees active on as_of: T1 urim, T2 urim, T3 not, T4 not, T5 not, T6 urim NULL,
 *   T7 no demographics row, T8 (role both) urim. T9 urim but withdrawn: excluded.
 *   urim 3 (T1, T2, T8); known 6 (T1–T5, T8); unknown 2 (T6, T7); share 3/6 = 0.5
 *   Wilson(3, 6): centre 0.5 + 3.841459/12 = 0.820121568; half 1.959964 × √(0.25/6 + 3.841459/144)
 *   = 0.512385209; scale 1 + 3.841459/6 = 1.640243137 → 0.187616306 – 0.812383694
 * Mentors active: M1 urim, M2 not, M3 not, M4 NULL, and T8 (role both) urim. M5 urim but
 *   transferred: excluded.
 *   urim 2 (M1, T8); known 4; unknown 1 (M4); share 0.5
 *   Wilson(2, 4): centre 0.980182353, half 0.686051214, scale 1.960364705 → 0.150038989 – 0.849961011
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urimShares } from '../../../src/lib/metrics/diversity';
import { makeDemographics, makeMentor, makeProgram, makeTrainee, type Fixture } from '../../factories';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from './engines';

const fixture: Fixture = {
	asOf: '2025-07-01',
	programs: [makeProgram({ id: 'P1' })],
	people: [
		...['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'].map((id) => makeTrainee({ id })),
		makeTrainee({ id: 'T8', role: 'both', trainingLevel: 'PGY4' }),
		makeTrainee({ id: 'T9', status: 'withdrawn', exitDate: '2024-10-01' }),
		...['M1', 'M2', 'M3', 'M4'].map((id) => makeMentor({ id })),
		makeMentor({ id: 'M5', status: 'transferred', exitDate: '2025-01-31' })
	],
	demographics: [
		makeDemographics('T1', { urim: true }),
		makeDemographics('T2', { urim: true }),
		makeDemographics('T3', { urim: false }),
		makeDemographics('T4', { urim: false }),
		makeDemographics('T5', { urim: false }),
		makeDemographics('T6', { urim: null, gender: 'woman' }),
		makeDemographics('T8', { urim: true }),
		makeDemographics('T9', { urim: true }),
		makeDemographics('M1', { urim: true }),
		makeDemographics('M2', { urim: false }),
		makeDemographics('M3', { urim: false }),
		makeDemographics('M4', { urim: null }),
		makeDemographics('M5', { urim: true })
	]
};

describe.each(ENGINES)('URiM shares on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, fixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('reports the share over people with known URiM status, and the unknowns', async () => {
		const { trainees, mentors } = await urimShares(db);
		expect(trainees).toMatchObject({ urim: 3, known: 6, unknown: 2, share: 0.5 });
		expect(trainees.lower).toBeCloseTo(0.187616306, 6);
		expect(trainees.upper).toBeCloseTo(0.812383694, 6);
		expect(mentors).toMatchObject({ urim: 2, known: 4, unknown: 1, share: 0.5 });
		expect(mentors.lower).toBeCloseTo(0.150038989, 6);
		expect(mentors.upper).toBeCloseTo(0.849961011, 6);
	});
});
