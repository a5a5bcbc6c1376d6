/**
 * One uploaded export, parsed: its format, column names and data records with the file row
 * each came from. Nothing is interpreted yet; profiles (demo-profile.ts) do that.
 */
import { decodeCsvText, isBlankRecord, parseCsv, type CsvRecord } from './csv';
import { detectFormat, qualtricsImportId, type SourceFormat } from './detect';

export interface SourceFile {
	name: string;
	format: SourceFormat;
	note?: string;
	headerRowCount: number;
	/** Row-1 names (Qualtrics export tags), trailing unnamed empty column dropped. */
	columns: string[];
	/** Qualtrics row 2 (question text) and row 3 (ImportIds), when present. */
	questionText?: string[];
	importIds?: (string | null)[];
	/** Data records only: header rows and blank rows removed, `row` kept from the file. */
	records: CsvRecord[];
	/** Records with more non-empty cells than there are columns (shifted or broken rows). */
	overlongRows: number[];
}

export function readSourceFile(name: string, bytes: Uint8Array | string): SourceFile {
	const text = typeof bytes === 'string' ? bytes : decodeCsvText(bytes);
	const all = parseCsv(text);
	const headerCandidates = all.filter((r) => !isBlankRecord(r)).slice(0, 3).map((r) => r.cells);
	const detected = detectFormat(name, headerCandidates);

	// Header rows are the first non-blank records; everything after them is data.
	const nonBlank = all.filter((r) => !isBlankRecord(r));
	const header = nonBlank.slice(0, detected.headerRows);
	const firstDataRow = header.length ? header[header.length - 1]!.row + 1 : 1;
	const records = all.filter((r) => r.row >= firstDataRow && !isBlankRecord(r));

	const columns = trimTrailingUnnamed(header[0]?.cells ?? []);
	const overlongRows = records
		.filter((r) => r.cells.slice(columns.length).some((c) => c.trim() !== ''))
		.map((r) => r.row);

	const file: SourceFile = {
		name,
		format: detected.format,
		headerRowCount: detected.headerRows,
		columns,
		records,
		overlongRows
	};
	if (detected.note) file.note = detected.note;
	if (detected.format === 'qualtrics') {
		file.questionText = (header[1]?.cells ?? []).slice(0, columns.length);
		file.importIds = (header[2]?.cells ?? []).slice(0, columns.length).map(qualtricsImportId);
	}
	if (detected.format === 'qualtrics_legacy') file.questionText = (header[1]?.cells ?? []).slice(0, columns.length);
	return file;
}

/**
 * A trailing comma on every line (qualtRics sample_legacy.csv) makes an empty, unnamed last
 * column; it carries nothing.
 */
function trimTrailingUnnamed(cells: string[]): string[] {
	const out = cells.map((c) => c.trim());
	while (out.length > 0 && out[out.length - 1] === '') out.pop();
	return out;
}
