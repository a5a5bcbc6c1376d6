/**
 * Known answer: active trainees on as_of, in total and by program.
 *
 * as_of 2025-07-01. Active = role trainee or both, status active.
 *   P1 UME: T1, T2 active; T3 role both, active; T4 on leave (not active); T5 graduated → 3
 *   P2 Surgery: R1, R2 active; R3 withdrawn → 2
 *   P3 Nursing: N1 withdrawn → 0 (the program still gets its row)
 *   PX (not in programs): T9 active → 1, name NULL, so rows add up to the total
 *   M1 is a mentor: never a trainee.
 * Total = 3 + 2 + 0 + 1 = 6.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTrainees } from '../../../src/lib/metrics/enrollment';
import { makeMentor, makeProgram, makeTrainee, type Fixture } from '../../factories';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from './engines';

const fixture: Fixture = {
	asOf: '2025-07-01',
	programs: [
		makeProgram({ id: 'P1', name: 'UME Mentoring' }),
		makeProgram({ id: 'P2', name: 'Surgery Residency', kind: 'GME' }),
		makeProgram({ id: 'P3', name: 'Nurse Residency', kind: 'nursing' })
	],
	people: [
		makeTrainee({ id: 'T1', programId: 'P1' }),
		makeTrainee({ id: 'T2', programId: 'P1' }),
		makeTrainee({ id: 'T3', programId: 'P1', role: 'both', trainingLevel: 'PGY3' }),
		makeTrainee({ id: 'T4', programId: 'P1', status: 'leave_of_absence' }),
		makeTrainee({ id: 'T5', programId: 'P1', status: 'graduated', exitDate: '2025-05-20' }),
		makeTrainee({ id: 'R1', programId: 'P2', trainingLevel: 'PGY1' }),
		makeTrainee({ id: 'R2', programId: 'P2', trainingLevel: 'PGY2' }),
		makeTrainee({ id: 'R3', programId: 'P2', status: 'withdrawn', exitDate: '2024-12-01' }),
		makeTrainee({ id: 'N1', programId: 'P3', profession: 'RN', status: 'withdrawn', exitDate: '2025-01-15' }),
		makeTrainee({ id: 'T9', programId: 'PX' }),
		makeMentor({ id: 'M1', programId: 'P1' })
	]
};

describe.each(ENGINES)('active trainees on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, fixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('counts active trainees in total and per home program', async () => {
		const result = await activeTrainees(db);
		expect(result.total).toBe(6);
		expect(result.byProgram).toEqual([
			{ programId: 'P1', programName: 'UME Mentoring', trainees: 3 },
			{ programId: 'P2', programName: 'Surgery Residency', trainees: 2 },
			{ programId: 'P3', programName: 'Nurse Residency', trainees: 0 },
			{ programId: 'PX', programName: null, trainees: 1 }
		]);
	});
});
