/**
 * Three programs for the reviewer tables; every count below is used in the tests' comments.
 * as_of 2024-06-30; everyone starts 2023-07-01 (eligible for wave W1 opening 2024-03-01).
 *
 *   P1 "Program One":  20 active MD (P1-MD-1..20), 12 active RN (P1-RN-1..12);
 *                      exits: 2 withdrawn MS2 (personal), 1 graduated MS4; mentors PM1, PM2.
 *                      Pairings in force: P1-MD-1..14 with PM1. Meeting ratings on them.
 *                      URiM: P1-MD-1..8 yes, P1-MD-9..20 and P1-RN-1..8 no, P1-RN-9..12 unknown
 *                      (no demographics row); mentor PM1 yes, PM2 no.
 *                      W1 Mini-Z: all 20 MD answer, P1-MD-1..6 score 4 (flagged), the rest 1.
 *   P2 "Program Two":  15 active MD, 3 active RN; exit: 1 dismissed PGY1; mentor QM1.
 *                      Pairings in force: P2-MD-1..5 with QM1. W1: all 15 MD answer, 2 flagged.
 *   P3 "Small":        4 active MD, nobody else.
 */
import { makeDemographics, makeMentor, makePairing, makeMeeting, makeProgram, makeResponse, makeTrainee, makeWave, type Fixture } from '../../factories';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

export function reviewerFixture(): Fixture {
	const md = (p: string, n: number) => range(n).map((i) => makeTrainee({ id: `${p}-MD-${i}`, programId: p, profession: 'MD' }));
	const rn = (p: string, n: number) => range(n).map((i) => makeTrainee({ id: `${p}-RN-${i}`, programId: p, profession: 'RN', trainingLevel: 'NR1' }));
	const people = [
		...md('P1', 20),
		...rn('P1', 12),
		makeTrainee({ id: 'P1-X-1', programId: 'P1', trainingLevel: 'MS2', status: 'withdrawn', exitDate: '2024-01-15', exitReason: 'personal' }),
		makeTrainee({ id: 'P1-X-2', programId: 'P1', trainingLevel: 'MS2', status: 'withdrawn', exitDate: '2024-02-15', exitReason: 'personal' }),
		makeTrainee({ id: 'P1-X-3', programId: 'P1', trainingLevel: 'MS4', status: 'graduated', exitDate: '2024-05-15' }),
		makeMentor({ id: 'PM1', programId: 'P1' }),
		makeMentor({ id: 'PM2', programId: 'P1' }),
		...md('P2', 15),
		...rn('P2', 3),
		makeTrainee({ id: 'P2-X-1', programId: 'P2', trainingLevel: 'PGY1', status: 'dismissed', exitDate: '2024-04-01' }),
		makeMentor({ id: 'QM1', programId: 'P2' }),
		...md('P3', 4)
	];
	const pairings = [
		...range(14).map((i) => makePairing({ id: `pa-P1-${i}`, mentorId: 'PM1', menteeId: `P1-MD-${i}`, programId: 'P1' })),
		...range(5).map((i) => makePairing({ id: `pa-P2-${i}`, mentorId: 'QM1', menteeId: `P2-MD-${i}`, programId: 'P2' }))
	];
	const wave = makeWave({ id: 'W1', label: 'Spring 2024', opensOn: '2024-03-01' });
	return {
		asOf: '2024-06-30',
		programs: [makeProgram({ id: 'P1', name: 'Program One' }), makeProgram({ id: 'P2', name: 'Program Two' }), makeProgram({ id: 'P3', name: 'Small' })],
		people,
		demographics: [
			...range(8).map((i) => makeDemographics(`P1-MD-${i}`, { urim: true })),
			...range(12).map((i) => makeDemographics(`P1-MD-${i + 8}`, { urim: false })),
			...range(8).map((i) => makeDemographics(`P1-RN-${i}`, { urim: false })),
			makeDemographics('PM1', { urim: true }),
			makeDemographics('PM2', { urim: false })
		],
		pairings,
		meetings: pairings.map((p) => makeMeeting({ pairingId: p.pairing_id, rating: 3 })),
		waves: [wave],
		responses: [
			...range(20).map((i) => makeResponse({ personId: `P1-MD-${i}`, waveId: 'W1', score: i <= 6 ? 4 : 1 })),
			...range(15).map((i) => makeResponse({ personId: `P2-MD-${i}`, waveId: 'W1', score: i <= 2 ? 4 : 1 }))
		]
	};
}
