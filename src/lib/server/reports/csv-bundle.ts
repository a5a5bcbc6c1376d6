/**
 * The CSV bundle: a ZIP with about.csv (the report's facts, definitions and suppression
 * rule) and one CSV per table, numbered in report order. One file per table because each
 * table has its own columns; a ZIP so it is one download. Numbers without thousands
 * separators; shares as percents with one decimal, as the column labels say; hidden counts
 * as "suppressed".
 */
import { cellText } from '$lib/reports/cell-text';
import type { Report, ReportTable } from '$lib/reports/types';
import { csvCell } from '$lib/export/csv';
import { reportFacts, reportTables } from './tables-export';
import { zipFiles } from './zip';

const line = (cells: readonly unknown[]) => cells.map(csvCell).join(',');

export function tableCsv(table: ReportTable): string {
	const rows = [line([table.rowHeader, ...table.columns]), ...table.rows.map((r) => line([r.label, ...r.cells.map((c) => cellText(c, false))]))];
	return rows.join('\r\n') + '\r\n';
}

export function csvBundle(report: Report): Uint8Array {
	const encoder = new TextEncoder();
	// A BOM so spreadsheet programs read the UTF-8 (en dashes, accents) correctly.
	const file = (name: string, text: string) => ({ name, data: encoder.encode(`\ufeff${text}`) });
	const about = [line(['Field', 'Value']), ...reportFacts(report).map((f) => line(f))].join('\r\n') + '\r\n';
	const tables = reportTables(report).map((t, i) => file(`${String(i + 1).padStart(2, '0')}-${t.name}.csv`, tableCsv(t.table)));
	return zipFiles([file('00-about.csv', about), ...tables], new Date(report.generated.at));
}
