/**
 * Known answer: flag prevalence and response rate by wave under the shared filter
 * (fixture.ts). Wilson: lower, upper = (centre ∓ half) / scale with centre = p + z²/2n,
 * half = z√(p(1−p)/n + z²/4n²), scale = 1 + z²/n, z = 1.959964, z² = 3.841459.
 *
 * No filter:
 *   W1 eligible 10; answers A 2, B 4*, D 3*, F 5*, H 4* → respondents 5, n 5, flagged 4.
 *      p = 0.8: centre 1.184145882, half 0.520091089, scale 1.768291764
 *      → 0.375534630 – 0.963775891. Response rate 5/10.
 *   W2 eligible 10; answers A 3*, C 1, F unscored, G 2, K 2 → respondents 5, n 4, flagged 1.
 *      p = 0.25: centre 0.730182353, half 0.640814695, scale 1.960364705
 *      → 0.045587261 – 0.699358157. Response rate 5/10.
 *   W3 eligible 10; answers A 4*, B 2, C 1, D 4*, E 3*, G 1, K max(1, 3) = 3* (counted once);
 *      M1 is a mentor → respondents 7, n 7, flagged 4. p = 4/7: centre 0.845818487,
 *      half 0.457913624, scale 1.548779832 → 0.250458365 – 0.841780145. Response rate 7/10.
 *   W4 eligible 10, nobody answered: prevalence NULL, response rate 0.
 * Program P2 (D, E, F, J; 4 eligible every wave):
 *   W1 D 3*, F 5* → respondents 2, n 2, flagged 2, p = 1, Wilson lower n/(n + z²) = 0.342380228;
 *   W2 F unscored → respondents 1, n 0, prevalence NULL, response rate 1/4;
 *   W3 D 4*, E 3* → 2 of 2, response rate 2/4.
 * Date range 2024-10-01..2024-10-22 (a click on W2): only W2, which opens inside it; H
 *   (withdrew 2024-06-01) leaves the population but was not eligible for W2 anyway → W2 as
 *   above, 5 of 10 responded, 1 of 4 flagged. Latest wave under that range = W2.
 * minCell 3 (counts 1–2 hidden, and so are complements): W1 complement 5 − 4 = 1 → suppressed;
 *   W2 flagged 1 → suppressed; W3 4 of 7 (complement 3) and 7 of 10 (complement 3) → shown;
 *   W4 0 of 0 and 0 of 10 → shown (zero is not a small cell).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flagPrevalenceByWave, latestWaveBurnout } from '../../../../src/lib/metrics/wellbeing';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { WELLBEING_FIXTURE } from './fixture';

describe.each(ENGINES)('well-being prevalence by wave on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, WELLBEING_FIXTURE);
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('counts eligible trainees, respondents and the flag per wave', async () => {
		const waves = await flagPrevalenceByWave(db, makeFilter());
		expect(waves.map((w) => w.waveId)).toEqual(['W1', 'W2', 'W3', 'W4']);
		const [w1, w2, w3, w4] = waves;
		expect(w1).toMatchObject({ opensOn: '2024-03-01', closesOn: '2024-03-22', eligible: 10, respondents: 5, n: 5, flagged: 4, hasResponses: true });
		expect(w1.prevalence).toBeCloseTo(0.8, 6);
		expect(w1.lower).toBeCloseTo(0.37553463, 6);
		expect(w1.upper).toBeCloseTo(0.963775891, 6);
		expect(w1.responseRate).toBeCloseTo(0.5, 6);
		expect(w2).toMatchObject({ eligible: 10, respondents: 5, n: 4, flagged: 1 });
		expect(w2.lower).toBeCloseTo(0.045587261, 6);
		expect(w2.upper).toBeCloseTo(0.699358157, 6);
		expect(w3).toMatchObject({ eligible: 10, respondents: 7, n: 7, flagged: 4 });
		expect(w3.prevalence).toBeCloseTo(4 / 7, 6);
		expect(w3.lower).toBeCloseTo(0.250458365, 6);
		expect(w3.upper).toBeCloseTo(0.841780145, 6);
		expect(w3.responseRate).toBeCloseTo(0.7, 6);
		expect(w4).toMatchObject({ eligible: 10, respondents: 0, n: 0, prevalence: null, lower: null, responseRate: 0, hasResponses: false });
		expect(w1.suppressed).toBeUndefined();
	});

	it('restricts eligible trainees and respondents to the filtered population', async () => {
		const [w1, w2, w3] = await flagPrevalenceByWave(db, makeFilter({ programs: ['P2'] }));
		expect(w1).toMatchObject({ eligible: 4, respondents: 2, n: 2, flagged: 2, prevalence: 1 });
		expect(w1.lower).toBeCloseTo(0.342380228, 6);
		expect(w1.responseRate).toBeCloseTo(0.5, 6);
		expect(w2).toMatchObject({ eligible: 4, respondents: 1, n: 0, prevalence: null, responseRate: 0.25 });
		expect(w3).toMatchObject({ eligible: 4, respondents: 2, n: 2, flagged: 2, responseRate: 0.5 });
	});

	it('keeps only the waves opening inside the date range', async () => {
		const range = makeFilter({ dateFrom: '2024-10-01', dateTo: '2024-10-22' });
		const waves = await flagPrevalenceByWave(db, range);
		expect(waves).toHaveLength(1);
		expect(waves[0]).toMatchObject({ waveId: 'W2', eligible: 10, respondents: 5, n: 4, flagged: 1 });
		expect(await latestWaveBurnout(db, { filter: range })).toMatchObject({ waveId: 'W2', n: 4 });
		expect(await latestWaveBurnout(db)).toMatchObject({ waveId: 'W3', n: 7 });
	});

	it('marks small cells only when a threshold is given', async () => {
		const waves = await flagPrevalenceByWave(db, makeFilter(), { minCell: 3 });
		expect(waves.map((w) => w.suppressed)).toEqual([true, true, false, false]);
	});
});
