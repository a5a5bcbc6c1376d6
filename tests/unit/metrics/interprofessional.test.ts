/**
 * Known answer: cross-discipline reach among active trainees on as_of (2025-07-01).
 *
 * Mentors: MR (RN), MM (MD), MN (NP). Active trainees (8):
 *   A  MD  mentored by MR (RN) since 2024-09-01 → pairing; also at X2 with D (PharmD) → activity
 *   B  MD  mentored by MM (MD): same profession. At X1 with C (MD) only → not reached
 *   C  MD  at X1 (MD only) and X2 with D (PharmD) → activity
 *   D  PharmD at X2 with MD trainees → activity
 *   E  RN, role both: mentors F (MD) → pairing (mentor side). At X3 with A, but X3 is
 *      2025-09-01, after as_of → does not count
 *   F  MD  mentored by E (RN) → pairing
 *   G  MSW a request with no mentor; a match with MR dated 2025-08-01 (after as_of) → not reached
 *   H  MD  at X4 where the only other attendee is MN (NP), a mentor → activity
 *   I  MD  withdrawn, had a cross pairing → not in the denominator
 * via pairing A, E, F = 3; via activity A, C, D, H = 4; reached (either) A, C, D, E, F, H = 6
 * rate 6/8 = 0.75; Wilson(6, 8): centre 0.75 + 3.841459/16 = 0.990091176;
 *   half 1.959964 × √(0.1875/8 + 3.841459/256) = 0.384288907; scale 1 + 3.841459/8 = 1.480182353
 *   → 0.409275430 – 0.928520787
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crossDisciplineReach } from '../../../src/lib/metrics/interprofessional';
import { makeActivity, makeAttendance, makeMentor, makePairing, makeProgram, makeTrainee, type Fixture } from '../../factories';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from './engines';

const fixture: Fixture = {
	asOf: '2025-07-01',
	programs: [makeProgram({ id: 'P1', kind: 'interprofessional' })],
	people: [
		makeMentor({ id: 'MR', profession: 'RN' }),
		makeMentor({ id: 'MM', profession: 'MD' }),
		makeMentor({ id: 'MN', profession: 'NP' }),
		makeTrainee({ id: 'A' }),
		makeTrainee({ id: 'B' }),
		makeTrainee({ id: 'C' }),
		makeTrainee({ id: 'D', profession: 'PharmD', trainingLevel: 'P2' }),
		makeTrainee({ id: 'E', profession: 'RN', role: 'both', trainingLevel: 'NR1' }),
		makeTrainee({ id: 'F' }),
		makeTrainee({ id: 'G', profession: 'MSW', trainingLevel: 'MSW1' }),
		makeTrainee({ id: 'H' }),
		makeTrainee({ id: 'I', status: 'withdrawn', exitDate: '2025-01-10' })
	],
	pairings: [
		makePairing({ menteeId: 'A', mentorId: 'MR', matchedAt: '2024-09-01' }),
		makePairing({ menteeId: 'B', mentorId: 'MM', matchedAt: '2024-09-01' }),
		makePairing({ menteeId: 'F', mentorId: 'E', kind: 'near_peer', matchedAt: '2024-10-01' }),
		makePairing({ menteeId: 'G', mentorId: null, requestedAt: '2025-05-01' }),
		makePairing({ menteeId: 'G', mentorId: 'MR', matchedAt: '2025-08-01' }),
		makePairing({ menteeId: 'I', mentorId: 'MR', matchedAt: '2024-09-01' })
	],
	activities: [
		makeActivity({ id: 'X1', date: '2025-01-10' }),
		makeActivity({ id: 'X2', date: '2025-02-01' }),
		makeActivity({ id: 'X3', date: '2025-09-01' }),
		makeActivity({ id: 'X4', date: '2025-03-01', kind: 'case conference' })
	],
	attendance: [
		...makeAttendance('X1', ['B', 'C']),
		...makeAttendance('X2', ['A', 'C', 'D']),
		...makeAttendance('X3', ['A', 'E']),
		...makeAttendance('X4', ['H', 'MN'])
	]
};

describe.each(ENGINES)('cross-discipline reach on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, fixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('counts trainees reached by a cross-discipline pairing or a mixed IPE activity', async () => {
		const result = await crossDisciplineReach(db);
		expect(result).toMatchObject({ activeTrainees: 8, reached: 6, viaPairing: 3, viaActivity: 4, rate: 0.75 });
		expect(result.lower).toBeCloseTo(0.40927543, 6);
		expect(result.upper).toBeCloseTo(0.928520787, 6);
	});
});
