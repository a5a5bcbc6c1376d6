/**
 * Hand-made fixtures for the retention tests; the answers are worked out in each test file.
 * Dates are written as "start + t days" so the arithmetic in the comments reads in days.
 */
import { makeMentor, makePairing, makeProgram, makeTrainee, type Fixture, type PersonRow } from '../../../factories';

/** yyyy-mm-dd plus n days, in UTC (no time-zone shifts). */
export function plusDays(iso: string, n: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

/**
 * Landmark fixture (the Overview's, tests/unit/metrics/retention.test.ts, plus program P2).
 * as_of 2025-07-01; everyone starts 2023-07-01; landmark (90 days) 2023-09-29, as_of is
 * t=641 after it.
 *   Mentored at the landmark (7): A withdrawn t=60 · B dismissed t=60 · C graduated t=100 ·
 *     D withdrawn t=200 · F transferred t=200 · E active · G on leave (both censored t=641)
 *   Unmentored (5): H withdrawn t=30 · I matched after the landmark, active · J graduated
 *     t=150 · K request with no mentor, withdrawn t=300 · L active
 *   Excluded: X1 left before the landmark, X2 graduated on it, X3 landmark after as_of.
 *   Program P2 (excluded by the filter program=P1): Y1 mentored, withdrawn t=10;
 *     Y2 unmentored, active.
 */
export function landmarkFixture(): Fixture {
	const start = '2023-07-01';
	const landmark = '2023-09-29';
	const at = (t: number) => plusDays(landmark, t);
	return {
		asOf: '2025-07-01',
		programs: [makeProgram({ id: 'P1' }), makeProgram({ id: 'P2' })],
		people: [
			makeMentor({ id: 'M-1' }),
			makeMentor({ id: 'M-2' }),
			makeTrainee({ id: 'A', startDate: start, status: 'withdrawn', exitDate: at(60) }),
			makeTrainee({ id: 'B', startDate: start, status: 'dismissed', exitDate: at(60) }),
			makeTrainee({ id: 'C', startDate: start, status: 'graduated', exitDate: at(100) }),
			makeTrainee({ id: 'D', startDate: start, status: 'withdrawn', exitDate: at(200) }),
			makeTrainee({ id: 'E', startDate: start }),
			makeTrainee({ id: 'F', startDate: start, status: 'transferred', exitDate: at(200) }),
			makeTrainee({ id: 'G', startDate: start, status: 'leave_of_absence' }),
			makeTrainee({ id: 'H', startDate: start, status: 'withdrawn', exitDate: at(30) }),
			makeTrainee({ id: 'I', startDate: start }),
			makeTrainee({ id: 'J', startDate: start, status: 'graduated', exitDate: at(150) }),
			makeTrainee({ id: 'K', startDate: start, status: 'withdrawn', exitDate: at(300) }),
			makeTrainee({ id: 'L', startDate: start }),
			makeTrainee({ id: 'X1', startDate: start, status: 'withdrawn', exitDate: '2023-08-15' }),
			makeTrainee({ id: 'X2', startDate: start, status: 'graduated', exitDate: landmark }),
			makeTrainee({ id: 'X3', startDate: '2025-05-01' }),
			makeTrainee({ id: 'Y1', programId: 'P2', startDate: start, status: 'withdrawn', exitDate: at(10) }),
			makeTrainee({ id: 'Y2', programId: 'P2', startDate: start })
		],
		pairings: [
			makePairing({ menteeId: 'A', mentorId: 'M-1', matchedAt: '2023-08-01' }),
			makePairing({ menteeId: 'B', mentorId: 'M-1', matchedAt: landmark }),
			makePairing({ menteeId: 'C', mentorId: 'M-2', matchedAt: '2023-07-15' }),
			makePairing({ menteeId: 'D', mentorId: 'M-2', matchedAt: '2023-07-10', endedAt: '2023-09-01' }),
			makePairing({ menteeId: 'E', mentorId: 'M-1', matchedAt: '2023-08-20' }),
			makePairing({ menteeId: 'F', mentorId: 'M-2', matchedAt: '2023-08-20' }),
			makePairing({ menteeId: 'G', mentorId: 'M-2', matchedAt: '2023-08-20' }),
			makePairing({ menteeId: 'I', mentorId: 'M-1', matchedAt: '2023-12-01' }),
			makePairing({ menteeId: 'K', mentorId: null, matchedAt: null, requestedAt: '2023-08-01' }),
			makePairing({ menteeId: 'X1', mentorId: 'M-1', matchedAt: '2023-07-20' }),
			makePairing({ menteeId: 'Y1', mentorId: 'M-1', programId: 'P2', matchedAt: '2023-08-01' })
		]
	};
}

/**
 * Cohort fixture: the same follow-up times as the landmark fixture, counted from start.
 * as_of 2025-07-01.
 *   Cohort 2023 (start 2023-07-01; as_of is t=731): A23 withdrawn t=60 · B23 dismissed t=60 ·
 *     C23 graduated t=100 · D23 withdrawn t=200 · F23 transferred t=200 · E23, G23 active
 *   Cohort 2024 (start 2024-07-01; as_of is t=365): H24 withdrawn t=30 · J24 graduated t=150 ·
 *     K24 withdrawn t=300 · I24, L24 active
 */
export function cohortFixture(): Fixture {
	const s23 = '2023-07-01';
	const s24 = '2024-07-01';
	const person = (id: string, startDate: string, t: number | null, status: PersonRow['status'] = 'active') =>
		makeTrainee({ id, startDate, status, exitDate: t === null ? null : plusDays(startDate, t) });
	return {
		asOf: '2025-07-01',
		programs: [makeProgram({ id: 'P1' })],
		people: [
			person('A23', s23, 60, 'withdrawn'),
			person('B23', s23, 60, 'dismissed'),
			person('C23', s23, 100, 'graduated'),
			person('D23', s23, 200, 'withdrawn'),
			person('F23', s23, 200, 'transferred'),
			person('E23', s23, null),
			person('G23', s23, null),
			person('H24', s24, 30, 'withdrawn'),
			person('J24', s24, 150, 'graduated'),
			person('K24', s24, 300, 'withdrawn'),
			person('I24', s24, null),
			person('L24', s24, null)
		]
	};
}

/**
 * Competing-exits fixture, 10 trainees, as_of 2025-07-01, start 2023-07-01 unless noted
 * (t = days since start; as_of is t=731):
 *   P1 withdrawn (academic) t=100, MS1 · P2 withdrawn (personal) t=100, MS1 ·
 *   P3 graduated t=200, MS4 · P4 transferred t=200, MS2 · P5 active, MS3 ·
 *   P6 dismissed t=300, MS2 · P7 started 2025-02-01, active (censored t=150), MS1 ·
 *   P8 graduated t=300, MS4 · P9 withdrawn with no reason code t=400, MS1 · P10 active, MS3
 */
export function exitsFixture(): Fixture {
	const start = '2023-07-01';
	const leave = (id: string, t: number, status: PersonRow['status'], level: PersonRow['training_level'], exitReason?: string) =>
		makeTrainee({ id, startDate: start, status, exitDate: plusDays(start, t), trainingLevel: level, exitReason });
	return {
		asOf: '2025-07-01',
		programs: [makeProgram({ id: 'P1' })],
		people: [
			leave('P1', 100, 'withdrawn', 'MS1', 'academic'),
			leave('P2', 100, 'withdrawn', 'MS1', 'personal'),
			leave('P3', 200, 'graduated', 'MS4'),
			leave('P4', 200, 'transferred', 'MS2'),
			makeTrainee({ id: 'P5', startDate: start, trainingLevel: 'MS3' }),
			leave('P6', 300, 'dismissed', 'MS2'),
			makeTrainee({ id: 'P7', startDate: '2025-02-01', trainingLevel: 'MS1' }),
			leave('P8', 300, 'graduated', 'MS4'),
			{ ...leave('P9', 400, 'withdrawn', 'MS1'), exit_reason_code: null },
			makeTrainee({ id: 'P10', startDate: start, trainingLevel: 'MS3' })
		]
	};
}
