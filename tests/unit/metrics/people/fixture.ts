/**
 * Mentors, their load and one unmatched trainee, for the capacity view, the match score
 * and the profile timeline. as_of 2026-11-01. Arithmetic for each answer is in the tests.
 *
 * P1 (UME) mentors:
 *   M-A  MD  Pediatrics   capacity 2   mentees T1, T2                    → full
 *   M-B  MD  Cardiology   capacity 1   mentees T3, T4                    → over
 *   M-C  MD  Pediatrics   no capacity  mentee T5                         → unknown
 *   M-D  DO  "pediatrics " capacity 3  T6's pairing ends on as_of        → 0 mentees, open
 *   M-E  MD  Pediatrics   capacity 2   T7 active; T8 withdrawn (not counted) → 1 mentee
 *        ended: X1 ended early, X2 mentor left, X3 concluded, X4 mentee left → record 1 − 2/3
 *   M-G  MD  withdrawn                                                  → never listed
 *   M-H  MD  Pediatrics   capacity 1, role both; paired with U 2026-01-01 → 2026-06-01, ended early
 *   M-I, M-J  MD  Cardiology  capacity 1, no pairings                   → identical scores
 * P2 (nursing): M-F  RN  Pediatrics  capacity 2, no pairings
 * Trainees: U (P1, MD, Pediatrics, joined 2025-08-01, unmatched, open request since 2026-06-10),
 *   V (P1, MD, Undecided, unmatched).
 * Waves: Autumn 2025 (opens 2025-10-06), Spring 2026 (2026-03-02), Autumn 2026 (2026-10-05),
 *   Winter 2026 (2026-12-01, after as_of).
 */
import { makeMeeting, makeMentor, makePairing, makeProgram, makeResponse, makeTrainee, makeWave, type Fixture } from '../../../factories';
import type { PersonRow } from '../../../factories/rows';

const mentor = (id: string, profession: PersonRow['profession'], specialty: string, capacity: number | null, extra: Partial<PersonRow> = {}): PersonRow => ({
	...makeMentor({ id, programId: 'P1', profession }),
	specialty_interest: specialty,
	mentor_capacity: capacity,
	...extra
});

export const peopleFixture: Fixture = {
	asOf: '2026-11-01',
	programs: [makeProgram({ id: 'P1', name: 'Medical School' }), makeProgram({ id: 'P2', name: 'Nurse Residency', kind: 'nursing' })],
	people: [
		mentor('M-A', 'MD', 'Pediatrics', 2),
		mentor('M-B', 'MD', 'Cardiology', 1),
		mentor('M-C', 'MD', 'Pediatrics', null),
		mentor('M-D', 'DO', 'pediatrics ', 3),
		mentor('M-E', 'MD', 'Pediatrics', 2),
		mentor('M-G', 'MD', 'Pediatrics', 3, { status: 'withdrawn', exit_date: '2026-05-01' }),
		mentor('M-H', 'MD', 'Pediatrics', 1, { role: 'both', training_level: 'PGY3', display_name: 'Hana Ito' }),
		mentor('M-I', 'MD', 'Cardiology', 1),
		mentor('M-J', 'MD', 'Cardiology', 1),
		mentor('M-F', 'RN', 'Pediatrics', 2, { program_id: 'P2' }),
		{ ...makeTrainee({ id: 'U', programId: 'P1', startDate: '2025-08-01' }), specialty_interest: 'Pediatrics', display_name: 'Uma Reyes' },
		{ ...makeTrainee({ id: 'V', programId: 'P1', startDate: '2025-08-01' }), specialty_interest: 'Undecided' },
		...['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'X1', 'X2', 'X3'].map((id) => makeTrainee({ id, programId: 'P1', startDate: '2024-08-01' })),
		makeTrainee({ id: 'T8', programId: 'P1', startDate: '2024-08-01', status: 'withdrawn', exitDate: '2026-09-01' }),
		makeTrainee({ id: 'X4', programId: 'P1', startDate: '2024-08-01', status: 'withdrawn', exitDate: '2025-06-01' })
	],
	pairings: [
		makePairing({ id: 'PT1', menteeId: 'T1', mentorId: 'M-A', matchedAt: '2026-01-10' }),
		makePairing({ id: 'PT2', menteeId: 'T2', mentorId: 'M-A', matchedAt: '2026-02-10' }),
		makePairing({ id: 'PT3', menteeId: 'T3', mentorId: 'M-B', matchedAt: '2026-01-10' }),
		makePairing({ id: 'PT4', menteeId: 'T4', mentorId: 'M-B', matchedAt: '2026-01-10' }),
		makePairing({ id: 'PT5', menteeId: 'T5', mentorId: 'M-C', matchedAt: '2026-01-10' }),
		makePairing({ id: 'PT6', menteeId: 'T6', mentorId: 'M-D', matchedAt: '2025-11-01', endedAt: '2026-11-01', endReason: 'concluded' }),
		makePairing({ id: 'PT7', menteeId: 'T7', mentorId: 'M-E', matchedAt: '2026-01-10' }),
		makePairing({ id: 'PT8', menteeId: 'T8', mentorId: 'M-E', matchedAt: '2026-01-10' }),
		makePairing({ id: 'PX1', menteeId: 'X1', mentorId: 'M-E', matchedAt: '2024-09-01', endedAt: '2025-02-01', endReason: 'ended_early' }),
		makePairing({ id: 'PX2', menteeId: 'X2', mentorId: 'M-E', matchedAt: '2024-09-01', endedAt: '2025-03-15', endReason: 'mentor_left' }),
		makePairing({ id: 'PX3', menteeId: 'X3', mentorId: 'M-E', matchedAt: '2024-09-01', endedAt: '2025-06-30', endReason: 'concluded' }),
		makePairing({ id: 'PX4', menteeId: 'X4', mentorId: 'M-E', matchedAt: '2024-09-01', endedAt: '2025-06-01', endReason: 'mentee_left' }),
		makePairing({ id: 'PU-H', menteeId: 'U', mentorId: 'M-H', matchedAt: '2026-01-01', endedAt: '2026-06-01', endReason: 'ended_early' }),
		makePairing({ id: 'PU-r', menteeId: 'U', mentorId: null, requestedAt: '2026-06-10' })
	],
	meetings: [
		makeMeeting({ pairingId: 'PT1', date: '2026-10-01' }),
		makeMeeting({ pairingId: 'PT1', date: '2026-10-20', completed: false }),
		makeMeeting({ pairingId: 'PT1', date: '2026-11-05' }),
		makeMeeting({ pairingId: 'PT6', date: '2026-10-30' }),
		makeMeeting({ pairingId: 'PX2', date: '2025-03-01' }),
		makeMeeting({ pairingId: 'PU-H', date: '2026-02-01', modality: 'virtual', durationMin: 30 }),
		makeMeeting({ pairingId: 'PU-H', date: '2026-03-01', modality: 'phone', completed: false })
	],
	waves: [
		makeWave({ id: '2025-autumn', label: 'Autumn 2025', opensOn: '2025-10-06' }),
		makeWave({ id: '2026-spring', label: 'Spring 2026', opensOn: '2026-03-02' }),
		makeWave({ id: '2026-autumn', label: 'Autumn 2026', opensOn: '2026-10-05' }),
		makeWave({ id: '2026-winter', label: 'Winter 2026', opensOn: '2026-12-01' })
	],
	responses: [
		makeResponse({ personId: 'U', waveId: '2025-autumn', instrument: 'mayo_wbi', score: 2, respondedOn: '2025-10-10' }),
		makeResponse({ personId: 'U', waveId: '2026-autumn', instrument: 'mayo_wbi', score: 5 }),
		makeResponse({ personId: 'U', waveId: '2026-autumn', instrument: 'phq2', score: null }),
		makeResponse({ personId: 'T1', waveId: '2026-spring', instrument: 'mayo_wbi', score: 1 })
	]
};
