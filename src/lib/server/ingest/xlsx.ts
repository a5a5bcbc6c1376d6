/**
 * XLSX uploads through exceljs (never the npm `xlsx` package). The zip is checked for
 * bombs first (zip-guard.ts). Cells become strings the way a CSV export would show them:
 * dates as ISO `YYYY-MM-DD` (with ` hh:mm:ss` when there is a time), formulas as their
 * cached result, rich text as its plain text, errors (#N/A) as the missing marker.
 *
 * Sheet choice: sheets named like a table of the data model ("Roster", "meetings") are each
 * read as their own source; otherwise the first sheet that has any cell.
 */
import ExcelJS from 'exceljs';
import type { CsvRecord } from './csv';
import type { UploadLimits } from './limits';
import { checkZipBomb } from './zip-guard';

export interface SheetRows {
	sheet: string;
	records: CsvRecord[];
}

export interface WorkbookRows {
	sheets: SheetRows[];
	note?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** exceljs reads date cells as UTC Date objects holding the wall-clock value Excel showed. */
export function isoDate(date: Date): string {
	if (Number.isNaN(date.getTime())) return '';
	const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
	const h = date.getUTCHours();
	const m = date.getUTCMinutes();
	const s = date.getUTCSeconds();
	return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return isoDate(value);
	if (typeof value === 'number') return String(value);
	if (typeof value === 'string') return value;
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if ('richText' in value) return value.richText.map((r) => r.text).join('');
	if ('error' in value) return '';
	if ('hyperlink' in value) return String(value.text ?? '');
	if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
	return '';
}

/** Table names a sheet may carry, lower-case without separators. */
export function sheetTableKey(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function sheetRecords(sheet: ExcelJS.Worksheet, limits: UploadLimits): CsvRecord[] {
	if (sheet.rowCount > limits.maxRows + 10) throw new Error(`sheet ${sheet.name} has ${sheet.rowCount} rows; at most ${limits.maxRows} allowed`);
	if (sheet.columnCount > limits.maxColumns) throw new Error(`sheet ${sheet.name} has ${sheet.columnCount} columns; at most ${limits.maxColumns} allowed`);
	const records: CsvRecord[] = [];
	const width = sheet.columnCount;
	sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
		const cells: string[] = [];
		for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
		records.push({ row: rowNumber, line: rowNumber, cells });
	});
	return records;
}

export async function readWorkbook(bytes: Uint8Array, knownTables: readonly string[], limits: UploadLimits): Promise<WorkbookRows> {
	checkZipBomb(bytes, limits);
	const workbook = new ExcelJS.Workbook();
	// exceljs's typings want its own Buffer alias; a Node Buffer is what it reads.
	await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
	const keys = new Set(knownTables.map(sheetTableKey));
	const named = workbook.worksheets.filter((s) => keys.has(sheetTableKey(s.name)));
	if (named.length > 0) {
		return { sheets: named.map((s) => ({ sheet: s.name, records: sheetRecords(s, limits) })) };
	}
	const first = workbook.worksheets.find((s) => s.actualRowCount > 0);
	if (!first) return { sheets: [], note: 'the workbook has no cells' };
	const others = workbook.worksheets.filter((s) => s !== first).map((s) => s.name);
	const sheets = [{ sheet: first.name, records: sheetRecords(first, limits) }];
	return others.length ? { sheets, note: `read sheet "${first.name}"; ignored ${others.map((n) => `"${n}"`).join(', ')}` } : { sheets };
}
