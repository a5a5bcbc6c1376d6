/**
 * Known answer: mentor coverage on as_of, overall and by program, with Wilson 95% CIs.
 *
 * as_of 2025-07-01. A pairing is in force when mentor_id is set, matched_at ≤ as_of and
 * (ended_at NULL or ended_at > as_of).
 *   P1 active trainees A, B, C, D, E (5):
 *     A matched 2024-09-01, ongoing → yes
 *     B matched 2024-09-01, ended 2025-07-01 = as_of (not after it) → no
 *     C matched 2025-07-01 = as_of → yes
 *     D a request with no mentor, and a match dated 2025-08-01 (after as_of) → no
 *     E ended 2025-03-01, rematched 2025-04-01, ongoing → yes (counted once)
 *     → 3/5 = 0.6; Wilson: centre 0.984145882, half 0.576158036, scale 1.768291764
 *       → 0.230724281 – 0.882379226
 *   P2 active trainees F, G (2): F's pairing belongs to P1 but F's home program is P2 → yes;
 *     G none → 1/2 = 0.5; Wilson: (1.460364705 ∓ 1.184264632)/2.920729410
 *       → 0.094531206 – 0.905468794
 *   P3: no active trainees → 0/0: rate and CI NULL
 *   W withdrew with a pairing still open: not in any denominator.
 * Overall 4/7 = 0.571428571; Wilson: centre 0.845818487, half 0.457913624, scale 1.548779832
 *   → 0.250458365 – 0.841780145
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentorCoverage } from '../../../src/lib/metrics/mentoring';
import { makeMentor, makePairing, makeProgram, makeTrainee, type Fixture } from '../../factories';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from './engines';

const fixture: Fixture = {
	asOf: '2025-07-01',
	programs: [
		makeProgram({ id: 'P1', name: 'UME Mentoring' }),
		makeProgram({ id: 'P2', name: 'Surgery Residency', kind: 'GME' }),
		makeProgram({ id: 'P3', name: 'Nurse Residency', kind: 'nursing' })
	],
	people: [
		makeMentor({ id: 'M-1' }),
		...['A', 'B', 'C', 'D', 'E'].map((id) => makeTrainee({ id, programId: 'P1' })),
		makeTrainee({ id: 'F', programId: 'P2' }),
		makeTrainee({ id: 'G', programId: 'P2' }),
		makeTrainee({ id: 'W', programId: 'P1', status: 'withdrawn', exitDate: '2025-02-01' })
	],
	pairings: [
		makePairing({ menteeId: 'A', matchedAt: '2024-09-01' }),
		makePairing({ menteeId: 'B', matchedAt: '2024-09-01', endedAt: '2025-07-01' }),
		makePairing({ menteeId: 'C', matchedAt: '2025-07-01' }),
		makePairing({ menteeId: 'D', mentorId: null, requestedAt: '2025-05-01' }),
		makePairing({ menteeId: 'D', matchedAt: '2025-08-01' }),
		makePairing({ menteeId: 'E', matchedAt: '2024-09-01', endedAt: '2025-03-01', endReason: 'rematched' }),
		makePairing({ menteeId: 'E', matchedAt: '2025-04-01' }),
		makePairing({ menteeId: 'F', programId: 'P1', matchedAt: '2025-01-10' }),
		makePairing({ menteeId: 'W', matchedAt: '2024-09-01' })
	]
};

describe.each(ENGINES)('mentor coverage on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, fixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('gives the share of active trainees with a pairing in force on as_of', async () => {
		const result = await mentorCoverage(db);
		expect(result).toMatchObject({ activeTrainees: 7, withMentor: 4 });
		expect(result.rate).toBeCloseTo(4 / 7, 6);
		expect(result.lower).toBeCloseTo(0.250458365, 6);
		expect(result.upper).toBeCloseTo(0.841780145, 6);

		const [p1, p2, p3] = result.byProgram;
		expect(p1).toMatchObject({ programId: 'P1', programName: 'UME Mentoring', activeTrainees: 5, withMentor: 3 });
		expect(p1.rate).toBeCloseTo(0.6, 6);
		expect(p1.lower).toBeCloseTo(0.230724281, 6);
		expect(p1.upper).toBeCloseTo(0.882379226, 6);
		expect(p2).toMatchObject({ programId: 'P2', activeTrainees: 2, withMentor: 1, rate: 0.5 });
		expect(p2.lower).toBeCloseTo(0.094531206, 6);
		expect(p2.upper).toBeCloseTo(0.905468794, 6);
		expect(p3).toEqual({ programId: 'P3', programName: 'Nurse Residency', activeTrainees: 0, withMentor: 0, rate: null, lower: null, upper: null });
		expect(result.byProgram).toHaveLength(3);
	});
});
