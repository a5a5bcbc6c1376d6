/**
 * Small-cell suppression for tables of counts shown to aggregate-only readers (reviewers)
 * and in exported reports (DOMAIN.md §5; issue 6). Pure: runs in the browser and on the server.
 *
 * Rules
 *  1. Primary: a count from 1 to minCell − 1 is hidden (reason 'small'). CMS cell-size
 *     suppression policy: 1–10 never shown, so reviewers use minCell 11
 *     (src/lib/server/auth/scope.ts). Zero is shown: "nobody" is not a small group to protect.
 *     Totals are counts too: a small row, column or grand total is hidden the same way.
 *  2. Complementary: every line (row or column, margins included) satisfies
 *     sum(entries) = total, so one hidden entry on a line is simply total − shown. More
 *     generally a hidden entry is recoverable from the equations exactly when it lies on no
 *     cycle of hidden entries in the row/column graph (cycle-protection.ts). We hide further
 *     entries (reason 'complementary') until every hidden entry lies on such a cycle,
 *     iterating to a fixed point and each time choosing the cheapest (smallest non-zero)
 *     entries that close a cycle. This implies the familiar rule "a line with a hidden entry
 *     has at least two", and also catches what that rule misses (two blocks of hidden cells
 *     joined by a single hidden cell, which the line rule passes but the equations pin down).
 *
 * What is guaranteed, for one table on its own
 *  - No hidden entry is determined by the shown entries and the row/column equations:
 *    some direction in the solution space moves it.
 *  - Every hidden entry is ≥ 1 (zeros are never hidden), so adding non-negativity does not
 *    pin anything either: moving ±1 along a hidden cycle gives two other non-negative whole
 *    tables that show the same, so each hidden count has at least three candidate values.
 *    tests/unit/privacy/suppression.property.test.ts checks both on random tables.
 *
 * Limits (callers must handle these; they are not solved here)
 *  - Narrow intervals: "not exact" is not "wide". Knowing the rule, a reader knows a hidden
 *    entry is 1..minCell−1 or a complement ≥ minCell, and may narrow ranges (e.g. a row
 *    10, 11, 40 with total 61 and the first two hidden leaves {10, 11} in some order).
 *    Show readers "suppressed" without the reason; `reason` is for explanations to admins.
 *  - Percentages: compute them only from shown counts (`shownShare`); a percentage of a
 *    hidden cell, or one over a hidden total, recovers it (rounding narrows little at n < 100).
 *  - Several tables over the same people (another breakdown, a different period, the same
 *    table with one more filter): suppression here sees one table. Two overlapping filter
 *    selections whose populations differ by 1..minCell−1 people reveal that difference by
 *    subtraction. The reviewer query API must refuse such pairs (differencing.ts) or serve
 *    only fixed, non-nested breakdowns. Tables released together that share a number
 *    (a program's total, a group's count) go through suppressLinkedTables
 *    (linked-suppression.ts), which hides each shared number everywhere or nowhere.
 *  - Counts must be the true counts: totals are computed here from the cells, so a total
 *    that includes an "unknown" category needs that category as a cell.
 */
import { protectByCycles } from './cycle-protection';

/**
 * 'linked': hidden because the same number is hidden in another table of the same release
 * (linked-suppression.ts), or because the tables together would otherwise pin a hidden count.
 */
export type SuppressionReason = 'small' | 'complementary' | 'linked';

export interface SuppressedCell {
	/** The count, or null when suppressed. */
	value: number | null;
	suppressed: boolean;
	reason?: SuppressionReason;
}

export interface SuppressionOptions {
	/** Smallest non-zero count that may be shown; 1..minCell−1 are hidden. */
	minCell: number;
}

/**
 * Rows and columns to hide last when choosing complements (suppressTable): indices into the
 * counts, or 'total' for the totals row / column. Small counts in them are hidden as always.
 */
export interface KeepLines {
	rows?: readonly (number | 'total')[];
	columns?: readonly (number | 'total')[];
}

/** keep as a mask over the (rows+1) × (cols+1) entries of a rows × cols table with its margins. */
export function keepMask(keep: KeepLines | undefined, rows: number, cols: number): boolean[][] {
	const index = (line: number | 'total', size: number) => (line === 'total' ? size : line);
	const keepRows = new Set((keep?.rows ?? []).map((r) => index(r, rows)));
	const keepColumns = new Set((keep?.columns ?? []).map((c) => index(c, cols)));
	return Array.from({ length: rows + 1 }, (_, i) => Array.from({ length: cols + 1 }, (_, j) => keepRows.has(i) || keepColumns.has(j)));
}

/** An entry of the table with margins: a row index or 'total' (the column-totals row), a column index or 'total' (the row-totals column). */
export type MarginEntry = readonly [row: number | 'total', column: number | 'total'];

export interface SuppressedList {
	cells: SuppressedCell[];
	total: SuppressedCell;
}

export interface SuppressedTable {
	cells: SuppressedCell[][];
	rowTotals: SuppressedCell[];
	columnTotals: SuppressedCell[];
	grandTotal: SuppressedCell;
}

function checkCount(value: number): number {
	if (!Number.isInteger(value) || value < 0) throw new Error(`not a count: ${value}`);
	return value;
}

function checkOptions({ minCell }: SuppressionOptions): number {
	if (!Number.isInteger(minCell) || minCell < 1) throw new Error(`minCell must be a whole number ≥ 1, got ${minCell}`);
	return minCell;
}

/** CMS rule: a count of 1..minCell−1 is never shown; 0 is. */
export function isSmallCount(value: number, minCell: number): boolean {
	return value >= 1 && value < minCell;
}

function cell(value: number, reason: SuppressionReason | null): SuppressedCell {
	return reason ? { value: null, suppressed: true, reason } : { value, suppressed: false };
}

/**
 * A 1-D breakdown with its total (one equation: cells sum to the total). Two hidden
 * entries among cells and total are enough; with one, the smallest non-zero other entry
 * joins it (a cell before the total when equal, so the total stays visible when it can).
 */
export function suppressList(counts: readonly number[], options: SuppressionOptions): SuppressedList {
	const minCell = checkOptions(options);
	const values = [...counts.map(checkCount)];
	values.push(values.reduce((a, b) => a + b, 0));
	const reasons: (SuppressionReason | null)[] = values.map((v) => (isSmallCount(v, minCell) ? 'small' : null));

	if (reasons.filter(Boolean).length === 1) {
		let pick = -1;
		values.forEach((v, i) => {
			if (!reasons[i] && v > 0 && (pick < 0 || v < values[pick])) pick = i;
		});
		// A hidden count ≥ 1 alone on the line means some other entry is non-zero.
		if (pick < 0) throw new Error('complementary suppression found no non-zero entry');
		reasons[pick] = 'complementary';
	}
	const out = values.map((v, i) => cell(v, reasons[i]));
	return { cells: out.slice(0, -1), total: out[out.length - 1] };
}

/** A rows × columns table of counts; row, column and grand totals are computed and protected too. */
/**
 * `hide`: entries to hide before complements are chosen (reason 'linked' unless small), for
 * suppression linked across tables (linked-suppression.ts); their complements follow as for
 * small counts. Zeros in it stay shown: a hidden zero would sit on its bound and protect nothing.
 */
export function suppressTable(
	counts: readonly (readonly number[])[],
	options: SuppressionOptions & { keep?: KeepLines; hide?: readonly MarginEntry[] }
): SuppressedTable {
	const minCell = checkOptions(options);
	const rows = counts.length;
	const cols = rows === 0 ? 0 : counts[0].length;
	if (rows === 0 || cols === 0) throw new Error('a table needs at least one row and one column');
	if (counts.some((r) => r.length !== cols)) throw new Error(`rows differ in length; expected ${cols} columns`);

	// The table with margins: row `rows` holds column totals, column `cols` row totals.
	const values = counts.map((r) => {
		const line = r.map(checkCount);
		return [...line, line.reduce((a, b) => a + b, 0)];
	});
	values.push(Array.from({ length: cols + 1 }, (_, j) => values.reduce((sum, r) => sum + r[j], 0)));

	const small = values.map((r) => r.map((v) => isSmallCount(v, minCell)));
	const hidden = small.map((r) => [...r]);
	const index = (line: number | 'total', size: number) => (line === 'total' ? size : line);
	const linked = values.map((r) => r.map(() => false));
	for (const [row, column] of options.hide ?? []) {
		const i = index(row, rows);
		const j = index(column, cols);
		if (!(i >= 0 && i <= rows && j >= 0 && j <= cols && Number.isInteger(i) && Number.isInteger(j))) throw new Error(`entry to hide is outside the table: [${row}, ${column}]`);
		if (values[i][j] > 0 && !small[i][j]) linked[i][j] = hidden[i][j] = true;
	}
	protectByCycles({ values, hidden, keep: keepMask(options.keep, rows, cols) });

	const at = (i: number, j: number) =>
		cell(values[i][j], small[i][j] ? 'small' : linked[i][j] ? 'linked' : hidden[i][j] ? 'complementary' : null);
	return {
		cells: counts.map((_, i) => Array.from({ length: cols }, (_, j) => at(i, j))),
		rowTotals: counts.map((_, i) => at(i, cols)),
		columnTotals: Array.from({ length: cols }, (_, j) => at(rows, j)),
		grandTotal: at(rows, cols)
	};
}

/**
 * part / whole as a proportion, or null unless both counts are shown and whole > 0.
 * A share of a hidden cell, or of a shown cell over a hidden total, would undo suppression.
 */
export function shownShare(part: SuppressedCell, whole: SuppressedCell): number | null {
	if (part.suppressed || whole.suppressed || part.value === null || whole.value === null || whole.value === 0) return null;
	return part.value / whole.value;
}
