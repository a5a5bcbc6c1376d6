/**
 * Number at risk under the axis, from KM steps. Group g: follow-up times 0(origin), 60, 100,
 * 200, 641 with n_risk 7, 7, 5, 4, 2 (the mentored curve of logRank.test.ts):
 *   T=0 → 7 (origin); T=50 → first step ≥ 50 is 60 → 7; T=100 → 5 (censored at 100 still at
 *   risk at 100); T=365 → first step ≥ 365 is 641 → 2; T=700 → none → 0.
 * A group with no steps has 0 at every time.
 */
import { describe, expect, it } from 'vitest';
import type { KaplanMeierStep } from '../../../../src/lib/metrics/kaplanMeier';
import { numberAtRisk } from '../../../../src/lib/metrics/retention/atRisk';

const step = (time: number, nRisk: number): KaplanMeierStep => ({
	group: 'g',
	time,
	nRisk,
	nEvent: 0,
	nCensor: 0,
	survival: 1,
	stdErr: null,
	lower: null,
	upper: null
});

describe('numberAtRisk', () => {
	it('reads n_risk at the first step at or after each tick', () => {
		// Given out of order on purpose.
		const steps = [step(200, 4), step(0, 7), step(60, 7), step(641, 2), step(100, 5)];
		expect(numberAtRisk(steps, ['g', 'empty'], [0, 50, 100, 365, 700])).toEqual([
			{ group: 'g', time: 0, nRisk: 7 },
			{ group: 'g', time: 50, nRisk: 7 },
			{ group: 'g', time: 100, nRisk: 5 },
			{ group: 'g', time: 365, nRisk: 2 },
			{ group: 'g', time: 700, nRisk: 0 },
			...[0, 50, 100, 365, 700].map((time) => ({ group: 'empty', time, nRisk: 0 }))
		]);
	});
});
