/**
 * The XLSX workbook: an "About" sheet (facts, caveats, definitions, suppression rule), then
 * one sheet per table with its title, notes and the table. Counts are numbers, hidden counts
 * the text "suppressed"; shares are numbers in percent rounded to one decimal, exactly what
 * the PDF and CSV print, so a reader's sum in Excel matches the printed figures.
 */
import ExcelJS from 'exceljs';
import { cellText, percentText } from '$lib/reports/cell-text';
import type { Report, ReportCell } from '$lib/reports/types';
import { reportFacts, reportTables } from './tables-export';

function value(cell: ReportCell): string | number | null {
	if (cell.kind === 'count') return cell.suppressed || cell.value === null ? cellText(cell) : cell.value;
	if (cell.kind === 'share') return cell.value === null ? null : Number(percentText(cell.value));
	if (cell.kind === 'number') return cell.value === null ? null : Number(cell.value.toFixed(cell.digits));
	return cellText(cell) || null;
}

/** Sheet names: at most 31 characters, unique, none of : \ / ? * [ ]. */
function sheetName(index: number, name: string): string {
	return `${String(index).padStart(2, '0')} ${name}`.replace(/[:\\/?*[\]]/g, '-').slice(0, 31);
}

export async function reportXlsx(report: Report): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const at = new Date(report.generated.at);
	workbook.creator = 'Preceptor';
	workbook.created = at;
	workbook.modified = at;

	const about = workbook.addWorksheet('About');
	about.columns = [{ width: 32 }, { width: 110 }];
	about.addRow(['Field', 'Value']).font = { bold: true };
	for (const [k, v] of reportFacts(report)) about.addRow([k, v]).alignment = { wrapText: true, vertical: 'top' };

	reportTables(report).forEach((t, i) => {
		const sheet = workbook.addWorksheet(sheetName(i + 1, t.name));
		sheet.addRow([t.title]).font = { bold: true, size: 13 };
		for (const note of t.notes) sheet.addRow([note]).font = { italic: true, size: 9 };
		sheet.addRow([]);
		const header = sheet.addRow([t.table.rowHeader, ...t.table.columns]);
		header.font = { bold: true };
		for (const r of t.table.rows) {
			const row = sheet.addRow([r.label, ...r.cells.map(value)]);
			if (r.total) row.font = { bold: true };
			r.cells.forEach((c, j) => {
				if (c.kind === 'share') row.getCell(j + 2).numFmt = '0.0';
			});
		}
		sheet.getColumn(1).width = Math.min(48, Math.max(14, ...t.table.rows.map((r) => r.label.length + 2)));
		t.table.columns.forEach((c, j) => (sheet.getColumn(j + 2).width = Math.min(28, Math.max(10, c.length + 2))));
	});
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
