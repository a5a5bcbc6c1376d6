import { describe, expect, it } from 'vitest';
import { shownShare, suppressList, suppressTable, type SuppressedCell } from '$lib/privacy/suppression';
import { determinedEntries, withMargins } from './recoverable';

const opts = { minCell: 11 };
const shown = (value: number): SuppressedCell => ({ value, suppressed: false });
const small: SuppressedCell = { value: null, suppressed: true, reason: 'small' };
const comp: SuppressedCell = { value: null, suppressed: true, reason: 'complementary' };

/** 'S' small, 'C' complementary, or the shown number: a compact picture of a result. */
function picture(table: ReturnType<typeof suppressTable>): (string | number)[][] {
	const p = (c: SuppressedCell) => (c.reason === 'small' ? 'S' : c.reason === 'complementary' ? 'C' : c.value!);
	return [
		...table.cells.map((r, i) => [...r.map(p), p(table.rowTotals[i])]),
		[...table.columnTotals.map(p), p(table.grandTotal)]
	];
}

describe('suppressList', () => {
	it('hides 1..10, shows 0 and counts from 11', () => {
		// 5 and 4 are small; two hidden entries on the one equation protect each other:
		// the reader learns 5 + 4 = 39 − 30 = 9, not either count.
		expect(suppressList([0, 5, 4, 30], opts)).toEqual({ cells: [shown(0), small, small, shown(30)], total: shown(39) });
	});

	it('adds the smallest non-zero cell when one cell alone is hidden', () => {
		// 3 alone would be 55 − 12 − 40. The smallest other non-zero entry is 12.
		expect(suppressList([3, 12, 40], opts)).toEqual({ cells: [small, comp, shown(40)], total: shown(55) });
	});

	it('never picks a zero as the complement', () => {
		// 0 is cheaper, but hidden beside the 2 the reader would know the pair sums to 2, so the
		// small cell is 0..2 at most; the smallest non-zero entry, 20, leaves it 1..10 as far as they know.
		expect(suppressList([0, 2, 20, 25], opts)).toEqual({ cells: [shown(0), small, comp, shown(25)], total: shown(47) });
	});

	it('hides the total when it is the only other non-zero entry', () => {
		// [7, 0, 0]: total 7 is small itself, so cell and total are both hidden as small.
		expect(suppressList([7, 0, 0], opts)).toEqual({ cells: [small, shown(0), shown(0)], total: small });
	});

	it('hides nothing when nothing is small, even a 0 total', () => {
		expect(suppressList([0, 0], opts)).toEqual({ cells: [shown(0), shown(0)], total: shown(0) });
		expect(suppressList([11, 50], opts)).toEqual({ cells: [shown(11), shown(50)], total: shown(61) });
	});

	it('refuses what is not a count', () => {
		expect(() => suppressList([1.5], opts)).toThrow('not a count: 1.5');
		expect(() => suppressList([-1], opts)).toThrow('not a count: -1');
		expect(() => suppressList([1], { minCell: 0 })).toThrow('minCell');
	});
});

describe('suppressTable', () => {
	it('completes a single small cell to the cheapest rectangle', () => {
		//        c0  c1  c2 | tot
		//  r0    20  30  40 |  90
		//  r1     5  25  35 |  65
		//  tot   25  55  75 | 155
		// 5 is small. Closing a cycle through (r1,c0) needs r1→c→r→c0: via c1 and r0 costs
		// 25 + 30 + 20 = 75; via c2 and r0 35 + 40 + 20 = 95; via totals more. So 25, 30, 20.
		const result = suppressTable([[20, 30, 40], [5, 25, 35]], opts);
		expect(picture(result)).toEqual([
			['C', 'C', 40, 90],
			['S', 'C', 35, 65],
			[25, 55, 75, 155]
		]);
	});

	it('treats a small total as a small count and protects it', () => {
		//   3  0 |  3      3 and the row total 3 are small. The cheapest non-zero path from
		//  40 50 | 90      {r0, total column} to c0 is 90 (r1 total) + 40 = 130, against
		//  43 50 | 93      93 + 43 = 136 through the total row; the zero in r0 is never used.
		expect(picture(suppressTable([[3, 0], [40, 50]], opts))).toEqual([
			['S', 0, 'S'],
			['C', 50, 'C'],
			[43, 50, 93]
		]);
	});

	it('hides a 1×1 table entirely when its only count is small', () => {
		const result = suppressTable([[4]], opts);
		expect(result).toEqual({ cells: [[small]], rowTotals: [small], columnTotals: [small], grandTotal: small });
	});

	it('catches a hidden cell joining two hidden blocks, which the two-per-line rule misses', () => {
		//   2  3 50 60 | 115   Every line has ≥ 2 small cells, yet (r1,c2) = 6 is recoverable:
		//   4  5  6 70 |  85   r1 − (c0 + c1 − r0) gives x12 = (85−70) − ((156−150) + (158−150) − (115−110))
		//  80 90  7  8 | 185                         = 15 − 9 = 6.
		//  70 60  9  1 | 140   Joining the two blocks once more breaks that: the cheapest shown entry
		// 156 158 72 139       between {r0, r1} × {c2, c3} or {r2, r3} × {c0, c1} is (r0,c2) = 50.
		const counts = [[2, 3, 50, 60], [4, 5, 6, 70], [80, 90, 7, 8], [70, 60, 9, 1]];
		const primaryOnly = withMargins(counts).map((r) => r.map((v) => v >= 1 && v < 11));
		expect(determinedEntries(primaryOnly)).toEqual([[1, 2]]);

		expect(picture(suppressTable(counts, opts))).toEqual([
			['S', 'S', 'C', 60, 115],
			['S', 'S', 'S', 70, 85],
			[80, 90, 'S', 'S', 185],
			[70, 60, 'S', 'S', 140],
			[156, 158, 72, 139, 525]
		]);
	});

	it('leaves a table without small counts alone', () => {
		expect(picture(suppressTable([[0, 12], [30, 0]], opts))).toEqual([
			[0, 12, 12],
			[30, 0, 30],
			[30, 12, 42]
		]);
	});

	it('refuses ragged or empty tables', () => {
		expect(() => suppressTable([[1, 2], [3]], opts)).toThrow('rows differ in length');
		expect(() => suppressTable([], opts)).toThrow('at least one row');
	});
});

describe('shownShare', () => {
	it('is a proportion only when both counts are shown', () => {
		expect(shownShare(shown(12), shown(48))).toBe(0.25);
		expect(shownShare(small, shown(48))).toBeNull();
		expect(shownShare(shown(12), comp)).toBeNull();
		expect(shownShare(shown(0), shown(0))).toBeNull();
	});
});
