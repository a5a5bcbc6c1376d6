/**
 * One hand-made dataset for every interprofessional known-answer test, as of 2025-10-15
 * (inside Fall 2025, so that term is partial). Terms: Spring Jan–May, Summer Jun–Jul,
 * Fall Aug–Dec.
 *
 * Programs P1 (MD), P2 (RN), P3 (PharmD). Mentors MR (RN), MM (MD), MP (PharmD).
 * Trainees, all starting 2024-08-01 unless said:
 *   A  MD     P1  pairing PA with MR (RN) 2025-02-10 → 2025-05-31: across professions
 *   B  MD     P1  pairing PB with MM (MD) 2024-09-01, still in force: within a profession
 *   C  RN     P2  a request with no mentor (not a pairing); reached only by activity X1
 *   D  PharmD P3  at X1 only
 *   E  RN     P2  starts 2025-06-15; at X3 with MP (PharmD), a mentor: reached by activity
 *   F  MD     P1  withdrawn 2025-03-01; pairing PF with MR (RN) 2024-10-01 → 2025-03-01
 * Activities:
 *   X1 2025-05-31 (last day of Spring)  A (MD), C (RN), D (PharmD): three professions
 *   X2 2025-06-01 (first day of Summer) B (MD), MM (MD): one profession only
 *   X3 2025-08-20                       E (RN), MP (PharmD)
 *   X4 2025-11-01, after as_of           B (MD), D (PharmD): never counts
 */
import { makeActivity, makeAttendance, makeMentor, makePairing, makeProgram, makeTrainee, type Fixture } from '../../../factories';

export const AS_OF = '2025-10-15';

export const fixture: Fixture = {
	asOf: AS_OF,
	programs: [
		makeProgram({ id: 'P1', name: 'Medicine', kind: 'UME' }),
		makeProgram({ id: 'P2', name: 'Nursing', kind: 'nursing' }),
		makeProgram({ id: 'P3', name: 'Pharmacy', kind: 'pharmacy' })
	],
	people: [
		makeMentor({ id: 'MR', profession: 'RN', programId: 'P2' }),
		makeMentor({ id: 'MM', profession: 'MD', programId: 'P1' }),
		makeMentor({ id: 'MP', profession: 'PharmD', programId: 'P3' }),
		makeTrainee({ id: 'A', programId: 'P1', startDate: '2024-08-01' }),
		makeTrainee({ id: 'B', programId: 'P1', startDate: '2024-08-01' }),
		makeTrainee({ id: 'C', programId: 'P2', profession: 'RN', trainingLevel: 'NR1', startDate: '2024-08-01' }),
		makeTrainee({ id: 'D', programId: 'P3', profession: 'PharmD', trainingLevel: 'P2', startDate: '2024-08-01' }),
		makeTrainee({ id: 'E', programId: 'P2', profession: 'RN', trainingLevel: 'NR1', startDate: '2025-06-15' }),
		makeTrainee({ id: 'F', programId: 'P1', startDate: '2024-08-01', status: 'withdrawn', exitDate: '2025-03-01' })
	],
	pairings: [
		makePairing({ id: 'PA', menteeId: 'A', mentorId: 'MR', matchedAt: '2025-02-10', endedAt: '2025-05-31' }),
		makePairing({ id: 'PB', menteeId: 'B', mentorId: 'MM', matchedAt: '2024-09-01' }),
		makePairing({ id: 'PC', menteeId: 'C', mentorId: null, requestedAt: '2025-01-15', programId: 'P2' }),
		makePairing({ id: 'PF', menteeId: 'F', mentorId: 'MR', matchedAt: '2024-10-01', endedAt: '2025-03-01', endReason: 'mentee_left' })
	],
	activities: [
		makeActivity({ id: 'X1', date: '2025-05-31' }),
		makeActivity({ id: 'X2', date: '2025-06-01', kind: 'workshop' }),
		makeActivity({ id: 'X3', date: '2025-08-20', kind: 'case conference' }),
		makeActivity({ id: 'X4', date: '2025-11-01' })
	],
	attendance: [
		...makeAttendance('X1', ['A', 'C', 'D']),
		...makeAttendance('X2', ['B', 'MM']),
		...makeAttendance('X3', ['E', 'MP']),
		...makeAttendance('X4', ['B', 'D'])
	]
};
