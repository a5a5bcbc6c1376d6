/**
 * What a report metric hands the engine: a rows × categories table of true counts, plus
 * values the metric SQL computed from them (shares, intervals, estimates), each naming the
 * counts it rests on. `suppressCountTable` is the only way from a CountTable to what a report
 * shows, so every table and chart in every report is suppressed, whoever generates it:
 *
 *  - the counts go through suppressTable (privacy/suppression.ts): 1..minCell−1 hidden, then
 *    complementary suppression so no hidden cell follows from the rows, columns and totals;
 *  - a derived value is shown only when every count it rests on is shown (a share of a
 *    hidden count, or over a hidden total, would give the count back);
 *  - totals are shown only when `margins` says the cells of a row really add up to a whole
 *    (not for "in any of" race counts or symmetric matrices), but they are protected either way.
 *
 * Tables of one report are suppressed together (suppressCountTables, with
 * privacy/linked-suppression.ts): a metric names the numbers of its table that other tables
 * of a report may hold too (`shared`: the population's total, each group's count, a wave's
 * eligible trainees), and a shared number hidden in one table is hidden in all, each table's
 * complements re-chosen around it, until the report's tables together pin no hidden count.
 * Keys are scoped to one report (one filter), so "active-trainees" means the same people in
 * every table that names it; tests/unit/reports/report-suppression.test.ts checks on the demo
 * data that entries with one key hold one number, and attacks all tables of a report at once.
 */
import { suppressLinkedTables, type SharedValue } from '$lib/privacy/linked-suppression';
import type { KeepLines, SuppressedCell, SuppressedTable } from '$lib/privacy/suppression';
import type { ReportCell, ReportRow, ReportTable } from '$lib/reports/types';

/**
 * A count a derived value rests on, in its row: a count column index, or 'total' for the
 * row's total; `{ columnTotal: j }` is column j's total (a share of a column). In the totals
 * row a column index means that column's total and 'total' the grand total.
 */
export type CountRef = number | 'total' | { columnTotal: number };

export interface DerivedValue {
	value?: number | null;
	lower?: number | null;
	upper?: number | null;
	/** The counts of the same row the value is computed from. */
	rests: readonly CountRef[];
}

export interface DerivedColumn {
	label: string;
	kind: 'share' | 'interval' | 'number';
	/** Decimal places for 'number' columns. */
	digits?: number;
	/** One per row; with a Total row, one more at the end for it, or none to leave it empty. */
	values: readonly DerivedValue[];
}

export interface CountTable {
	rowHeader: string;
	rows: readonly string[];
	countColumns: readonly string[];
	counts: readonly (readonly number[])[];
	/**
	 * Which totals mean something and are shown: 'rows' when the counts of a row partition a
	 * whole (a Total column), 'columns' when each column's counts add up to distinct people
	 * (a Total row), 'both', or 'none' ("in any of" counts, symmetric matrices). All totals
	 * are protected by suppression whether shown or not.
	 */
	margins: 'both' | 'rows' | 'columns' | 'none';
	derived: readonly DerivedColumn[];
	/** Rows and columns whose counts complementary suppression should hide last (the table's point). */
	keep?: KeepLines;
	/**
	 * Numbers of this table that other tables of the same report may hold (same key, same
	 * count): entries of the table with margins, 'total' for the totals row or column.
	 */
	shared?: readonly SharedValue[];
	notes?: readonly string[];
}

export const TOTAL_LABEL = 'Total';

function countCell(cell: SuppressedCell): ReportCell {
	return { kind: 'count', value: cell.suppressed ? null : cell.value, suppressed: cell.suppressed };
}

function derivedCell(column: DerivedColumn, value: DerivedValue | undefined, shown: (ref: CountRef) => boolean): ReportCell {
	if (!value) return { kind: 'empty' };
	const visible = value.rests.every(shown);
	if (column.kind === 'interval') return visible ? { kind: 'interval', lower: value.lower ?? null, upper: value.upper ?? null } : { kind: 'interval', lower: null, upper: null };
	if (column.kind === 'share') return { kind: 'share', value: visible ? (value.value ?? null) : null };
	return { kind: 'number', value: visible ? (value.value ?? null) : null, digits: column.digits ?? 1 };
}

const showsTotalColumn = (t: CountTable) => t.margins === 'both' || t.margins === 'rows';
const showsTotalRow = (t: CountTable) => t.margins === 'both' || t.margins === 'columns';

function checkShape(table: CountTable): void {
	const cols = table.countColumns.length;
	if (table.counts.length !== table.rows.length) throw new Error(`count table: ${table.counts.length} count rows for ${table.rows.length} labels`);
	table.counts.forEach((r, i) => {
		if (r.length !== cols) throw new Error(`count table row "${table.rows[i]}": ${r.length} counts for ${cols} columns`);
	});
	for (const d of table.derived) {
		const expected = [table.rows.length, table.rows.length + (showsTotalRow(table) ? 1 : 0)];
		if (!expected.includes(d.values.length)) throw new Error(`derived column "${d.label}": ${d.values.length} values for ${table.rows.length} rows`);
	}
}

/** One table on its own (tests, and reports of a single table); see suppressCountTables. */
export function suppressCountTable(table: CountTable, minCell: number): ReportTable {
	return suppressCountTables([table], minCell)[0];
}

const isEmpty = (t: CountTable) => t.rows.length === 0 || t.countColumns.length === 0;

/** Every table of one report, suppressed together so that no hidden count follows from all of them. */
export function suppressCountTables(tables: readonly CountTable[], minCell: number): ReportTable[] {
	tables.forEach(checkShape);
	const filled = tables.filter((t) => !isEmpty(t));
	const suppressed = suppressLinkedTables(
		filled.map((t) => ({
			counts: t.counts,
			keep: t.keep,
			shared: t.shared,
			printed: { rowTotals: showsTotalColumn(t), columnTotals: showsTotalRow(t), grandTotal: showsTotalColumn(t) && showsTotalRow(t) }
		})),
		{ minCell }
	);
	return tables.map((t) => (isEmpty(t) ? shownTable(t, null) : shownTable(t, suppressed[filled.indexOf(t)])));
}

function shownTable(table: CountTable, s: SuppressedTable | null): ReportTable {
	const totalColumn = showsTotalColumn(table);
	const columns = [...table.countColumns, ...(totalColumn ? [TOTAL_LABEL] : []), ...table.derived.map((d) => d.label)];
	if (!s) return { rowHeader: table.rowHeader, columns, rows: [] };
	const rows: ReportRow[] = table.rows.map((label, i) => {
		const shown = (ref: CountRef) => !(ref === 'total' ? s.rowTotals[i] : typeof ref === 'number' ? s.cells[i][ref] : s.columnTotals[ref.columnTotal]).suppressed;
		return {
			label,
			cells: [
				...s.cells[i].map(countCell),
				...(totalColumn ? [countCell(s.rowTotals[i])] : []),
				...table.derived.map((d) => derivedCell(d, d.values[i], shown))
			]
		};
	});
	if (showsTotalRow(table)) {
		const n = table.rows.length;
		const shown = (ref: CountRef) => !(ref === 'total' ? s.grandTotal : typeof ref === 'number' ? s.columnTotals[ref] : s.columnTotals[ref.columnTotal]).suppressed;
		rows.push({
			label: TOTAL_LABEL,
			total: true,
			cells: [...s.columnTotals.map(countCell), ...(totalColumn ? [countCell(s.grandTotal)] : []), ...table.derived.map((d) => derivedCell(d, d.values[n], shown))]
		});
	}
	return { rowHeader: table.rowHeader, columns, rows };
}
