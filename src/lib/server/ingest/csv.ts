/**
 * RFC 4180 CSV reader that remembers where every record came from.
 *
 * Why not DuckDB's read_csv: with explicit options (all_varchar, quote/escape '"',
 * null_padding, header=false) it counts the records of every real sample correctly, but it
 * cannot say which file row a record was on, and once a quoted cell holds a newline the
 * physical line can no longer be recovered. Error messages must say "roster.csv row 17"
 * (the row a spreadsheet shows). Uploads also arrive as bytes, and the header rows must be
 * inspected (detect.ts) before anyone knows how many to skip. A single-pass scanner does
 * all of that in ~100 lines with no sniffing.
 *
 * Quirks handled (see /work/shared/samples/real-exports/SOURCES.md): UTF-8 BOM, CRLF or LF
 * or lone CR, quoted newlines, doubled quotes, a missing final newline, a final blank line.
 */

/** Delimiters seen in real exports: comma, semicolon (European Excel), tab (TSV), pipe. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvRecord {
	/** 1-based record number in the file, header rows included: the row a spreadsheet shows. */
	row: number;
	/** 1-based physical line the record starts on (differs from row after quoted newlines). */
	line: number;
	cells: string[];
}

/**
 * Decode bytes as UTF-8 and drop a leading byte-order mark. Invalid bytes become U+FFFD.
 * Uploads go through text-encoding.ts instead, which detects Windows-1252.
 */
export function decodeCsvText(bytes: Uint8Array): string {
	const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

/**
 * Split CSV text into records. A quote only opens a quoted cell at the start of a cell;
 * a stray quote in the middle of an unquoted cell is kept as text (Excel does the same).
 */
export function parseCsv(text: string, delimiter: Delimiter = ','): CsvRecord[] {
	const DELIM = delimiter.charCodeAt(0);
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const records: CsvRecord[] = [];
	let cells: string[] = [];
	let cell = '';
	let line = 1;
	let recordLine = 1;
	let inQuotes = false;
	let cellStart = true;
	const n = text.length;

	const endRecord = () => {
		cells.push(cell);
		records.push({ row: records.length + 1, line: recordLine, cells });
		cells = [];
		cell = '';
		cellStart = true;
	};

	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (inQuotes) {
			if (c === QUOTE) {
				if (text.charCodeAt(i + 1) === QUOTE) {
					cell += '"';
					i++;
				} else {
					inQuotes = false;
				}
			} else {
				if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
				cell += text[i];
			}
			continue;
		}
		if (c === QUOTE && cellStart) {
			inQuotes = true;
			cellStart = false;
		} else if (c === DELIM) {
			cells.push(cell);
			cell = '';
			cellStart = true;
		} else if (c === CR || c === LF) {
			if (c === CR && text.charCodeAt(i + 1) === LF) i++;
			endRecord();
			line++;
			recordLine = line;
		} else {
			cell += text[i];
			cellStart = false;
		}
	}
	// A file without a final newline still ends its last record; a final newline does not
	// start an empty one.
	if (cells.length > 0 || cell !== '' || !cellStart || inQuotes) endRecord();
	return records;
}

/** A record whose every cell is empty or whitespace (Excel's `,,,,` rows, blank lines). */
export function isBlankRecord(record: CsvRecord): boolean {
	return record.cells.every((cell) => cell.trim() === '');
}
