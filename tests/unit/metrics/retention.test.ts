/**
 * Known answer: landmark retention, mentored vs unmentored, Kaplan–Meier with Greenwood
 * log-log CIs, on both engines.
 *
 * as_of 2025-07-01. Everyone below starts 2023-07-01, so the 90-day landmark is 2023-09-29
 * and as_of is day 641 after it. t = days after the landmark:
 *   t=30 2023-10-29, t=60 2023-11-28, t=100 2024-01-07, t=150 2024-02-26,
 *   t=200 2024-04-16, t=300 2024-07-25.
 *
 * Mentored at the landmark (pairing with a mentor matched ≤ 2023-09-29), n = 7:
 *   A withdrawn t=60 (event) · B dismissed t=60 (event, tied) · C graduated t=100 (censored,
 *   graduation is not attrition) · D withdrawn t=200 (event) · F transferred t=200 (censored,
 *   tied with D's event: still at risk at 200) · E, G active (censored t=641)
 *   t=60:  n=7 d=2 → S = 5/7
 *   t=100: n=5 d=0 c=1 → S = 5/7
 *   t=200: n=4 d=1 c=1 → S = 5/7 × 3/4 = 15/28 = 0.535714285714
 *   t=641: n=2 d=0 c=2
 *   S(365) = 15/28; events ≤ 365 = 3; followed to 365 = 2 (E, G)
 *   Greenwood Σ d/(n(n−d)) = 2/(7·5) + 1/(4·3) = 0.057142857 + 0.083333333 = 0.140476190
 *   SE = S·√Σ = 0.535714286 × 0.374801535 = 0.200786536
 *   log-log: ln S = −0.624154309; se = √Σ/|ln S| = 0.374801535/0.624154309 = 0.600494989
 *   exp(1.959964 × 0.600495) = 3.244458781
 *   lower = S^3.244459 = 0.131988177, upper = S^(1/3.244459) = 0.824997042
 *
 * Unmentored at the landmark, n = 5:
 *   H withdrawn t=30 (event) · I matched 2023-12-01, after the landmark (still unmentored),
 *   active (censored t=641) · J graduated t=150 (censored) · K has a request with no mentor
 *   before the landmark, withdrawn t=300 (event) · L active (censored t=641)
 *   t=30:  n=5 d=1 → S = 4/5
 *   t=150: n=4 c=1 → S = 4/5
 *   t=300: n=3 d=1 → S = 4/5 × 2/3 = 8/15 = 0.533333333
 *   S(365) = 8/15; events 2; followed to 365 = 2 (I, L)
 *   Σ = 1/(5·4) + 1/(3·2) = 0.05 + 0.166666667 = 0.216666667
 *   SE = 0.533333 × 0.465474 = 0.248253156
 *   ln S = −0.628608659; se = 0.465474/0.628609 = 0.740484022; exp(z·se) = 4.268754137
 *   lower = S^4.268754 = 0.068332088, upper = S^(1/4.268754) = 0.863071183
 *
 * Excluded: X1 (mentored, withdrew 2023-08-15, before the landmark), X2 (graduated on the
 * landmark day itself: not enrolled after it), X3 (started 2025-05-01: landmark 2025-07-30 is
 * after as_of), the mentors (not trainees).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { landmarkRetention, landmarkRetentionCurves } from '../../../src/lib/metrics/retention';
import { makeMentor, makePairing, makeProgram, makeTrainee, type Fixture } from '../../factories';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from './engines';

const start = '2023-07-01';
const fixture: Fixture = {
	asOf: '2025-07-01',
	programs: [makeProgram({ id: 'P1' })],
	people: [
		makeMentor({ id: 'M-1' }),
		makeMentor({ id: 'M-2' }),
		makeTrainee({ id: 'A', startDate: start, status: 'withdrawn', exitDate: '2023-11-28' }),
		makeTrainee({ id: 'B', startDate: start, status: 'dismissed', exitDate: '2023-11-28' }),
		makeTrainee({ id: 'C', startDate: start, status: 'graduated', exitDate: '2024-01-07' }),
		makeTrainee({ id: 'D', startDate: start, status: 'withdrawn', exitDate: '2024-04-16' }),
		makeTrainee({ id: 'E', startDate: start }),
		makeTrainee({ id: 'F', startDate: start, status: 'transferred', exitDate: '2024-04-16' }),
		makeTrainee({ id: 'G', startDate: start, status: 'leave_of_absence' }),
		makeTrainee({ id: 'H', startDate: start, status: 'withdrawn', exitDate: '2023-10-29' }),
		makeTrainee({ id: 'I', startDate: start }),
		makeTrainee({ id: 'J', startDate: start, status: 'graduated', exitDate: '2024-02-26' }),
		makeTrainee({ id: 'K', startDate: start, status: 'withdrawn', exitDate: '2024-07-25' }),
		makeTrainee({ id: 'L', startDate: start }),
		makeTrainee({ id: 'X1', startDate: start, status: 'withdrawn', exitDate: '2023-08-15' }),
		makeTrainee({ id: 'X2', startDate: start, status: 'graduated', exitDate: '2023-09-29' }),
		makeTrainee({ id: 'X3', startDate: '2025-05-01' })
	],
	pairings: [
		makePairing({ menteeId: 'A', mentorId: 'M-1', matchedAt: '2023-08-01' }),
		makePairing({ menteeId: 'B', mentorId: 'M-1', matchedAt: '2023-09-29' }),
		makePairing({ menteeId: 'C', mentorId: 'M-2', matchedAt: '2023-07-15' }),
		// D's pairing ended before the landmark: still "had a pairing by the landmark".
		makePairing({ menteeId: 'D', mentorId: 'M-2', matchedAt: '2023-07-10', endedAt: '2023-09-01' }),
		makePairing({ menteeId: 'E', mentorId: 'M-1', matchedAt: '2023-08-20' }),
		makePairing({ menteeId: 'F', mentorId: 'M-2', matchedAt: '2023-08-20' }),
		makePairing({ menteeId: 'G', mentorId: 'M-2', matchedAt: '2023-08-20' }),
		makePairing({ menteeId: 'I', mentorId: 'M-1', matchedAt: '2023-12-01' }),
		makePairing({ menteeId: 'K', mentorId: null, matchedAt: null, requestedAt: '2023-08-01' }),
		makePairing({ menteeId: 'X1', mentorId: 'M-1', matchedAt: '2023-07-20' })
	]
};

describe.each(ENGINES)('landmark retention on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, fixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('estimates S(365) per group from the 90-day landmark', async () => {
		const result = await landmarkRetention(db);
		expect(result.landmarkDays).toBe(90);
		expect(result.horizonDays).toBe(365);
		const [mentored, unmentored] = result.groups;

		expect(mentored).toMatchObject({ group: 'mentored', atRisk: 7, events: 3, atRiskAtHorizon: 2 });
		expect(mentored.survival).toBeCloseTo(15 / 28, 6);
		expect(mentored.stdErr).toBeCloseTo(0.200786536, 6);
		expect(mentored.lower).toBeCloseTo(0.131988177, 6);
		expect(mentored.upper).toBeCloseTo(0.824997042, 6);

		expect(unmentored).toMatchObject({ group: 'unmentored', atRisk: 5, events: 2, atRiskAtHorizon: 2 });
		expect(unmentored.survival).toBeCloseTo(8 / 15, 6);
		expect(unmentored.stdErr).toBeCloseTo(0.248253156, 6);
		expect(unmentored.lower).toBeCloseTo(0.068332088, 6);
		expect(unmentored.upper).toBeCloseTo(0.863071183, 6);
	});

	it('reads the curve at a shorter horizon', async () => {
		// Mentored at t=100: only the tied events at 60 count: S = 5/7, Σ = 2/35,
		// SE = 5/7 × √(2/35) = 0.714285714 × 0.239045722 = 0.170746944.
		const { groups } = await landmarkRetention(db, { horizonDays: 100 });
		expect(groups[0]).toMatchObject({ events: 2, atRiskAtHorizon: 5 });
		expect(groups[0].survival).toBeCloseTo(5 / 7, 6);
		expect(groups[0].stdErr).toBeCloseTo(0.170746944, 6);
	});

	it('gives no estimate past the end of follow-up', async () => {
		// Everyone left in either group is censored at t=641 < 700: S(700) is not estimable.
		const { groups } = await landmarkRetention(db, { horizonDays: 700 });
		for (const g of groups) {
			expect(g.atRiskAtHorizon).toBe(0);
			expect(g.survival).toBeNull();
			expect(g.lower).toBeNull();
		}
	});

	it('returns the full step curve per group, with an origin at t=0', async () => {
		const curve = await landmarkRetentionCurves(db);
		const mentored = curve.filter((s) => s.group === 'mentored');
		expect(mentored.map((s) => [s.time, s.nRisk, s.nEvent, s.nCensor])).toEqual([
			[0, 7, 0, 0],
			[60, 7, 2, 0],
			[100, 5, 0, 1],
			[200, 4, 1, 1],
			[641, 2, 0, 2]
		]);
		expect(mentored.map((s) => s.survival)).toEqual([1, 5 / 7, 5 / 7, 15 / 28, 15 / 28].map((v) => expect.closeTo(v, 6)));
		// No events yet: the log-log interval is undefined, not a zero-width band.
		expect(mentored[0].lower).toBeNull();
		const unmentored = curve.filter((s) => s.group === 'unmentored');
		expect(unmentored.map((s) => s.time)).toEqual([0, 30, 150, 300, 641]);
	});

	it('rejects a landmark that is not a whole number of days', async () => {
		await expect(landmarkRetention(db, { landmarkDays: 1.5 })).rejects.toThrow(/landmarkDays/);
	});
});
