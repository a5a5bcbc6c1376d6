/**
 * Property: over random tables, nothing suppressSmallCells hides can be recovered from what
 * it shows, and it hides every small count and no zero. The attacker model is in ./recoverable.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differencingRefusal } from '$lib/privacy/differencing';
import { suppressList, suppressTable, type SuppressedTable } from '$lib/privacy/suppression';
import { determinedEntries, determinedInList, withMargins } from './recoverable';

const MIN_CELL = 11;
// Counts 0–60 with extra weight on the small and zero cells that make suppression work hard.
const count = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 }), fc.constant(0));

const table = fc
	.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 6 }))
	.chain(([rows, cols]) => fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));

function entriesWithMargins(result: SuppressedTable) {
	return [
		...result.cells.map((r, i) => [...r, result.rowTotals[i]]),
		[...result.columnTotals, result.grandTotal]
	];
}

describe('suppressTable on random tables (1–8 × 1–6, counts 0–60)', () => {
	it('shows true counts, hides every count of 1–10, and never hides a zero', () => {
		fc.assert(
			fc.property(table, (counts) => {
				const truth = withMargins(counts);
				entriesWithMargins(suppressTable(counts, { minCell: MIN_CELL })).forEach((row, i) =>
					row.forEach((c, j) => {
						const v = truth[i][j];
						if (v >= 1 && v < MIN_CELL) expect(c).toEqual({ value: null, suppressed: true, reason: 'small' });
						else if (v === 0) expect(c).toEqual({ value: 0, suppressed: false });
						else expect(c.value === null ? c.reason : c.value).toBe(c.suppressed ? 'complementary' : v);
					})
				);
			}),
			{ numRuns: 400 }
		);
	});

	it('leaves no hidden entry determined by the shown entries and totals', () => {
		fc.assert(
			fc.property(table, (counts) => {
				const hidden = entriesWithMargins(suppressTable(counts, { minCell: MIN_CELL })).map((r) => r.map((c) => c.suppressed));
				expect(determinedEntries(hidden)).toEqual([]);
			}),
			{ numRuns: 400 }
		);
	});

	it('also with the thresholds a site may choose (11–30)', () => {
		fc.assert(
			fc.property(table, fc.integer({ min: 11, max: 30 }), (counts, minCell) => {
				const hidden = entriesWithMargins(suppressTable(counts, { minCell })).map((r) => r.map((c) => c.suppressed));
				expect(determinedEntries(hidden)).toEqual([]);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('suppressList on random lists (1–8 counts, 0–60)', () => {
	it('hides every small count, no zero, and leaves nothing determined', () => {
		fc.assert(
			fc.property(fc.array(count, { minLength: 1, maxLength: 8 }), (counts) => {
				const result = suppressList(counts, { minCell: MIN_CELL });
				const entries = [...result.cells, result.total];
				const truth = [...counts, counts.reduce((a, b) => a + b, 0)];
				entries.forEach((c, i) => {
					if (truth[i] >= 1 && truth[i] < MIN_CELL) expect(c.reason).toBe('small');
					if (truth[i] === 0) expect(c.suppressed).toBe(false);
					if (!c.suppressed) expect(c.value).toBe(truth[i]);
				});
				expect(determinedInList(entries.map((c) => c.suppressed))).toEqual([]);
			}),
			{ numRuns: 400 }
		);
	});
});

describe('differencingRefusal on random overlapping selections', () => {
	it('answers a pair only when neither difference is a small group', () => {
		// Selections are sets of person indices 0..79; the difference a reader could compute by
		// subtraction is the people in one and not the other.
		const selection = fc.uniqueArray(fc.integer({ min: 0, max: 79 }), { maxLength: 80 });
		fc.assert(
			fc.property(selection, selection, (a, b) => {
				const inB = new Set(b);
				const both = a.filter((x) => inB.has(x)).length;
				const refused = differencingRefusal({ first: a.length, second: b.length, both }, MIN_CELL) !== null;
				const onlyA = a.length - both;
				const onlyB = b.length - both;
				const small = (n: number) => n >= 1 && n < MIN_CELL;
				expect(refused).toBe(small(onlyA) || small(onlyB));
			}),
			{ numRuns: 300 }
		);
	});

	it('refuses a known nested pair: 40 people and the 35 of them in one cohort', () => {
		// 40 − 35 = 5 people outside the cohort: a group of 5 would be revealed.
		expect(differencingRefusal({ first: 40, second: 35, both: 35 }, MIN_CELL)).toMatch(/fewer than 11/);
		expect(differencingRefusal({ first: 40, second: 29, both: 29 }, MIN_CELL)).toBeNull();
	});
});
