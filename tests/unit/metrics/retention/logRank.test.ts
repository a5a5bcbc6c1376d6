/**
 * Known answers: the log-rank test (O, E, V in SQL; χ² and p in TypeScript) and the two
 * retention splits it is applied to, on both engines.
 *
 * Two groups, worked by hand (fixtures.ts, landmarkFixture with program P1; the cohort
 * fixture has the same times). Mentored M: 60E 60E 100c 200E 200c 641c 641c; unmentored U:
 * 30E 150c 300E 641c 641c. Event times 30, 60, 200, 300; n_g(t) = #(time ≥ t):
 *   t    n_M n_U  n  d  d_M   E_M = d·n_M/n      V = d(n−d)/(n−1) · n_M/n · n_U/n
 *   30    7   5  12  1   0    7/12  = 0.583333   1·11/11 · 7/12 · 5/12 = 35/144  = 0.243056
 *   60    7   4  11  2   2    14/11 = 1.272727   2·9/10  · 7/11 · 4/11 = 50.4/121 = 0.416529
 *   200   4   3   7  1   1    4/7   = 0.571429   1·6/6   · 4/7  · 3/7  = 12/49   = 0.244898
 *   300   2   3   5  1   0    2/5   = 0.4       1·4/4   · 2/5  · 3/5  = 6/25    = 0.24
 *   O_M = 3, E_M = 13063/4620 = 2.827489177, V = 1.144482440
 *   χ² = (3 − 2.827489177)² / 1.144482440 = 0.029760000 / 1.144482440 = 0.026003006, df 1
 *   p = erfc(√(χ²/2)) = 0.871892977 (reference.py, Python math.erfc)
 *   O_U = 2, E_U = 5 − E_M = 2.172510823.
 *
 * Date range ending 2024-04-16 (landmark t=200): K's withdrawal at 300 falls after it and
 * everyone still followed is censored at 200, so the t=300 row drops out:
 *   E_M = 7/12 + 14/11 + 4/7 = 2.427489177, V = 0.904482440,
 *   χ² = (3 − 2.427489177)² / 0.904482440 = 0.362382538, p = 0.547186003 (reference.py).
 *
 * Three groups (a VALUES relation, reference.py "three groups"): χ² = 0.188120269 with
 * 2 df, p = 0.910228025; O = 3, 2, 4 and E = 2.617216117, 1.819597070, 4.563186813.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { landmarkRetention } from '../../../../src/lib/metrics/retention';
import { logRankSql, logRankTest, type LogRankRow } from '../../../../src/lib/metrics/retention/logRank';
import { retentionByCohort, retentionByMentoring } from '../../../../src/lib/metrics/retention/splits';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { cohortFixture, landmarkFixture } from './fixtures';

const P1 = makeFilter({ programs: ['P1'] });

describe.each(ENGINES)('log-rank and retention splits on $name', (engine) => {
	let landmark: TestDatabase;
	let cohorts: TestDatabase;
	beforeAll(async () => {
		landmark = await withFixture(engine, landmarkFixture());
		cohorts = await withFixture(engine, cohortFixture());
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => {
		landmark?.close();
		cohorts?.close();
	});

	it('tests three groups with a covariance matrix (k−1 = 2 df)', async () => {
		const values = [
			['a', 1, true], ['a', 3, true], ['a', 3, false], ['a', 6, true], ['a', 8, false],
			['b', 2, true], ['b', 3, true], ['b', 4, false], ['b', 9, false],
			['c', 3, true], ['c', 5, true], ['c', 6, true], ['c', 7, false], ['c', 10, true]
		];
		const rows = await landmark.query<LogRankRow>(
			`WITH subjects(grp, time, event) AS (VALUES ${values.map(() => '(CAST(? AS VARCHAR), CAST(? AS INTEGER), CAST(? AS BOOLEAN))').join(', ')}),
			lr AS (${logRankSql('subjects')}) SELECT * FROM lr`,
			values.flat()
		);
		const test = logRankTest(rows);
		expect(test.groups.map((g) => g.observed)).toEqual([3, 2, 4]);
		expect(test.groups.map((g) => g.expected)).toEqual([2.617216117, 1.81959707, 4.563186813].map((v) => expect.closeTo(v, 6)));
		expect(test.df).toBe(2);
		expect(test.chiSquare).toBeCloseTo(0.188120268575, 6);
		expect(test.pValue).toBeCloseTo(0.910228024681, 6);
	});

	it('splits by mentoring at the 90-day landmark, with the hand-worked log-rank test', async () => {
		const split = await retentionByMentoring(landmark, P1);
		expect(split.landmarkDays).toBe(90);
		expect(split.groups).toEqual([
			{ group: 'mentored', n: 7 },
			{ group: 'unmentored', n: 5 }
		]);
		const mentored = split.curves.filter((s) => s.group === 'mentored');
		expect(mentored.map((s) => [s.time, s.nRisk, s.nEvent, s.nCensor])).toEqual([
			[0, 7, 0, 0],
			[60, 7, 2, 0],
			[100, 5, 0, 1],
			[200, 4, 1, 1],
			[641, 2, 0, 2]
		]);
		expect(mentored.at(-1)?.survival).toBeCloseTo(15 / 28, 6);
		const [m, u] = split.logRank.groups;
		expect(m).toMatchObject({ group: 'mentored', observed: 3 });
		expect(m.expected).toBeCloseTo(2.827489177, 6);
		expect(u).toMatchObject({ group: 'unmentored', observed: 2 });
		expect(u.expected).toBeCloseTo(2.172510823, 6);
		expect(split.logRank.df).toBe(1);
		expect(split.logRank.chiSquare).toBeCloseTo(0.026003006105, 6);
		expect(split.logRank.pValue).toBeCloseTo(0.871892976647, 6);
	});

	it('keeps program P2 in without a filter', async () => {
		// Y1 (P2, mentored, withdrew t=10) and Y2 (P2, unmentored, active) join the groups.
		const split = await retentionByMentoring(landmark, makeFilter());
		expect(split.groups).toEqual([
			{ group: 'mentored', n: 8 },
			{ group: 'unmentored', n: 6 }
		]);
		expect(split.logRank.groups[0].observed).toBe(4);
	});

	it('censors at the end of the filter date range', async () => {
		const split = await retentionByMentoring(landmark, makeFilter({ programs: ['P1'], dateTo: '2024-04-16' }));
		const mentored = split.curves.filter((s) => s.group === 'mentored');
		// D withdrew on the range's last day (an event); F, E, G are censored there.
		expect(mentored.at(-1)).toMatchObject({ time: 200, nRisk: 4, nEvent: 1, nCensor: 3 });
		const unmentored = split.curves.filter((s) => s.group === 'unmentored');
		expect(unmentored.map((s) => s.time)).toEqual([0, 30, 150, 200]);
		expect(unmentored.at(-1)?.survival).toBeCloseTo(4 / 5, 6);
		expect(split.logRank.chiSquare).toBeCloseTo(0.362382537534, 6);
		expect(split.logRank.pValue).toBeCloseTo(0.547186003466, 6);
	});

	it('passes the filter through the Overview function too', async () => {
		const { groups } = await landmarkRetention(landmark, {}, P1);
		expect(groups[0]).toMatchObject({ group: 'mentored', atRisk: 7, events: 3 });
		expect(groups[0].survival).toBeCloseTo(15 / 28, 6);
		const all = await landmarkRetention(landmark);
		expect(all.groups[0]).toMatchObject({ atRisk: 8, events: 4 });
	});

	it('splits by cohort year from each start, with the same log-rank answer', async () => {
		const split = await retentionByCohort(cohorts, makeFilter());
		expect(split.groups).toEqual([
			{ group: '2023', n: 7 },
			{ group: '2024', n: 5 }
		]);
		const c24 = split.curves.filter((s) => s.group === '2024');
		// 2024: 30E → 4/5; 150 censored; 300E → 4/5 · 2/3 = 8/15; actives censored at 365.
		expect(c24.map((s) => [s.time, s.nRisk, s.nEvent, s.nCensor])).toEqual([
			[0, 5, 0, 0],
			[30, 5, 1, 0],
			[150, 4, 0, 1],
			[300, 3, 1, 0],
			[365, 2, 0, 2]
		]);
		expect(c24.at(-1)?.survival).toBeCloseTo(8 / 15, 6);
		expect(split.logRank.chiSquare).toBeCloseTo(0.026003006105, 6);
		expect(split.logRank.pValue).toBeCloseTo(0.871892976647, 6);
	});

	it('gives no test when only one group has anyone', async () => {
		const split = await retentionByCohort(cohorts, makeFilter({ cohortFrom: 2024, cohortTo: 2024 }));
		expect(split.groups).toEqual([{ group: '2024', n: 5 }]);
		expect(split.logRank).toMatchObject({ chiSquare: null, df: null, pValue: null });
	});
});
