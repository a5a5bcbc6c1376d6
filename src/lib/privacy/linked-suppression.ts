/**
 * Suppression of several tables released together (every table of one report; the
 * reviewer's programs × categories tables), when some numbers appear in more than one.
 *
 * Why: suppressTable protects one table from its own row and column equations. Two tables
 * over the same people share numbers: composition by URiM and mentoring access by URiM both
 * hold the count of URiM trainees (a cell in one, a row total in the other); every headcount
 * table holds each program's total. A total hidden as a complement in one table but printed
 * in the other gives that table's equation back, and the hidden small cell follows.
 *
 * Rule (a fixed point, each step only hides more):
 *  1. Suppress every table on its own (suppressTable), hiding also the entries forced so far.
 *  2. A shared value hidden in any table where it appears as an entry is forced hidden in
 *     every table where it appears as an entry, and each sum of entries that equals it
 *     gets a hidden part (a sum all shown would give it back). A sum that equals a shared
 *     value is one more line: with exactly one hidden part it gets a second (the cheapest
 *     shown non-zero part, kept lines last). Repeat 1–2 until nothing new is forced, so each
 *     table's complementary suppression is re-run around what the others hide.
 *  3. Check the result the way a reader would attack it: one linear system over all the
 *     tables, each shared value one unknown, plus an equation for each shared value that
 *     a table holds as a sum of entries (joint-system.ts). If a hidden entry is still
 *     pinned down (the tables' cycles of hidden cells do not move the shared values
 *     together), force the cheapest shown non-zero entry on one of its lines in its table
 *     hidden (in another table when its own has none left) and go back to 1. Every round
 *     forces at least one more entry, so it ends.
 * Small counts (1..minCell−1) are hidden first in every table, as in suppressTable; zeros
 * are never hidden. With no shared values this is exactly suppressTable on each table.
 */
import { complementCost, KEEP_COST } from './cycle-protection';
import { jointlyDeterminedEntries, type JointShared, type JointTable } from './joint-system';
import { keepMask, suppressTable, type KeepLines, type MarginEntry, type SuppressedCell, type SuppressedTable, type SuppressionOptions } from './suppression';

/** A number of this table that other tables hold too: one entry, or the sum of several. */
export interface SharedValue {
	/** Names the number; equal keys in two tables of one release mean the same count. */
	key: string;
	entries: readonly MarginEntry[];
}

export interface LinkedTableInput {
	counts: readonly (readonly number[])[];
	keep?: KeepLines;
	shared?: readonly SharedValue[];
	/** Totals the reader is shown (default all): a total not printed is unknown to them. */
	printed?: { rowTotals: boolean; columnTotals: boolean; grandTotal: boolean };
}

type Entry = [number, number];

function entryOf([row, column]: MarginEntry, rows: number, cols: number): Entry {
	return [row === 'total' ? rows : row, column === 'total' ? cols : column];
}

/** A suppressed table as its (R+1) × (C+1) entries. */
export function withMarginCells(s: SuppressedTable): SuppressedCell[][] {
	return [...s.cells.map((r, i) => [...r, s.rowTotals[i]]), [...s.columnTotals, s.grandTotal]];
}

function marginValues(counts: readonly (readonly number[])[]): number[][] {
	const rows = counts.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
	rows.push(Array.from({ length: rows[0].length }, (_, j) => rows.reduce((s, r) => s + r[j], 0)));
	return rows;
}

function printedMask(input: LinkedTableInput, rows: number, cols: number): boolean[][] {
	const p = input.printed ?? { rowTotals: true, columnTotals: true, grandTotal: true };
	return Array.from({ length: rows + 1 }, (_, i) =>
		Array.from({ length: cols + 1 }, (_, j) => (i === rows && j === cols ? p.grandTotal : i === rows ? p.columnTotals : j === cols ? p.rowTotals : true))
	);
}

/** The cheapest shown non-zero entry on the lines of [row, column], else anywhere in the table; kept lines last. */
function cheapestNeighbour(values: number[][], hidden: boolean[][], keep: boolean[][], [row, column]: Entry): Entry | null {
	const rows = values.length - 1;
	const cols = values[0].length - 1;
	const table = { values, hidden, keep };
	let best: Entry | null = null;
	for (const onLine of [true, false])
		for (let i = 0; i <= rows; i++)
			for (let j = 0; j <= cols; j++) {
				if (hidden[i][j] || values[i][j] === 0 || (onLine && i !== row && j !== column)) continue;
				if (!best || complementCost(table, i, j) < complementCost(table, best[0], best[1])) best = [i, j];
			}
	return best;
}

export function suppressLinkedTables(tables: readonly LinkedTableInput[], options: SuppressionOptions): SuppressedTable[] {
	const sizes = tables.map((t) => ({ rows: t.counts.length, cols: t.counts[0]?.length ?? 0 }));
	sizes.forEach(({ rows, cols }, ti) => {
		if (rows === 0 || cols === 0) throw new Error(`linked table ${ti + 1}: a table needs at least one row and one column`);
	});
	const values = tables.map((t) => marginValues(t.counts));
	const keeps = tables.map((t, ti) => keepMask(t.keep, sizes[ti].rows, sizes[ti].cols));
	const shared = new Map<string, { table: number; entries: Entry[] }[]>();
	tables.forEach((t, ti) =>
		(t.shared ?? []).forEach(({ key, entries }) => {
			if (entries.length === 0) throw new Error(`shared value "${key}" names no entry`);
			const list = shared.get(key) ?? [];
			const at = entries.map((e) => entryOf(e, sizes[ti].rows, sizes[ti].cols));
			const outside = at.find(([i, j]) => !(Number.isInteger(i) && Number.isInteger(j) && i >= 0 && j >= 0 && i <= sizes[ti].rows && j <= sizes[ti].cols));
			if (outside) throw new Error(`shared value "${key}" names an entry outside linked table ${ti + 1}: [${outside.join(', ')}]`);
			list.push({ table: ti, entries: at });
			shared.set(key, list);
		})
	);
	const forced = tables.map(() => new Set<string>());
	const force = (t: number, [i, j]: Entry) => {
		const before = forced[t].size;
		forced[t].add(`${i},${j}`);
		return forced[t].size > before;
	};
	const budget = values.reduce((n, v) => n + v.length * v[0].length, 0) + 1;

	for (let round = 0; round <= budget; round++) {
		const result = tables.map((t, ti) =>
			suppressTable(t.counts, { ...options, keep: t.keep, hide: [...forced[ti]].map((e) => e.split(',').map(Number) as [number, number]) })
		);
		const hidden = result.map((s) => withMarginCells(s).map((r) => r.map((c) => c.suppressed)));

		// Step 2: a shared value hidden where it stands alone is hidden wherever it stands alone,
		// and no sum of it may be all shown (the sum would give it back).
		let grew = false;
		const cheapestPart = (table: number, parts: readonly Entry[]): Entry | null => {
			const shown = parts.filter(([i, j]) => !hidden[table][i][j] && values[table][i][j] > 0);
			const cost = ([i, j]: Entry) => (keeps[table][i][j] ? KEEP_COST : 0) + values[table][i][j];
			return shown.length ? shown.reduce((a, b) => (cost(b) < cost(a) ? b : a)) : null;
		};
		for (const appearances of shared.values()) {
			const singles = appearances.filter((a) => a.entries.length === 1);
			if (!singles.some(({ table, entries: [[i, j]] }) => hidden[table][i][j])) continue;
			for (const { table, entries } of singles) if (!hidden[table][entries[0][0]][entries[0][1]]) grew = force(table, entries[0]) || grew;
			for (const { table, entries } of appearances.filter((a) => a.entries.length > 1)) {
				if (entries.some(([i, j]) => hidden[table][i][j])) continue;
				const part = cheapestPart(table, entries);
				if (part) grew = force(table, part) || grew;
			}
		}
		// A sum of entries equal to a shared value is one more line: with one hidden part it
		// would give that part back (the value minus the shown parts), so a second part hides
		// with it, the cheapest shown non-zero one, as on any line.
		for (const appearances of shared.values())
			for (const { table, entries } of appearances.filter((a) => a.entries.length > 1)) {
				if (entries.filter(([i, j]) => hidden[table][i][j]).length !== 1) continue;
				const part = cheapestPart(table, entries);
				if (part) grew = force(table, part) || grew;
			}
		if (grew) continue;

		// Step 3: the reader's joint system.
		const joint: JointTable[] = tables.map((t, ti) => ({ values: values[ti], hidden: hidden[ti], printed: printedMask(t, sizes[ti].rows, sizes[ti].cols) }));
		const jointShared: JointShared[] = [...shared].map(([key, appearances]) => ({ key, appearances }));
		const pinned = jointlyDeterminedEntries(joint, jointShared);
		if (pinned.length === 0) return result;
		for (const { table, row, column } of pinned) {
			const next = cheapestNeighbour(values[table], hidden[table], keeps[table], [row, column]);
			if (next) grew = force(table, next) || grew;
		}
		// A table with nothing left to hide, pinned through the others: hide in the others. With
		// everything hidden nothing is pinned (every hidden count is ≥ 1), so this always ends.
		if (!grew)
			for (let t = 0; t < tables.length && !grew; t++) {
				const next = cheapestNeighbour(values[t], hidden[t], keeps[t], [-1, -1]);
				if (next) grew = force(t, next);
			}
		if (!grew) throw new Error('linked suppression found nothing more to hide, yet a hidden count is still determined');
	}
	throw new Error('linked suppression did not settle');
}
