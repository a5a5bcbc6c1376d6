/**
 * Known answer: score distribution per wave (fixture.ts), Mini-Z bins 1–5, one point wide.
 *   W1 scored A 2, B 4, D 3, F 5, H 4 → n 5: 1→0, 2→1, 3→1, 4→2, 5→1; shares 0, .2, .2, .4, .2;
 *      flagged (≥ 3) 0, 0, 1, 2, 1.
 *   W2 scored A 3, C 1, G 2, K 2 (F unscored, left out) → n 4: 1→1, 2→2, 3→1, 4→0, 5→0.
 *   W3 scored A 4, B 2, C 1, D 4, E 3, G 1, K 3 (most adverse of 1 and 3; M1 not a trainee)
 *      → n 7: 1→2, 2→1, 3→2, 4→2, 5→0.
 *   W4 has no answers: no bins at all.
 * Program P2, W3: D 4, E 3 → n 2: 3→1, 4→1.
 * WHO-5 (low is adverse, flag raw < 13), W3: A answered 20 and 10 → 10 counts (flagged);
 *   B 15 → n 2: bin 10 → 1 (flagged 1), bin 15 → 1 (flagged 0); 26 bins 0–25, the rest 0;
 *   bins 0–12 are in the flag range, 13–25 are not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { scoreDistribution, type ScoreBin } from '../../../../src/lib/metrics/wellbeing/score-distribution';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { WELLBEING_FIXTURE } from './fixture';

const counts = (bins: ScoreBin[], waveId: string) => bins.filter((b) => b.waveId === waveId).map((b) => [b.score, b.respondents]);

describe.each(ENGINES)('score distribution on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, WELLBEING_FIXTURE);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('counts scored respondents per score value and wave, with empty bins as 0', async () => {
		const bins = await scoreDistribution(db, makeFilter(), { instrument: 'mini_z_burnout' });
		expect([...new Set(bins.map((b) => b.waveId))]).toEqual(['W1', 'W2', 'W3']);
		expect(counts(bins, 'W1')).toEqual([[1, 0], [2, 1], [3, 1], [4, 2], [5, 1]]);
		expect(counts(bins, 'W2')).toEqual([[1, 1], [2, 2], [3, 1], [4, 0], [5, 0]]);
		expect(counts(bins, 'W3')).toEqual([[1, 2], [2, 1], [3, 2], [4, 2], [5, 0]]);
		const w1 = bins.filter((b) => b.waveId === 'W1');
		expect(w1.map((b) => b.n)).toEqual([5, 5, 5, 5, 5]);
		w1.forEach((b, i) => expect(b.share).toBeCloseTo([0, 0.2, 0.2, 0.4, 0.2][i], 6));
		expect(w1.map((b) => b.flagged)).toEqual([0, 0, 1, 2, 1]);
		expect(w1.map((b) => b.inFlagRange)).toEqual([false, false, true, true, true]);
		expect(w1[0]).toMatchObject({ label: 'Spring 2024', opensOn: '2024-03-01' });
	});

	it('follows the filter', async () => {
		const bins = await scoreDistribution(db, makeFilter({ programs: ['P2'] }), { instrument: 'mini_z_burnout' });
		expect(counts(bins, 'W3')).toEqual([[1, 0], [2, 0], [3, 1], [4, 1], [5, 0]]);
		expect(bins.find((b) => b.waveId === 'W3')?.n).toBe(2);
	});

	it('takes the lowest of two answers where a low score is adverse (WHO-5)', async () => {
		const bins = await scoreDistribution(db, makeFilter(), { instrument: 'who5' });
		expect(bins).toHaveLength(26);
		expect(bins.filter((b) => b.respondents > 0).map((b) => [b.score, b.respondents, b.flagged])).toEqual([[10, 1, 1], [15, 1, 0]]);
		expect(bins.filter((b) => b.inFlagRange).map((b) => b.score)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
	});

	it('marks bins of 1..minCell−1 people when a threshold is given', async () => {
		const bins = await scoreDistribution(db, makeFilter(), { instrument: 'mini_z_burnout', minCell: 2 });
		// W3: bins of 1 (score 2) are small; so is none of the others (0, 2 and complements 5 ≥ 2).
		expect(bins.filter((b) => b.waveId === 'W3').map((b) => b.suppressed)).toEqual([false, true, false, false, false]);
	});
});
