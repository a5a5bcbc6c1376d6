/**
 * Known answers for the concordance part of the suggested-match score (weight 10 × share of
 * requested dimensions met; matching/concordance-request.ts), on both engines.
 *
 * Fixture, as_of 2026-11-01, program P1. Every mentor is MD, Pediatrics, with no pairing, so
 * for a Pediatrics MD trainee each scores 35 (specialty) + 20 (profession) + 20 (all places
 * free) + 7.5 (no ended pairing: 0.5 × 15) = 82.5 before concordance.
 *   mentor  gender  race/ethnicity   URiM  capacity
 *   M1      woman   black            yes   2
 *   M2      woman   white            no    2
 *   M3      man     asian            no    2
 *   M4      man     hispanic         yes   2
 *   M5      woman   white + other    no    2
 *   M6      woman   white            no    3
 *   M7      not reported (gender, race; URiM unknown)  1
 * Trainees (MD, Pediatrics, unmatched):
 *   W  woman, black + white, URiM; asked same gender, same race/ethnicity, URiM mentor
 *   N  woman, black + white, URiM; no request recorded
 *   O  gender not reported, other + asian; asked same gender and same race/ethnicity
 *   G  man, white; asked same gender and same profession
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestedMatches, type SuggestedMatch } from '../../../../src/lib/metrics/matching/suggested-matches';
import { makeDemographics, makeMentor, makeProgram, makeTrainee, type Fixture } from '../../../factories';
import type { PersonRaceRow, PersonRow } from '../../../factories/rows';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';

type Person = [id: string, gender: string | null, races: string[], urim: boolean | null];
const MENTORS: [...Person, capacity: number][] = [
	['M1', 'woman', ['black_african_american'], true, 2],
	['M2', 'woman', ['white'], false, 2],
	['M3', 'man', ['asian'], false, 2],
	['M4', 'man', ['hispanic_latino_spanish'], true, 2],
	['M5', 'woman', ['white', 'other'], false, 2],
	['M6', 'woman', ['white'], false, 3],
	['M7', 'not_reported', ['not_reported'], null, 1]
];
const TRAINEES: [...Person, request: string | null][] = [
	['W', 'woman', ['black_african_american', 'white'], true, 'same_gender;same_race_ethnicity;urim_mentor'],
	['N', 'woman', ['black_african_american', 'white'], true, null],
	['O', 'not_reported', ['other', 'asian'], false, 'same_gender;same_race_ethnicity'],
	['G', 'man', ['white'], false, 'same_gender;same_profession']
];

const people: PersonRow[] = [
	...MENTORS.map(([id, , , , capacity]) => ({ ...makeMentor({ id, programId: 'P1', capacity }), specialty_interest: 'Pediatrics' })),
	...TRAINEES.map(([id, , , , request]) => ({ ...makeTrainee({ id, programId: 'P1' }), specialty_interest: 'Pediatrics', concordance_request: request }))
];
const everyone: Person[] = [...MENTORS, ...TRAINEES].map(([id, gender, races, urim]) => [id, gender, races, urim]);

const fixture: Fixture = {
	asOf: '2026-11-01',
	programs: [makeProgram({ id: 'P1' })],
	people,
	demographics: everyone.map(([id, gender, , urim]) => makeDemographics(id, { gender, urim })),
	personRace: everyone.flatMap(([id, , races]) => races.map((race): PersonRaceRow => ({ person_id: id, race_ethnicity: race })))
};

const ranking = (rows: SuggestedMatch[]) => rows.map((r) => [r.mentor_id, r.concordance_match, r.concordance_points, r.score]);

describe.each(ENGINES)('concordance requests in suggested matches on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, fixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('scores the share of requested dimensions met, ties by free places then id', async () => {
		// W asked 3 things:
		//   M1 woman, black (shared), URiM → 3/3 → 10 → 92.5
		//   M2, M5, M6 woman, white (shared: race is "any of") , not URiM → 2/3 → 6.666667 → 89.166667;
		//     M6 has 3 free places, M2 and M5 two → M6, then M2, M5 by id
		//   M4 man, hispanic (not W's), URiM → 1/3 → 3.333333 → 85.833333
		//   M3 man, asian, not URiM → 0/3 → 0 → 82.5; M7 nothing reported → 0 → 82.5, 1 free place vs 2 → last
		const rows = await suggestedMatches(db, 'W');
		expect(ranking(rows)).toEqual([
			['M1', 1, 10, 92.5],
			['M6', 2 / 3, 6.666667, 89.166667],
			['M2', 2 / 3, 6.666667, 89.166667],
			['M5', 2 / 3, 6.666667, 89.166667],
			['M4', 1 / 3, 3.333333, 85.833333],
			['M3', 0, 0, 82.5],
			['M7', 0, 0, 82.5]
		]);
		expect(rows.map((r) => [r.rank, r.concordance_requested, r.concordance_met])).toEqual([
			[1, 'same_gender;same_race_ethnicity;urim_mentor', 'same_gender;same_race_ethnicity;urim_mentor'],
			[2, 'same_gender;same_race_ethnicity;urim_mentor', 'same_gender;same_race_ethnicity'],
			[3, 'same_gender;same_race_ethnicity;urim_mentor', 'same_gender;same_race_ethnicity'],
			[4, 'same_gender;same_race_ethnicity;urim_mentor', 'same_gender;same_race_ethnicity'],
			[5, 'same_gender;same_race_ethnicity;urim_mentor', 'urim_mentor'],
			[6, 'same_gender;same_race_ethnicity;urim_mentor', null],
			[7, 'same_gender;same_race_ethnicity;urim_mentor', null]
		]);
	});

	it('gives every mentor 0 when no request is recorded, leaving the order to the other parts', async () => {
		// N is W without a request: all 82.5; M6 first (3 free places), M7 last (1), the rest by id.
		const rows = await suggestedMatches(db, 'N');
		expect(ranking(rows)).toEqual([
			['M6', 0, 0, 82.5],
			['M1', 0, 0, 82.5],
			['M2', 0, 0, 82.5],
			['M3', 0, 0, 82.5],
			['M4', 0, 0, 82.5],
			['M5', 0, 0, 82.5],
			['M7', 0, 0, 82.5]
		]);
		expect(rows.every((r) => r.concordance_requested === null && r.concordance_met === null)).toBe(true);
	});

	it('counts a shared race category but never "other" or an unreported gender', async () => {
		// O (gender not reported; other + asian) asked same gender and same race/ethnicity.
		// Same gender is met by nobody: an unreported gender is never taken as a match, not even
		// M7's (also not reported), whose "not_reported" race is no shared category either.
		// Race: only M3 (asian) shares a category → 1/2 → 5 → 87.5. M5 (white + other) shares
		// only "other", which names no shared identity → 0. Rest 82.5: M6 (3 free), then by id.
		expect(ranking(await suggestedMatches(db, 'O'))).toEqual([
			['M3', 0.5, 5, 87.5],
			['M6', 0, 0, 82.5],
			['M1', 0, 0, 82.5],
			['M2', 0, 0, 82.5],
			['M4', 0, 0, 82.5],
			['M5', 0, 0, 82.5],
			['M7', 0, 0, 82.5]
		]);
	});

	it('judges same profession and same gender together', async () => {
		// G (man, MD) asked same gender and same profession; every mentor is MD.
		//   M3, M4 men → 2/2 → 10 → 92.5 (equal capacity → by id)
		//   women and M7 (gender not reported) → 1/2 → 5 → 87.5: M6 (3 free), M1, M2, M5 (2), M7 (1)
		expect(ranking(await suggestedMatches(db, 'G'))).toEqual([
			['M3', 1, 10, 92.5],
			['M4', 1, 10, 92.5],
			['M6', 0.5, 5, 87.5],
			['M1', 0.5, 5, 87.5],
			['M2', 0.5, 5, 87.5],
			['M5', 0.5, 5, 87.5],
			['M7', 0.5, 5, 87.5]
		]);
	});
});
