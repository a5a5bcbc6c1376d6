/**
 * Upload limits, stated once and enforced by the upload endpoints (routes/imports) and by
 * the readers (text, XLSX, Parquet). The largest real program export we expect is a meeting
 * log of a few hundred thousand rows; these leave room for that and refuse anything that
 * would take the server down.
 *
 * Deployment note: adapter-node refuses request bodies above BODY_SIZE_LIMIT (default 512K)
 * before our code runs, so it must be set to at least maxRequestBytes (.env.example).
 */
export interface UploadLimits {
	/** Files in one upload. */
	maxFiles: number;
	/** Bytes of one file as uploaded (compressed, for XLSX). */
	maxFileBytes: number;
	/** Bytes of all files together. */
	maxRequestBytes: number;
	/** Data rows in one file (header rows excluded). */
	maxRows: number;
	/** Columns in one file: the long Qualtrics sample has 371. */
	maxColumns: number;
	/** Characters in one cell: Excel's own limit is 32,767. */
	maxCellChars: number;
	/** XLSX: sum of the declared uncompressed sizes of every zip entry. */
	maxXlsxUncompressedBytes: number;
	/** XLSX: zip entries (a workbook has ~10 plus one per sheet). */
	maxXlsxEntries: number;
	/** XLSX: uncompressed/compressed per entry; XML compresses ~10–20×, bombs 1000×+. */
	maxXlsxCompressionRatio: number;
}

export const UPLOAD_LIMITS: UploadLimits = {
	maxFiles: 12,
	maxFileBytes: 25 * 1024 * 1024,
	maxRequestBytes: 60 * 1024 * 1024,
	maxRows: 250_000,
	maxColumns: 2_000,
	maxCellChars: 32_767,
	maxXlsxUncompressedBytes: 150 * 1024 * 1024,
	maxXlsxEntries: 500,
	maxXlsxCompressionRatio: 200
};

/** "25 MB", for messages. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}

/** Why the set of files is refused before parsing, or null. */
export function uploadSizeProblem(files: readonly { name: string; size: number }[], limits: UploadLimits = UPLOAD_LIMITS): string | null {
	if (files.length === 0) return 'no files in the upload';
	if (files.length > limits.maxFiles) return `${files.length} files; at most ${limits.maxFiles} per upload`;
	for (const f of files) {
		if (f.size > limits.maxFileBytes) return `${f.name} is ${formatBytes(f.size)}; the limit is ${formatBytes(limits.maxFileBytes)} per file`;
	}
	const total = files.reduce((n, f) => n + f.size, 0);
	if (total > limits.maxRequestBytes) return `the files total ${formatBytes(total)}; the limit is ${formatBytes(limits.maxRequestBytes)} per upload`;
	return null;
}
