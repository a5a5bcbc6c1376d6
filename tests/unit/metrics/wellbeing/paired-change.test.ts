/**
 * Known answer: paired change, first vs latest scored wave per person (fixture.ts).
 *
 * Pairs (latest − first), mentored = pairing in force on the later wave's opens_on:
 *   A  W1 2 → W3 4*  +2  not flagged → flagged (crossed in)   PA in force on 2025-03-01: mentored
 *   B  W1 4* → W3 2  −2  flagged → not (crossed out)          PB ended 2024-12-01: unmentored
 *   C  W2 1 → W3 1    0                                       unmentored
 *   D  W1 3* → W3 4* +1  stays flagged                        PD matched on W3's opens_on: mentored
 *   G  W2 2 → W3 1   −1                                       request only: unmentored
 *   K  W2 2 → W3 3*  +1  crossed in (W3: most adverse of 1, 3) unmentored
 * Excluded: E (one wave), F (second answer unscored), H (one wave), I and J (none), M1 (mentor).
 *
 * all (n 6): changes 2, −2, 0, 1, −1, 1; mean 1/6 = 0.166667; squared deviations sum 10.833333,
 *   SD √(10.833333/5) = 1.471960; t(0.975, 5) = 2.570582; half = 2.570582 × 1.471960/√6
 *   = 1.544727 → CI −1.378061 … 1.711394. Not flagged first A, C, G, K = 4, crossed in A, K
 *   = 2 → 0.5 (Wilson 2/4: 0.150039–0.849961). Flagged first B, D = 2, crossed out B → 0.5.
 * mentored (n 2): 2, 1 → mean 1.5, SD 0.707107, t(0.975, 1) = 12.706205, half 6.353102
 *   → −4.853102 … 7.853102. Crossed in 1 of 1 (A), out 0 of 1 (D).
 * unmentored (n 4): −2, 0, −1, 1 → mean −0.5, SD √(5/3) = 1.290994, t(0.975, 3) = 3.182446,
 *   half 2.054260 → −2.554260 … 1.554260. Crossed in 1 of 3 (K), out 1 of 1 (B).
 * Welch, mentored − unmentored: 2.0; va = 0.5/2 = 0.25, vb = (5/3)/4 = 0.416667;
 *   df = 0.666667² / (0.25²/1 + 0.416667²/3) = 3.692308; t(0.975, 3.692308) = 2.870117;
 *   half = 2.870117 × √0.666667 = 2.343441 → −0.343441 … 4.343441.
 *
 * Program P1 only: D leaves; mentored is A alone (n 1: mean 2, no CI, no Welch).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { pairedChange } from '../../../../src/lib/metrics/wellbeing/paired-change';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { WELLBEING_FIXTURE } from './fixture';

describe.each(ENGINES)('paired change on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, WELLBEING_FIXTURE);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('pairs first and latest scored waves, split by mentoring at the later wave', async () => {
		const { groups, mentoredMinusUnmentored: diff } = await pairedChange(db, makeFilter(), { instrument: 'mini_z_burnout' });
		expect(groups.map((g) => [g.group, g.n])).toEqual([['all', 6], ['mentored', 2], ['unmentored', 4]]);
		const [all, mentored, unmentored] = groups;

		expect(all.meanChange).toBeCloseTo(1 / 6, 6);
		expect(all.sdChange).toBeCloseTo(1.47196014, 6);
		expect(all.lower).toBeCloseTo(-1.378060769, 6);
		expect(all.upper).toBeCloseTo(1.711394103, 6);
		expect(all).toMatchObject({ notFlaggedFirst: 4, crossedIn: 2, flaggedFirst: 2, crossedOut: 1 });
		expect(all.crossedInShare).toBeCloseTo(0.5, 6);
		expect(all.crossedInLower).toBeCloseTo(0.150038989, 6);
		expect(all.crossedInUpper).toBeCloseTo(0.849961011, 6);
		expect(all.crossedOutShare).toBeCloseTo(0.5, 6);

		expect(mentored.meanChange).toBeCloseTo(1.5, 6);
		expect(mentored.lower).toBeCloseTo(-4.853102368, 6);
		expect(mentored.upper).toBeCloseTo(7.853102368, 6);
		expect(mentored).toMatchObject({ notFlaggedFirst: 1, crossedIn: 1, flaggedFirst: 1, crossedOut: 0 });

		expect(unmentored.meanChange).toBeCloseTo(-0.5, 6);
		expect(unmentored.lower).toBeCloseTo(-2.554260257, 6);
		expect(unmentored.upper).toBeCloseTo(1.554260257, 6);
		expect(unmentored).toMatchObject({ notFlaggedFirst: 3, crossedIn: 1, flaggedFirst: 1, crossedOut: 1 });
		expect(unmentored.crossedInShare).toBeCloseTo(1 / 3, 6);

		expect(diff?.difference).toBeCloseTo(2, 6);
		expect(diff?.df).toBeCloseTo(3.692307692, 6);
		expect(diff?.lower).toBeCloseTo(-0.343440941, 5);
		expect(diff?.upper).toBeCloseTo(4.343440941, 5);
	});

	it('gives no interval for a group of one, and no difference then', async () => {
		const { groups, mentoredMinusUnmentored } = await pairedChange(db, makeFilter({ programs: ['P1'] }), { instrument: 'mini_z_burnout' });
		const mentored = groups.find((g) => g.group === 'mentored');
		expect(mentored).toMatchObject({ n: 1, meanChange: 2, lower: null, upper: null });
		expect(groups.find((g) => g.group === 'all')?.n).toBe(5);
		expect(mentoredMinusUnmentored).toBeNull();
	});

	it('returns empty groups when nobody answered two waves', async () => {
		const { groups } = await pairedChange(db, makeFilter(), { instrument: 'who5' });
		expect(groups.map((g) => [g.group, g.n, g.meanChange, g.crossedInShare])).toEqual([
			['all', 0, null, null],
			['mentored', 0, null, null],
			['unmentored', 0, null, null]
		]);
	});
});
