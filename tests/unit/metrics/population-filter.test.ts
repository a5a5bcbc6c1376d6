/**
 * Known answer: which trainees each filter keeps, as of 2025-07-01.
 *
 *   A  P1 MD  MS1 cohort 2023  woman  urim      mentored, meetings: virtual, virtual, in_person → remote 2/3 > 1/2 → virtual
 *   B  P1 MD  MS2 cohort 2022  man    not urim  mentored, meetings: in_person, phone → remote 1/2, not > 1/2 → in_person
 *   C  P2 RN  NR1 cohort 2024  woman  unknown   request only (no mentor) → unmentored; no meetings → no modality
 *   D  P2 RN  NR1 cohort 2024  man    urim      matched 2025-08-01 (after as_of) → unmentored
 *   E  P1 MD  MS4 cohort 2021  woman  not urim  graduated 2025-05-15 → outside dateFrom 2025-06-01
 *   M  mentor: never in a population
 * A cancelled virtual meeting of B does not count toward modality.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePopulation, makeFilter, type PopulationFilter } from '../../../src/lib/metrics/population-filter';
import { makeDemographics, makeMeeting, makeMentor, makePairing, makeProgram, makeTrainee, type Fixture } from '../../factories';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from './engines';

const fixture: Fixture = {
	asOf: '2025-07-01',
	programs: [makeProgram({ id: 'P1' }), makeProgram({ id: 'P2', kind: 'nursing' })],
	people: [
		makeMentor({ id: 'M' }),
		makeTrainee({ id: 'A', programId: 'P1', trainingLevel: 'MS1', cohortYear: 2023 }),
		makeTrainee({ id: 'B', programId: 'P1', trainingLevel: 'MS2', cohortYear: 2022 }),
		makeTrainee({ id: 'C', programId: 'P2', profession: 'RN', trainingLevel: 'NR1', cohortYear: 2024 }),
		makeTrainee({ id: 'D', programId: 'P2', profession: 'RN', trainingLevel: 'NR1', cohortYear: 2024 }),
		makeTrainee({ id: 'E', programId: 'P1', trainingLevel: 'MS4', cohortYear: 2021, startDate: '2021-07-01', status: 'graduated', exitDate: '2025-05-15' })
	],
	demographics: [
		makeDemographics('A', { gender: 'woman', urim: true }),
		makeDemographics('B', { gender: 'man', urim: false }),
		makeDemographics('C', { gender: 'woman', urim: null }),
		makeDemographics('D', { gender: 'man', urim: true }),
		makeDemographics('E', { gender: 'woman', urim: false })
	],
	pairings: [
		makePairing({ id: 'PA', menteeId: 'A', mentorId: 'M', matchedAt: '2024-01-01' }),
		makePairing({ id: 'PB', menteeId: 'B', mentorId: 'M', matchedAt: '2024-01-01' }),
		makePairing({ id: 'PC', menteeId: 'C', mentorId: null, requestedAt: '2025-06-01' }),
		makePairing({ id: 'PD', menteeId: 'D', mentorId: 'M', matchedAt: '2025-08-01' })
	],
	meetings: [
		makeMeeting({ pairingId: 'PA', modality: 'virtual' }),
		makeMeeting({ pairingId: 'PA', modality: 'virtual' }),
		makeMeeting({ pairingId: 'PA', modality: 'in_person' }),
		makeMeeting({ pairingId: 'PB', modality: 'in_person' }),
		makeMeeting({ pairingId: 'PB', modality: 'phone' }),
		makeMeeting({ pairingId: 'PB', modality: 'virtual', completed: false })
	]
};

const cases: [string, Partial<PopulationFilter>, string[]][] = [
	['no filter keeps every trainee, never the mentor', {}, ['A', 'B', 'C', 'D', 'E']],
	['program', { programs: ['P2'] }, ['C', 'D']],
	['profession and level', { professions: ['MD'], levels: ['MS1', 'MS2'] }, ['A', 'B']],
	['cohort range inclusive', { cohortFrom: 2022, cohortTo: 2023 }, ['A', 'B']],
	['enrolled during the date range', { dateFrom: '2025-06-01', dateTo: '2025-06-30' }, ['A', 'B', 'C', 'D']],
	['mentored = ever matched by as_of', { mentored: 'mentored' }, ['A', 'B']],
	['unmentored', { mentored: 'unmentored' }, ['C', 'D', 'E']],
	['mostly virtual (phone counts as remote)', { modality: 'virtual' }, ['A']],
	['mostly in person', { modality: 'in_person' }, ['B']],
	['gender', { genders: ['woman'] }, ['A', 'C', 'E']],
	['urim yes; unknown matches neither', { urim: true }, ['A', 'D']],
	['urim no', { urim: false }, ['B', 'E']],
	['filters combine with AND', { programs: ['P1'], genders: ['woman'], mentored: 'mentored' }, ['A']]
];

describe.each(ENGINES)('population filter on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, fixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it.each(cases)('%s', async (_name, partial, expected) => {
		const { cte, params } = compilePopulation(makeFilter(partial));
		const rows = await db.query<{ person_id: string }>(`WITH ${cte} SELECT person_id FROM population ORDER BY person_id`, params);
		expect(rows.map((r) => r.person_id)).toEqual(expected);
	});
});
