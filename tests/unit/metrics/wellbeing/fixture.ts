/**
 * One hand-made fixture for every well-being known-answer test, as of 2025-07-01.
 * Trainees start 2023-07-01 in P1 as MD MS1 unless noted; Mini-Z burnout item answers
 * (flag: score ≥ 3, marked *).
 *
 *   person  program prof level  W1 2024-03-01  W2 2024-10-01  W3 2025-03-01  mentoring
 *   A       P1      MD   MS2    2              3*             4*             matched 2024-09-01, in force
 *   B       P1      MD   MS2    4*             —              2              matched 2024-01-01, ended 2024-12-01
 *   C       P1      DO   MS1    —              1              1              none
 *   D       P2      RN   NR1    3*             —              4*             matched 2025-03-01 (= W3 opens_on)
 *   E       P2      RN   NR1    —              —              3*             none
 *   F       P2      RN   NR1    5*             unscored       —              none
 *   G       P1      MD   MS1    (starts 2024-09-01) 2          1              request only, no mentor
 *   H       P1      MD   MS1    4*             (withdrew 2024-06-01)         none
 *   I       P1      MD   MS1    —              —              —              none
 *   J       P2      RN   NR1    —              —              —              none
 *   K       P1      MD   MS1    —              2              1 and 3* (twice) none
 *   M1      mentor, answers W3 with 5: never counted.
 * W4 2025-10-01 has no answers. WHO-5 (flag: raw < 13): A answers W3 twice (20 and 10),
 * B answers W3 with 15.
 *
 * Eligible (enrolled on opens_on): W1 A–F, H, I, J, K = 10 (G not started);
 * W2 and W3 and W4: A–G, I, J, K = 10 (H gone).
 */
import { makeMentor, makePairing, makeProgram, makeResponse, makeTrainee, makeWave, type Fixture } from '../../../factories';

const miniZ = (personId: string, waveId: string, score: number | null) => makeResponse({ personId, waveId, score });
const who5 = (personId: string, waveId: string, score: number) => makeResponse({ personId, waveId, score, instrument: 'who5' });

export const WELLBEING_FIXTURE: Fixture = {
	asOf: '2025-07-01',
	programs: [makeProgram({ id: 'P1', name: 'Medicine' }), makeProgram({ id: 'P2', name: 'Nursing', kind: 'nursing' })],
	people: [
		makeTrainee({ id: 'A', trainingLevel: 'MS2' }),
		makeTrainee({ id: 'B', trainingLevel: 'MS2' }),
		makeTrainee({ id: 'C', profession: 'DO' }),
		...['D', 'E', 'F', 'J'].map((id) => makeTrainee({ id, programId: 'P2', profession: 'RN', trainingLevel: 'NR1' })),
		makeTrainee({ id: 'G', startDate: '2024-09-01' }),
		makeTrainee({ id: 'H', status: 'withdrawn', exitDate: '2024-06-01' }),
		makeTrainee({ id: 'I' }),
		makeTrainee({ id: 'K' }),
		makeMentor({ id: 'M1' })
	],
	pairings: [
		makePairing({ id: 'PA', menteeId: 'A', mentorId: 'M1', matchedAt: '2024-09-01' }),
		makePairing({ id: 'PB', menteeId: 'B', mentorId: 'M1', matchedAt: '2024-01-01', endedAt: '2024-12-01' }),
		makePairing({ id: 'PD', menteeId: 'D', mentorId: 'M1', matchedAt: '2025-03-01', programId: 'P2' }),
		makePairing({ id: 'PG', menteeId: 'G', mentorId: null, requestedAt: '2024-10-01' })
	],
	waves: [
		makeWave({ id: 'W1', label: 'Spring 2024', opensOn: '2024-03-01', closesOn: '2024-03-22' }),
		makeWave({ id: 'W2', label: 'Autumn 2024', opensOn: '2024-10-01', closesOn: '2024-10-22' }),
		makeWave({ id: 'W3', label: 'Spring 2025', opensOn: '2025-03-01', closesOn: '2025-03-22' }),
		makeWave({ id: 'W4', label: 'Autumn 2025', opensOn: '2025-10-01', closesOn: '2025-10-22' })
	],
	responses: [
		miniZ('A', 'W1', 2),
		miniZ('B', 'W1', 4),
		miniZ('D', 'W1', 3),
		miniZ('F', 'W1', 5),
		miniZ('H', 'W1', 4),
		miniZ('A', 'W2', 3),
		miniZ('C', 'W2', 1),
		miniZ('F', 'W2', null),
		miniZ('G', 'W2', 2),
		miniZ('K', 'W2', 2),
		miniZ('A', 'W3', 4),
		miniZ('B', 'W3', 2),
		miniZ('C', 'W3', 1),
		miniZ('D', 'W3', 4),
		miniZ('E', 'W3', 3),
		miniZ('G', 'W3', 1),
		miniZ('K', 'W3', 1),
		miniZ('K', 'W3', 3),
		miniZ('M1', 'W3', 5),
		who5('A', 'W3', 20),
		who5('A', 'W3', 10),
		who5('B', 'W3', 15)
	]
};
