/**
 * One uploaded export, parsed: its format, column names and data records with the file row
 * each came from. Nothing is interpreted yet; profiles (demo-profile.ts) do that.
 * Text, XLSX and Parquet all end here as records of strings (upload-reader.ts).
 */
import { isBlankRecord, parseCsv, type CsvRecord, type Delimiter } from './csv';
import { sniffDelimiter } from './delimiter';
import { detectFormat, qualtricsImportId, type SourceFormat } from './detect';
import { decodeUpload } from './text-encoding';

export type SourceKind = 'text' | 'xlsx' | 'parquet';

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
	/** Human label per column (Qualtrics row 2, REDCap dictionary), for mapping proposals. */
	labels?: (string | null)[];
	/** Data records only: header rows and blank rows removed, `row` kept from the file. */
	records: CsvRecord[];
	/** Records with more non-empty cells than there are columns (shifted or broken rows). */
	overlongRows: number[];
	kind?: SourceKind;
	encoding?: string;
	delimiter?: Delimiter;
	/** What the reader had to guess (encoding, sheet), for the user. */
	readNotes?: string[];
}

export interface ReadOptions {
	kind?: SourceKind;
	encoding?: string;
	delimiter?: Delimiter;
	readNotes?: string[];
}

/** Records of any origin -> header detection and data records. */
export function sourceFromRecords(name: string, all: CsvRecord[], options: ReadOptions = {}): SourceFile {
	const nonBlank = all.filter((r) => !isBlankRecord(r));
	const detected = detectFormat(name, nonBlank.slice(0, 3).map((r) => r.cells));

	// Header rows are the first non-blank records; everything after them is data.
	const header = nonBlank.slice(0, detected.headerRows);
	const firstDataRow = header.length ? header[header.length - 1]!.row + 1 : 1;
	const records = nonBlank.filter((r) => r.row >= firstDataRow);

	const columns = trimTrailingUnnamed(header[0]?.cells ?? []);
	const overlongRows = records.filter((r) => r.cells.slice(columns.length).some((c) => c.trim() !== '')).map((r) => r.row);

	const file: SourceFile = { name, format: detected.format, headerRowCount: detected.headerRows, columns, records, overlongRows };
	if (detected.note) file.note = detected.note;
	if (detected.format === 'qualtrics') {
		file.questionText = (header[1]?.cells ?? []).slice(0, columns.length);
		file.importIds = (header[2]?.cells ?? []).slice(0, columns.length).map(qualtricsImportId);
	}
	if (detected.format === 'qualtrics_legacy') file.questionText = (header[1]?.cells ?? []).slice(0, columns.length);
	if (file.questionText) file.labels = file.questionText.map((t) => t.replace(/\s+/g, ' ').trim() || null);
	if (options.kind) file.kind = options.kind;
	if (options.encoding) file.encoding = options.encoding;
	if (options.delimiter) file.delimiter = options.delimiter;
	if (options.readNotes?.length) file.readNotes = options.readNotes;
	return file;
}

/** A text export (CSV, TSV, any delimiter) from bytes or already-decoded text. */
export function readSourceFile(name: string, bytes: Uint8Array | string): SourceFile {
	const notes: string[] = [];
	let text: string;
	let encoding = 'utf-8';
	if (typeof bytes === 'string') {
		text = bytes.charCodeAt(0) === 0xfeff ? bytes.slice(1) : bytes;
	} else {
		const decoded = decodeUpload(bytes);
		text = decoded.text;
		encoding = decoded.encoding;
		if (decoded.note) notes.push(decoded.note);
	}
	const delimiter = sniffDelimiter(text, name);
	if (delimiter !== ',') notes.push(`${delimiter === '\t' ? 'tab' : delimiter === ';' ? 'semicolon' : 'pipe'}-separated`);
	return sourceFromRecords(name, parseCsv(text, delimiter), { kind: 'text', encoding, delimiter, readNotes: notes });
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
