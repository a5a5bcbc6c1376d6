/**
 * One hand-made program for every Diversity known-answer test, as of 2025-07-01.
 *
 * Trainees (cohort = start year; all active except T7):
 *   id  cohort gender        urim  first_gen race (person_race)            program
 *   T1  2023   woman         yes   yes       black + white (two: both)      P1
 *   T2  2023   man           no    no        asian                          P1
 *   T3  2024   woman         yes   no        hispanic                       P1
 *   T4  2024   (no demographics row, no race row: everything unknown)       P1
 *   T5  2024   not_reported  NULL  NULL      not_reported (explicit row)    P1
 *   T6  2023   man           no    yes       white                          P2
 *   T7  2022   woman         no    no        white        withdrawn 2024-01-15
 *   T8  2024   man           no    no        white                          P1
 * Mentors:
 *   M1  woman  yes  no   black
 *   M2  man    no   no   white + asian (two)
 *   M3  woman  no   yes  white          (no pairing in force on as_of: idle)
 *   M4  (no demographics row, no race row)
 * Pairings (mentor–mentee, matched → ended, reason); meetings completed unless noted:
 *   PA1 M1–T1 2023-09-01 → ongoing         meetings 2023-10-01, 2024-01-10, 2025-03-01; 2024-05-01 not completed
 *   PA2 M2–T2 2023-09-01 → ongoing         meetings 2023-10-15, 2024-10-15
 *   PA3 M2–T3 2024-09-01 → ongoing         meeting  2024-10-01
 *   PA4 M4–T6 2024-01-01 → ongoing         no meetings
 *   PA5 M3–T3 2024-01-01 → 2024-07-01 ended_early    meetings 2024-02-01, 2024-04-01
 *   PA6 M1–T7 2022-09-01 → 2024-01-15 mentee_left    meetings 2022-10-01, 2023-01-10, 2023-05-10, 2023-11-10
 *   PA7 T4 request awaiting a mentor (no mentor, not matched)
 */
import { makeDemographics, makeMeeting, makeMentor, makePairing, makeProgram, makeTrainee, type Fixture } from '../../../factories';

const race = (personId: string, ...categories: string[]) => categories.map((race_ethnicity) => ({ person_id: personId, race_ethnicity }));

const start = (year: number) => `${year}-07-01`;

export const diversityFixture: Fixture = {
	asOf: '2025-07-01',
	programs: [makeProgram({ id: 'P1' }), makeProgram({ id: 'P2', kind: 'GME' })],
	people: [
		makeTrainee({ id: 'T1', startDate: start(2023) }),
		makeTrainee({ id: 'T2', startDate: start(2023) }),
		makeTrainee({ id: 'T3', startDate: start(2024) }),
		makeTrainee({ id: 'T4', startDate: start(2024) }),
		makeTrainee({ id: 'T5', startDate: start(2024) }),
		makeTrainee({ id: 'T6', startDate: start(2023), programId: 'P2' }),
		makeTrainee({ id: 'T7', startDate: start(2022), status: 'withdrawn', exitDate: '2024-01-15' }),
		makeTrainee({ id: 'T8', startDate: start(2024) }),
		makeMentor({ id: 'M1' }),
		makeMentor({ id: 'M2' }),
		makeMentor({ id: 'M3' }),
		makeMentor({ id: 'M4' })
	],
	demographics: [
		makeDemographics('T1', { gender: 'woman', urim: true, firstGen: true }),
		makeDemographics('T2', { gender: 'man', urim: false, firstGen: false }),
		makeDemographics('T3', { gender: 'woman', urim: true, firstGen: false }),
		makeDemographics('T5', { gender: 'not_reported' }),
		makeDemographics('T6', { gender: 'man', urim: false, firstGen: true }),
		makeDemographics('T7', { gender: 'woman', urim: false, firstGen: false }),
		makeDemographics('T8', { gender: 'man', urim: false, firstGen: false }),
		makeDemographics('M1', { gender: 'woman', urim: true, firstGen: false }),
		makeDemographics('M2', { gender: 'man', urim: false, firstGen: false }),
		makeDemographics('M3', { gender: 'woman', urim: false, firstGen: true })
	],
	personRace: [
		...race('T1', 'black_african_american', 'white'),
		...race('T2', 'asian'),
		...race('T3', 'hispanic_latino_spanish'),
		...race('T5', 'not_reported'),
		...race('T6', 'white'),
		...race('T7', 'white'),
		...race('T8', 'white'),
		...race('M1', 'black_african_american'),
		...race('M2', 'white', 'asian'),
		...race('M3', 'white')
	],
	pairings: [
		makePairing({ id: 'PA1', mentorId: 'M1', menteeId: 'T1', matchedAt: '2023-09-01' }),
		makePairing({ id: 'PA2', mentorId: 'M2', menteeId: 'T2', matchedAt: '2023-09-01' }),
		makePairing({ id: 'PA3', mentorId: 'M2', menteeId: 'T3', matchedAt: '2024-09-01' }),
		makePairing({ id: 'PA4', mentorId: 'M4', menteeId: 'T6', programId: 'P2', matchedAt: '2024-01-01' }),
		makePairing({ id: 'PA5', mentorId: 'M3', menteeId: 'T3', matchedAt: '2024-01-01', endedAt: '2024-07-01', endReason: 'ended_early' }),
		makePairing({ id: 'PA6', mentorId: 'M1', menteeId: 'T7', matchedAt: '2022-09-01', endedAt: '2024-01-15', endReason: 'mentee_left' }),
		makePairing({ id: 'PA7', mentorId: null, menteeId: 'T4', requestedAt: '2025-05-01' })
	],
	meetings: [
		...['2023-10-01', '2024-01-10', '2025-03-01'].map((date) => makeMeeting({ pairingId: 'PA1', date })),
		makeMeeting({ pairingId: 'PA1', date: '2024-05-01', completed: false }),
		...['2023-10-15', '2024-10-15'].map((date) => makeMeeting({ pairingId: 'PA2', date })),
		makeMeeting({ pairingId: 'PA3', date: '2024-10-01' }),
		...['2024-02-01', '2024-04-01'].map((date) => makeMeeting({ pairingId: 'PA5', date })),
		...['2022-10-01', '2023-01-10', '2023-05-10', '2023-11-10'].map((date) => makeMeeting({ pairingId: 'PA6', date }))
	]
};
