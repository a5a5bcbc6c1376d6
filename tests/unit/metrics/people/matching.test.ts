/**
 * Known answers for the suggested-match score (weights: specialty 35, profession 20,
 * concordance 10, load 20, record 15; record 0.5 with no ended pairing) on ./fixture.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestedMatches, type SuggestedMatch } from '../../../../src/lib/metrics/matching/suggested-matches';
import { MATCH_COMPONENTS } from '../../../../src/lib/metrics/matching/weights';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { peopleFixture } from './fixture';

const ranking = (rows: SuggestedMatch[]) => rows.map((r) => [r.rank, r.mentor_id, r.score]);

describe.each(ENGINES)('suggested matches on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, peopleFixture);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('weights add up to 100', () => {
		expect(MATCH_COMPONENTS.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
	});

	it('ranks mentors of the trainee’s program with free places, ties broken by free places then id', async () => {
		// Candidates for U (P1, MD, Pediatrics): M-A full, M-B over, M-C no capacity, M-G withdrawn,
		// M-H already paired with U, M-F another program → out.
		//   M-D: specialty "pediatrics " = Pediatrics 35 + DO ≠ MD 0 + 3/3 free 20 + record 1 − 0/1 → 15 = 70
		//   M-E: 35 + 20 + 1/2 free 10 + (1 − 2/3) × 15 = 5 → 70; tie with M-D, which has 3 free places vs 1
		//   M-I, M-J: Cardiology 0 + 20 + 20 + 0.5 × 15 = 7.5 → 47.5; same free places → by id
		expect(ranking(await suggestedMatches(db, 'U'))).toEqual([
			[1, 'M-D', 70],
			[2, 'M-E', 70],
			[3, 'M-I', 47.5],
			[4, 'M-J', 47.5]
		]);
	});

	it('breaks each score into components and points', async () => {
		const e = (await suggestedMatches(db, 'U')).find((r) => r.mentor_id === 'M-E')!;
		expect([e.specialty_match, e.profession_match, e.concordance_match, e.load_room]).toEqual([1, 1, 0, 0.5]);
		expect(e.record).toBeCloseTo(1 / 3, 6);
		expect([e.ended_pairings, e.ended_early]).toEqual([3, 2]);
		expect([e.specialty_points, e.profession_points, e.concordance_points, e.load_points, e.record_points]).toEqual([35, 20, 0, 10, 5]);
		expect([e.capacity, e.active_mentees, e.free_places]).toEqual([2, 1, 1]);
	});

	it('with a cross-discipline mentor sought, scores a different profession and looks in every program', async () => {
		//   M-D: 35 + DO ≠ MD 20 + 20 + 15 = 90
		//   M-F (P2, RN, Pediatrics): 35 + 20 + 2/2 free 20 + 7.5 = 82.5
		//   M-E: 35 + 0 + 10 + 5 = 50;  M-I, M-J: 0 + 0 + 20 + 7.5 = 27.5
		expect(ranking(await suggestedMatches(db, 'U', { crossDiscipline: true }))).toEqual([
			[1, 'M-D', 90],
			[2, 'M-F', 82.5],
			[3, 'M-E', 50],
			[4, 'M-I', 27.5],
			[5, 'M-J', 27.5]
		]);
	});

	it('gives an undecided trainee no specialty points and counts a mentor’s early end against them', async () => {
		// V (Undecided) was never paired with M-H, whose one ended pairing (with U) ended early → record 0.
		//   M-I, M-J: 0 + 20 + 20 + 7.5 = 47.5;  M-H: 0 + 20 + 1/1 free 20 + 0 = 40
		//   M-D: 0 + 0 + 20 + 15 = 35;  M-E: 0 + 20 + 10 + 5 = 35 (M-D first: 3 free places vs 1)
		expect(ranking(await suggestedMatches(db, 'V'))).toEqual([
			[1, 'M-I', 47.5],
			[2, 'M-J', 47.5],
			[3, 'M-H', 40],
			[4, 'M-D', 35],
			[5, 'M-E', 35]
		]);
	});

	it('returns at most `limit` suggestions and nothing for an unknown person', async () => {
		expect(ranking(await suggestedMatches(db, 'U', { limit: 2 }))).toEqual([
			[1, 'M-D', 70],
			[2, 'M-E', 70]
		]);
		expect(await suggestedMatches(db, 'nobody')).toEqual([]);
		await expect(suggestedMatches(db, 'U', { limit: 0 })).rejects.toThrow('suggestion limit must be a whole number ≥ 1, got 0');
	});
});
