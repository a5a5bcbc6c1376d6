/**
 * Known answer: cumulative incidence of leaving by reason (Aalen–Johansen), and exits by
 * reason × training level, on both engines. Fixture: exitsFixture in fixtures.ts (10 people,
 * t = days since start).
 *
 * All-cause KM (every exit is an event, graduation included):
 *   t=100: n=10, d=2 (academic, personal)       S(t−)=1      → each CIF += 1·1/10 = 0.1;   S = 8/10
 *   t=150: P7 censored (started late)
 *   t=200: n=7,  d=2 (graduated, transferred)   S(t−)=0.8    → each += 0.8/7 = 4/35;      S = 0.8·5/7 = 4/7
 *   t=300: n=5,  d=2 (dismissed, graduated)     S(t−)=4/7    → each += (4/7)/5 = 4/35;    S = 4/7·3/5 = 12/35
 *   t=400: n=3,  d=1 (not_recorded)             S(t−)=12/35  → += (12/35)/3 = 4/35;       S = 12/35·2/3 = 8/35
 *   P5, P10 censored at 731.
 * Final CIF: academic 0.1, personal 0.1, graduated 8/35, transferred 4/35, dismissed 4/35,
 *   not_recorded 4/35; Σ = 0.2 + 20/35 = 27/35 = 1 − 8/35 = 1 − S ✓.
 * Attrition by 400: 0.1 + 0.1 + 4/35 + 4/35 = 0.428571; 1 − KM with graduation/transfer
 *   censored would say 1 − (8/10·4/5·2/3) = 1 − 0.426667... = 0.573333 — higher, as it should.
 *
 * Exits by reason × level: academic MS1 1, personal MS1 1, not_recorded MS1 1, dismissed MS2 1,
 *   transferred MS2 1, graduated MS4 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFilter } from '../../../../src/lib/metrics/population-filter';
import { cumulativeIncidenceByReason } from '../../../../src/lib/metrics/retention/cumulativeIncidence';
import { exitsByLevel } from '../../../../src/lib/metrics/retention/exitsByLevel';
import { attritionAt } from '../../../../src/lib/views/retention';
import { ENGINES, ENGINE_SETUP_TIMEOUT, withFixture, type TestDatabase } from '../engines';
import { exitsFixture } from './fixtures';

describe.each(ENGINES)('competing exits on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await withFixture(engine, exitsFixture());
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('gives the hand-worked cumulative incidence per reason', async () => {
		const { n, maxTime, points } = await cumulativeIncidenceByReason(db, makeFilter());
		expect(n).toBe(10);
		expect(maxTime).toBe(731);
		const final = (reason: string) => points.filter((p) => p.reason === reason).at(-1);
		const expected: Record<string, number> = {
			academic: 0.1,
			personal: 0.1,
			graduated: 8 / 35,
			transferred: 4 / 35,
			dismissed: 4 / 35,
			not_recorded: 4 / 35
		};
		expect(new Set(points.map((p) => p.reason))).toEqual(new Set(Object.keys(expected)));
		for (const [reason, value] of Object.entries(expected)) {
			expect(final(reason)?.incidence, reason).toBeCloseTo(value, 6);
			expect(final(reason)?.time).toBe(400);
		}
		const graduated = points.filter((p) => p.reason === 'graduated');
		expect(graduated.map((p) => [p.time, p.nRisk, p.nEvent])).toEqual([
			[0, 10, 0],
			[100, 10, 0],
			[200, 7, 1],
			[300, 5, 1],
			[400, 3, 0]
		]);
		expect(graduated.map((p) => p.incidence)).toEqual([0, 0, 4 / 35, 8 / 35, 8 / 35].map((v) => expect.closeTo(v, 6)));
		expect(graduated[0].attrition).toBe(false);
		expect(points.find((p) => p.reason === 'academic')?.attrition).toBe(true);
	});

	it('sums with the all-cause KM to 1 at every time', async () => {
		const { points } = await cumulativeIncidenceByReason(db, makeFilter());
		const times = [...new Set(points.map((p) => p.time))];
		expect(times).toEqual([0, 100, 200, 300, 400]);
		for (const t of times) {
			const at = points.filter((p) => p.time === t);
			const total = at.reduce((sum, p) => sum + p.incidence, 0);
			expect(total + at[0].enrolled, `t=${t}`).toBeCloseTo(1, 9);
		}
		expect(points.find((p) => p.time === 400)?.enrolled).toBeCloseTo(8 / 35, 6);
	});

	it('reads total attrition at a horizon, and not past the end of follow-up', async () => {
		// 1 year = 365.25 days: last exit time ≤ it is 300; attrition there is academic 0.1 +
		// personal 0.1 + dismissed 4/35 = 0.314285714. Follow-up ends at 731 days < 3 years.
		const incidence = await cumulativeIncidenceByReason(db, makeFilter());
		expect(attritionAt(incidence, 1).incidence).toBeCloseTo(0.2 + 4 / 35, 6);
		expect(attritionAt(incidence, 3).incidence).toBeNull();
	});

	it('ends follow-up at the date range end', async () => {
		// Range ending at t=250 (2024-03-07): P7, who started 2025-02-01, is not in it, and only
		// the exits at 100 and 200 happen. t=100: n=9, d=2 → academic, personal 1/9; S = 7/9.
		// t=200: n=7, d=2 → graduated, transferred (7/9)/7 = 1/9 each.
		const { points } = await cumulativeIncidenceByReason(db, makeFilter({ dateTo: '2024-03-07' }));
		expect([...new Set(points.map((p) => p.reason))].sort()).toEqual(['academic', 'graduated', 'personal', 'transferred']);
		expect(points.filter((p) => p.reason === 'graduated').at(-1)?.incidence).toBeCloseTo(1 / 9, 6);
		expect(points.filter((p) => p.reason === 'academic').at(-1)?.incidence).toBeCloseTo(1 / 9, 6);
	});

	it('counts exits by reason and training level', async () => {
		const rows = await exitsByLevel(db, makeFilter());
		expect(rows).toEqual([
			{ reason: 'academic', attrition: true, level: 'MS1', count: 1 },
			{ reason: 'dismissed', attrition: true, level: 'MS2', count: 1 },
			{ reason: 'graduated', attrition: false, level: 'MS4', count: 2 },
			{ reason: 'not_recorded', attrition: true, level: 'MS1', count: 1 },
			{ reason: 'personal', attrition: true, level: 'MS1', count: 1 },
			{ reason: 'transferred', attrition: false, level: 'MS2', count: 1 }
		]);
		const ms1 = await exitsByLevel(db, makeFilter({ levels: ['MS1'] }));
		expect(ms1.map((r) => r.reason)).toEqual(['academic', 'not_recorded', 'personal']);
	});
});
