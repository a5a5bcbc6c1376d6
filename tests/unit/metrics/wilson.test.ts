/**
 * Known answer: the Wilson expression builder on its own, at the bounds and at n = 0.
 *   k=0, n=1: lower 0; upper = z²/(1 + z²) = 3.841459/4.841459 = 0.793450686
 *   k=1, n=1: lower = 1/(1 + z²) = 1/4.841459 = 0.206549314; upper 1
 *   k=7, n=10: centre 0.7 + 3.841459/20 = 0.892072941; half 1.959964 × √(0.021 + 3.841459/400)
 *     = 0.342874102; scale 1 + 0.384145882 = 1.384145882 → 0.396778147 – 0.892208733
 *   n=0: NULL, not a division by zero.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wilsonBoundsSql } from '../../../src/lib/metrics/wilson';
import { ENGINES, ENGINE_SETUP_TIMEOUT, type TestDatabase } from './engines';

const w = wilsonBoundsSql('k', 'n');
const SQL = `SELECT k, n, ${w.lower} AS lower, ${w.upper} AS upper
FROM (VALUES (0, 1), (1, 1), (7, 10), (0, 0)) t(k, n)
ORDER BY n, k`;

describe.each(ENGINES)('Wilson interval on $name', (engine) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await engine.open();
	}, ENGINE_SETUP_TIMEOUT);
	afterAll(() => db?.close());

	it('matches the hand-worked bounds', async () => {
		const rows = await db.query<{ k: number; n: number; lower: number | null; upper: number | null }>(SQL);
		expect(rows[0]).toEqual({ k: 0, n: 0, lower: null, upper: null });
		expect(rows[1].lower).toBe(0);
		expect(rows[1].upper).toBeCloseTo(0.793450686, 6);
		expect(rows[2].lower).toBeCloseTo(0.206549314, 6);
		expect(rows[2].upper).toBe(1);
		expect(rows[3].lower).toBeCloseTo(0.396778147, 6);
		expect(rows[3].upper).toBeCloseTo(0.892208733, 6);
	});

	it('rejects a nonsensical z', () => {
		expect(() => wilsonBoundsSql('k', 'n', -1)).toThrow(/invalid z/);
	});
});
