/**
 * Uploaded bytes -> SourceFiles, whatever the container: XLSX (zip magic), Parquet (PAR1
 * magic) or text. Content decides, not the extension, because users rename files. Limits
 * (limits.ts) are enforced here; a refused file names its cause.
 */
import { TABLE_NAMES } from '$lib/schema/tables';
import { formatBytes, UPLOAD_LIMITS, type UploadLimits } from './limits';
import { isParquet, readParquetRecords } from './parquet-reader';
import { sourceFromRecords, readSourceFile, type SourceFile } from './source-file';
import { decodeUpload } from './text-encoding';
import { readWorkbook } from './xlsx';
import { isZip } from './zip-guard';

export interface Upload {
	name: string;
	bytes: Uint8Array | string;
}

export type ReadResult = { files: SourceFile[] } | { refused: string };

/** Sheet names that mean a table of ours (besides TABLE_NAMES): the demo's export names. */
const SHEET_NAMES = [...TABLE_NAMES, 'roster', 'wellbeing_qualtrics', 'wellbeing_redcap', 'wellbeing_redcap_dictionary'];

/** Rows, columns and cell length, checked on what any reader produced. */
export function sourceLimitProblem(file: SourceFile, limits: UploadLimits): string | null {
	if (file.records.length > limits.maxRows) return `${file.records.length} data rows; at most ${limits.maxRows} allowed`;
	if (file.columns.length > limits.maxColumns) return `${file.columns.length} columns; at most ${limits.maxColumns} allowed`;
	for (const record of file.records) {
		const long = record.cells.findIndex((c) => c.length > limits.maxCellChars);
		if (long >= 0) return `row ${record.row}, column ${file.columns[long] ?? long + 1}: a cell of ${record.cells[long]!.length} characters (limit ${limits.maxCellChars})`;
	}
	return null;
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

async function readBinary(upload: { name: string; bytes: Uint8Array }, limits: UploadLimits): Promise<ReadResult> {
	const { name, bytes } = upload;
	if (isZip(bytes)) {
		try {
			const book = await readWorkbook(bytes, SHEET_NAMES, limits);
			if (book.sheets.length === 0) return { refused: book.note ?? 'the workbook has no cells' };
			const single = book.sheets.length === 1;
			return {
				files: book.sheets.map((s) =>
					sourceFromRecords(single ? name : `${name} › ${s.sheet}`, s.records, {
						kind: 'xlsx',
						readNotes: [`sheet "${s.sheet}"`, ...(book.note ? [book.note] : [])]
					})
				)
			};
		} catch (error) {
			return { refused: message(error) };
		}
	}
	if (isParquet(bytes)) {
		try {
			return { files: [sourceFromRecords(name, await readParquetRecords(bytes, limits), { kind: 'parquet' })] };
		} catch (error) {
			return { refused: `not a readable Parquet file: ${message(error)}` };
		}
	}
	const decoded = decodeUpload(bytes);
	if (decoded.nulAt !== undefined && decoded.encoding !== 'utf-16le' && decoded.encoding !== 'utf-16be') {
		return { refused: `NUL byte at offset ${decoded.nulAt}: binary data, not a CSV/TSV, XLSX or Parquet export` };
	}
	return { files: [readSourceFile(name, bytes)] };
}

export async function readUpload(upload: Upload, limits: UploadLimits = UPLOAD_LIMITS): Promise<ReadResult> {
	const size = typeof upload.bytes === 'string' ? upload.bytes.length : upload.bytes.byteLength;
	if (size > limits.maxFileBytes) return { refused: `${formatBytes(size)}; the limit is ${formatBytes(limits.maxFileBytes)} per file` };
	if (size === 0) return { refused: 'empty file' };
	const result = typeof upload.bytes === 'string' ? { files: [readSourceFile(upload.name, upload.bytes)] } : await readBinary({ name: upload.name, bytes: upload.bytes }, limits);
	if ('refused' in result) return result;
	for (const file of result.files) {
		const problem = sourceLimitProblem(file, limits);
		if (problem) return { refused: problem };
		if (file.columns.length === 0) return { refused: 'no header row: the file has no column names' };
	}
	return result;
}
