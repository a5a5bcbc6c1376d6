/**
 * One hand-made programme for every worklist rule. as_of 2026-11-01 (day 305 of 2026).
 *
 * P2 (mentoring, not surveyed in the latest wave):
 *   U1 joined 2026-10-31 (yesterday), no pairing            → waited 1 day
 *   U2 joined 2026-01-01, never paired                     → waited 304 days
 *   U3 pairing with M-1 ends 2026-11-01 = as_of (today)    → no longer in force; waited 0 days
 *   U4 pairing ended early 2026-09-15, open request, no mentor → waited 15+31+1 = 47 days
 *   U5 withdrawn, U6 starts 2026-12-01                     → never listed
 *   D1 with M-1 since 2025-09-01, last completed 2026-08-14 (one more on 2026-11-10, after as_of)
 *                                                          → silent 17+30+31+1 = 79 days
 *   D2 with M-1 matched 2026-01-15, never met              → silent 304−14 = 290 days
 *   D3 with M-2: completed 2026-09-10, then cancelled 09-20, 10-05, 10-20
 *                                                          → 3 in a row; silent 20+31+1 = 52 days
 *   D4 with M-3: cancelled 08-01 and 09-01, completed 10-01, cancelled 10-15 → run of 1; silent 31
 *   A1 with M-1 matched 2026-10-01, no meeting yet (31 days); A2 with M-2 matched 2026-10-20
 *   M-1 capacity 3: A1, D1, D2 (U3's pairing ends today) → 3, not over
 *   M-2 capacity 1: D3, A2 → 2 > 1
 * P1 (surveyed; every trainee paired with M-3, capacity unknown, matched 2026-10-01):
 *   waves: 2025-autumn (opens 2025-10-06), 2026-spring (2026-03-02), 2026-autumn (2026-10-05,
 *   latest opened), 2026-winter (opens 2026-12-01, after as_of: ignored)
 *   S1 Mayo WBI 2 → 5: flag (≥ 5) and +3
 *   S2 WHO-5 18 → 15: no flag (15 ≥ 13), drop 3 ≥ 2.5
 *   S3 Mayo WBI 3 → 4 (+1, nothing), PHQ-2 3 with no earlier answer: flag
 *   S4 Mayo WBI 1 in 2025-autumn, skipped 2026-spring, 3 in 2026-autumn: +2 vs 2025-autumn
 *   S5 answered 2026-spring only                           → non-response
 *   S6 joined 2026-10-10, after the wave opened            → not eligible (and waited 22 days)
 *   S7 on leave                                            → not listed
 *   S8 answered with too few items (score null)            → a response, not a flag
 */
import { makeMeeting, makeMentor, makePairing, makeProgram, makeResponse, makeTrainee, makeWave, type Fixture } from '../../../factories';

const p1Paired = ['S1', 'S2', 'S3', 'S4', 'S5', 'S8'];

export const worklistFixture: Fixture = {
	asOf: '2026-11-01',
	programs: [makeProgram({ id: 'P1' }), makeProgram({ id: 'P2', kind: 'GME' })],
	people: [
		makeMentor({ id: 'M-1', programId: 'P2', capacity: 3 }),
		makeMentor({ id: 'M-2', programId: 'P2', capacity: 1 }),
		{ ...makeMentor({ id: 'M-3', programId: 'P1' }), mentor_capacity: null },
		makeTrainee({ id: 'U1', programId: 'P2', startDate: '2026-10-31' }),
		makeTrainee({ id: 'U2', programId: 'P2', startDate: '2026-01-01' }),
		makeTrainee({ id: 'U3', programId: 'P2', startDate: '2024-07-01' }),
		makeTrainee({ id: 'U4', programId: 'P2', startDate: '2024-07-01' }),
		makeTrainee({ id: 'U5', programId: 'P2', startDate: '2024-07-01', status: 'withdrawn', exitDate: '2026-03-01' }),
		makeTrainee({ id: 'U6', programId: 'P2', startDate: '2026-12-01' }),
		...['D1', 'D2', 'D3', 'D4', 'A1', 'A2'].map((id) => makeTrainee({ id, programId: 'P2', startDate: '2024-07-01' })),
		...[...p1Paired, 'S7'].map((id) => makeTrainee({ id, programId: 'P1', startDate: '2024-07-01', status: id === 'S7' ? 'leave_of_absence' : 'active' })),
		makeTrainee({ id: 'S6', programId: 'P1', startDate: '2026-10-10' })
	],
	pairings: [
		makePairing({ id: 'PU3', menteeId: 'U3', mentorId: 'M-1', programId: 'P2', matchedAt: '2024-09-01', endedAt: '2026-11-01' }),
		makePairing({ id: 'PU4', menteeId: 'U4', mentorId: 'M-1', programId: 'P2', matchedAt: '2025-09-01', endedAt: '2026-09-15', endReason: 'ended_early' }),
		makePairing({ id: 'PU4r', menteeId: 'U4', mentorId: null, programId: 'P2', requestedAt: '2026-09-20' }),
		makePairing({ id: 'PU5', menteeId: 'U5', mentorId: null, programId: 'P2', requestedAt: '2025-01-01' }),
		makePairing({ id: 'PD1', menteeId: 'D1', mentorId: 'M-1', programId: 'P2', matchedAt: '2025-09-01' }),
		makePairing({ id: 'PD2', menteeId: 'D2', mentorId: 'M-1', programId: 'P2', matchedAt: '2026-01-15' }),
		makePairing({ id: 'PD3', menteeId: 'D3', mentorId: 'M-2', programId: 'P2', matchedAt: '2025-09-01' }),
		makePairing({ id: 'PD4', menteeId: 'D4', mentorId: 'M-3', programId: 'P2', matchedAt: '2025-09-01' }),
		makePairing({ id: 'PA1', menteeId: 'A1', mentorId: 'M-1', programId: 'P2', matchedAt: '2026-10-01' }),
		makePairing({ id: 'PA2', menteeId: 'A2', mentorId: 'M-2', programId: 'P2', matchedAt: '2026-10-20' }),
		...p1Paired.map((id) => makePairing({ id: `P${id}`, menteeId: id, mentorId: 'M-3', programId: 'P1', matchedAt: '2026-10-01' }))
	],
	meetings: [
		makeMeeting({ pairingId: 'PD1', date: '2026-06-01' }),
		makeMeeting({ pairingId: 'PD1', date: '2026-08-14' }),
		makeMeeting({ pairingId: 'PD1', date: '2026-11-10' }),
		makeMeeting({ pairingId: 'PD3', date: '2026-09-10' }),
		...['2026-09-20', '2026-10-05', '2026-10-20'].map((date) => makeMeeting({ pairingId: 'PD3', date, completed: false })),
		makeMeeting({ pairingId: 'PD4', date: '2026-08-01', completed: false }),
		makeMeeting({ pairingId: 'PD4', date: '2026-09-01', completed: false }),
		makeMeeting({ pairingId: 'PD4', date: '2026-10-01' }),
		makeMeeting({ pairingId: 'PD4', date: '2026-10-15', completed: false }),
		makeMeeting({ pairingId: 'PA2', date: '2026-10-25' })
	],
	waves: [
		makeWave({ id: '2025-autumn', label: 'Autumn 2025', opensOn: '2025-10-06' }),
		makeWave({ id: '2026-spring', label: 'Spring 2026', opensOn: '2026-03-02' }),
		makeWave({ id: '2026-autumn', label: 'Autumn 2026', opensOn: '2026-10-05', closesOn: '2026-10-30' }),
		makeWave({ id: '2026-winter', label: 'Winter 2026', opensOn: '2026-12-01' })
	],
	responses: [
		makeResponse({ personId: 'S1', waveId: '2026-spring', instrument: 'mayo_wbi', score: 2 }),
		makeResponse({ personId: 'S1', waveId: '2026-autumn', instrument: 'mayo_wbi', score: 5 }),
		makeResponse({ personId: 'S2', waveId: '2026-spring', instrument: 'who5', score: 18 }),
		makeResponse({ personId: 'S2', waveId: '2026-autumn', instrument: 'who5', score: 15 }),
		makeResponse({ personId: 'S3', waveId: '2026-spring', instrument: 'mayo_wbi', score: 3 }),
		makeResponse({ personId: 'S3', waveId: '2026-autumn', instrument: 'mayo_wbi', score: 4 }),
		makeResponse({ personId: 'S3', waveId: '2026-autumn', instrument: 'phq2', score: 3 }),
		makeResponse({ personId: 'S4', waveId: '2025-autumn', instrument: 'mayo_wbi', score: 1 }),
		makeResponse({ personId: 'S4', waveId: '2026-autumn', instrument: 'mayo_wbi', score: 3 }),
		makeResponse({ personId: 'S5', waveId: '2026-spring', instrument: 'mayo_wbi', score: 1 }),
		makeResponse({ personId: 'S8', waveId: '2026-autumn', instrument: 'mayo_wbi', score: null })
	]
};
