/**
 * Hand-made programmes for the per-program thresholds, the two newer rules and the date
 * edges. as_of 2026-11-01. Days back from it (worked out once, used below):
 *   10 → 2026-10-22   12 → 10-20   20 → 10-12   29 → 10-03   30 → 10-02   60 → 09-02
 *   61 → 09-01   89 → 08-04   90 → 08-03   104 → 07-20   179 → 05-06   295 → 2026-01-10
 * Declining windows (default 90 days): recent = 0–89 days back (2026-08-04 … 11-01),
 * previous = 90–179 days back (2026-05-06 … 08-03).
 *
 * Q1 keeps the defaults; Q2 saved its own (Q2_THRESHOLDS): list unmatched after 10 days,
 * silent pairings after 30, declines below 75%, quiet mentors after 30; the Mini-Z flag
 * counts; no worsening counts.
 *
 * Q1 (defaults)
 *   F1 with N-1: previous 05-10, 06-10, 07-10, 08-03 (90 back: the previous window's last
 *      day); recent 10-20 → 1 < 50% of 4 → declining, last met 12 days ago. Had 08-03 been
 *      counted as recent it would be 2 vs 3, under the base of 4: the boundary decides.
 *   F2 with N-1: previous 05-10, 06-10, 07-10; recent 10-20 → base 3 < 4 → not listed
 *   F3 with N-1: previous 4 (as F1); recent 09-20, 10-20 → 2 is exactly 50%, not fewer → not listed
 *   F4 with N-1: previous 05-10, 06-10, 07-10, 07-15, 07-20; nothing since → silent 104 days:
 *      disengaged (high, ≥ 2 × 60), not also declining
 *   G1 with N-2 (matched 2025-06-01), last met 08-03 → silent 90 days: disengaged (medium);
 *      N-2 quiet exactly 90 days → mentor inactive (medium, boundary day counts)
 *   H1, H2 with N-3, matched 2026-10-01 and 2026-01-10, never met; N-3's previous pair (HX,
 *      ended 2025-12-01) last met 2025-11-15 → N-3 quiet since 2026-01-10: 295 days, high
 *   J1 with N-4 matched 2026-09-01, never met → 61 days: disengaged (medium); N-4 at 61 < 90: not inactive
 *   V3 joined 10-02 → waited 30 days: unmatched (boundary day counts)
 *   V4 joined 10-03 → 29 days: inside the grace period, not listed
 *   V1 joined 10-12 → 20 days: inside the grace period, not listed
 *   W1 with N-1 matched 2025-01-01, never met, ended early on 11-01 = as_of → not in force:
 *      not disengaged; unmatched for 0 days, inside the grace period
 *   Z2 Mini-Z 4 in the latest wave → flag does not count in Q1: not listed
 *   Z4 Mayo WBI 1 → 3 (+2) → worsening counts in Q1: medium
 *   Z5 answered only 2025-autumn (Mayo 4) → no response to Autumn 2026; not a well-being item
 *   Z6 WHO-5 10 in the latest wave only (flag: poor well-being, not counted by default) → not listed
 * Q2 (own thresholds)
 *   K1 with N-5 (Q2) matched 09-01, never met → 61 days ≥ 30: disengaged, high (≥ 2 × 30);
 *      N-5 (K1 only) quiet since the match, 61 days ≥ 30: mentor inactive, high (≥ 60)
 *   K2 with N-6 (who also meets Z1 and Z3 this week): previous 4 (as F1), recent 09-20, 10-20 → 2 < 75% of 4 = 3 → declining in Q2
 *   V2 joined 10-12 → 20 days ≥ 10: unmatched (medium)
 *   Z1 Mini-Z 4 → flag counts in Q2: high
 *   Z3 Mayo WBI 1 → 3 (+2) → worsening does not count in Q2: not listed
 * Every trainee started 2024-07-01 unless named above.
 */
import { makeMeeting, makeMentor, makePairing, makeProgram, makeResponse, makeTrainee, makeWave, type Fixture } from '../../../factories';
import { thresholdsWith, type WorklistThresholds } from '../../../../src/lib/metrics/worklist';

export const Q2_THRESHOLDS: WorklistThresholds = thresholdsWith({
	unmatchedDays: 10,
	noMeetingDays: 30,
	decliningPercent: 75,
	mentorInactiveDays: 30,
	wellbeingFlags: ['mayo_wbi', 'phq2', 'mini_z_burnout'],
	wellbeingWorsening: []
});

const PREVIOUS_FOUR = ['2026-05-10', '2026-06-10', '2026-07-10', '2026-08-03'];

const trainee = (id: string, programId: string, startDate = '2024-07-01') => makeTrainee({ id, programId, startDate });
const meetings = (pairingId: string, dates: readonly string[]) => dates.map((date) => makeMeeting({ pairingId, date }));
const pairing = (id: string, menteeId: string, mentorId: string, programId: string, matchedAt: string, more: { endedAt?: string; endReason?: string } = {}) =>
	makePairing({ id, menteeId, mentorId, programId, matchedAt, ...more });

export const thresholdsFixture: Fixture = {
	asOf: '2026-11-01',
	programs: [makeProgram({ id: 'Q1' }), makeProgram({ id: 'Q2' })],
	people: [
		...['N-1', 'N-2', 'N-3', 'N-4'].map((id) => makeMentor({ id, programId: 'Q1', capacity: 5 })),
		...['N-5', 'N-6'].map((id) => makeMentor({ id, programId: 'Q2', capacity: 5 })),
		...['F1', 'F2', 'F3', 'F4', 'G1', 'H1', 'H2', 'HX', 'J1', 'W1', 'Z2', 'Z4', 'Z5', 'Z6'].map((id) => trainee(id, 'Q1')),
		trainee('V1', 'Q1', '2026-10-12'),
		trainee('V3', 'Q1', '2026-10-02'),
		trainee('V4', 'Q1', '2026-10-03'),
		...['K1', 'K2', 'Z1', 'Z3'].map((id) => trainee(id, 'Q2')),
		trainee('V2', 'Q2', '2026-10-12')
	],
	pairings: [
		pairing('PF1', 'F1', 'N-1', 'Q1', '2025-01-01'),
		pairing('PF2', 'F2', 'N-1', 'Q1', '2025-01-01'),
		pairing('PF3', 'F3', 'N-1', 'Q1', '2025-01-01'),
		pairing('PF4', 'F4', 'N-1', 'Q1', '2025-01-01'),
		pairing('PG1', 'G1', 'N-2', 'Q1', '2025-06-01'),
		pairing('PH1', 'H1', 'N-3', 'Q1', '2026-10-01'),
		pairing('PH2', 'H2', 'N-3', 'Q1', '2026-01-10'),
		pairing('PHX', 'HX', 'N-3', 'Q1', '2025-01-01', { endedAt: '2025-12-01' }),
		pairing('PHX2', 'HX', 'N-1', 'Q1', '2025-12-02'),
		pairing('PJ1', 'J1', 'N-4', 'Q1', '2026-09-01'),
		pairing('PW1', 'W1', 'N-1', 'Q1', '2025-01-01', { endedAt: '2026-11-01', endReason: 'ended_early' }),
		pairing('PK1', 'K1', 'N-5', 'Q2', '2026-09-01'),
		pairing('PK2', 'K2', 'N-6', 'Q2', '2025-01-01'),
		// The survey answerers are in pairings that met this week, so only the named rules fire.
		...['Z1', 'Z3'].map((id) => pairing(`P${id}`, id, 'N-6', 'Q2', '2026-10-01')),
		...['Z2', 'Z4', 'Z5', 'Z6'].map((id) => pairing(`P${id}`, id, 'N-1', 'Q1', '2026-10-01'))
	],
	meetings: [
		...meetings('PF1', [...PREVIOUS_FOUR, '2026-10-20']),
		...meetings('PF2', ['2026-05-10', '2026-06-10', '2026-07-10', '2026-10-20']),
		...meetings('PF3', [...PREVIOUS_FOUR, '2026-09-20', '2026-10-20']),
		...meetings('PF4', ['2026-05-10', '2026-06-10', '2026-07-10', '2026-07-15', '2026-07-20']),
		...meetings('PG1', ['2026-08-03']),
		...meetings('PHX', ['2025-11-15']),
		...meetings('PHX2', ['2026-10-28']),
		...meetings('PK2', [...PREVIOUS_FOUR, '2026-09-20', '2026-10-20']),
		...['Z1', 'Z2', 'Z3', 'Z4', 'Z5', 'Z6'].flatMap((id) => meetings(`P${id}`, ['2026-10-28']))
	],
	waves: [
		makeWave({ id: '2025-autumn', label: 'Autumn 2025', opensOn: '2025-10-06' }),
		makeWave({ id: '2026-spring', label: 'Spring 2026', opensOn: '2026-03-02' }),
		makeWave({ id: '2026-autumn', label: 'Autumn 2026', opensOn: '2026-10-05', closesOn: '2026-10-30' })
	],
	responses: [
		makeResponse({ personId: 'Z1', waveId: '2026-autumn', instrument: 'mini_z_burnout', score: 4 }),
		makeResponse({ personId: 'Z2', waveId: '2026-autumn', instrument: 'mini_z_burnout', score: 4 }),
		makeResponse({ personId: 'Z3', waveId: '2026-spring', instrument: 'mayo_wbi', score: 1 }),
		makeResponse({ personId: 'Z3', waveId: '2026-autumn', instrument: 'mayo_wbi', score: 3 }),
		makeResponse({ personId: 'Z4', waveId: '2026-spring', instrument: 'mayo_wbi', score: 1 }),
		makeResponse({ personId: 'Z4', waveId: '2026-autumn', instrument: 'mayo_wbi', score: 3 }),
		makeResponse({ personId: 'Z5', waveId: '2025-autumn', instrument: 'mayo_wbi', score: 4 }),
		makeResponse({ personId: 'Z6', waveId: '2026-autumn', instrument: 'who5', score: 10 })
	]
};
