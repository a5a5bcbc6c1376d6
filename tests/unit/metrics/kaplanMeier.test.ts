/**
 * Known answer: the Kaplan–Meier template on a subjects table written inline, covering the
 * cases the retention fixture does not: a curve that falls to 0 and an event at time 0.
 *
 * Group x, n = 4: censored t=5; events t=10, t=10 (tied); event t=20.
 *   t=0  origin row: n=4, S=1
 *   t=5  n=4 d=0 c=1 → S = 1 (no events yet: CI undefined)
 *   t=10 n=3 d=2     → S = 1 × (1 − 2/3) = 1/3
 *        Σ = 2/(3·1) = 0.666667; SE = 1/3 × √0.666667 = 1/3 × 0.816497 = 0.272165527
 *        ln S = −1.098612289; se = 0.816497/1.098612 = 0.743207216; exp(1.959964·se) = 4.291598941
 *        lower = (1/3)^4.291599 = 0.008961628, upper = (1/3)^(1/4.291599) = 0.774148650
 *   t=20 n=1 d=1     → S = 0; Greenwood diverges (n = d): SE and CI NULL
 *
 * Group y, n = 2: event t=0; censored t=7. No origin row (a step already sits at 0).
 *   t=0 n=2 d=1 → S = 1/2; Σ = 1/(2·1) = 0.5; SE = 0.5 × √0.5 = 0.353553391
 *       ln S = −0.693147; se = 0.707107/0.693147 = 1.020139447; exp(z·se) = 7.384894089
 *       lower = 0.5^7.384894 = 0.005983088, upper = 0.5^(1/7.384894) = 0.910410085
 *   t=7 n=1 c=1 → S = 1/2
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kaplanMeierCurveSql, toKaplanMeierStep, type KaplanMeierRow } from '../../../src/lib/metrics/kaplanMeier';
import { ENGINES, ENGINE_SETUP_TIMEOUT, type TestDatabase } from './engines';

const SQL = `WITH subjects(grp, time, event) AS (VALUES
	('x', 5, false), ('x', 10, true), ('x', 10, true), ('x', 20, true),
	('y', 0, true), ('y', 7, false)
),
curve AS (${kaplanMeierCurveSql('subjects')})
SELECT * FROM curve ORDER BY grp, time`;

describe.each(ENGINES)('Kaplan–Meier template on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await engine.open();
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('computes steps, Greenwood SE and log-log CI, and stops at S = 0', async () => {
		const steps = (await db.query<KaplanMeierRow>(SQL)).map(toKaplanMeierStep);
		const x = steps.filter((s) => s.group === 'x');
		expect(x.map((s) => [s.time, s.nRisk, s.nEvent, s.nCensor])).toEqual([
			[0, 4, 0, 0],
			[5, 4, 0, 1],
			[10, 3, 2, 0],
			[20, 1, 1, 0]
		]);
		expect(x[1]).toMatchObject({ survival: 1, lower: null, upper: null });
		expect(x[2].survival).toBeCloseTo(1 / 3, 6);
		expect(x[2].stdErr).toBeCloseTo(0.272165527, 6);
		expect(x[2].lower).toBeCloseTo(0.008961628, 6);
		expect(x[2].upper).toBeCloseTo(0.77414865, 6);
		expect(x[3]).toMatchObject({ survival: 0, stdErr: null, lower: null, upper: null });

		const y = steps.filter((s) => s.group === 'y');
		expect(y.map((s) => [s.time, s.nRisk, s.nEvent, s.nCensor])).toEqual([
			[0, 2, 1, 0],
			[7, 1, 0, 1]
		]);
		expect(y[0].survival).toBeCloseTo(0.5, 6);
		expect(y[0].stdErr).toBeCloseTo(0.353553391, 6);
		expect(y[0].lower).toBeCloseTo(0.005983088, 6);
		expect(y[0].upper).toBeCloseTo(0.910410085, 6);
		expect(y[1].survival).toBeCloseTo(0.5, 6);
	});

	it('refuses a relation name that is not a plain identifier', () => {
		expect(() => kaplanMeierCurveSql('subjects; DROP TABLE people')).toThrow(/invalid relation name/);
	});
});
