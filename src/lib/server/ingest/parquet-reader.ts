/**
 * Parquet uploads (e.g. re-importing a dataset version, or an export from a warehouse),
 * read with DuckDB. Every column is cast to text, so Parquet goes through the same mapping
 * and validation as CSV; DuckDB's casts give ISO dates and `true`/`false`.
 */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeConnector } from '$lib/engine/node';
import type { CsvRecord } from './csv';
import type { UploadLimits } from './limits';

export function isParquet(bytes: Uint8Array): boolean {
	const magic = (i: number) => bytes[i] === 0x50 && bytes[i + 1] === 0x41 && bytes[i + 2] === 0x52 && bytes[i + 3] === 0x31;
	return bytes.length >= 12 && magic(0) && magic(bytes.length - 4);
}

/** Header record + one record per row; `row` counts like a CSV export of the same data. */
export async function readParquetRecords(bytes: Uint8Array, limits: UploadLimits): Promise<CsvRecord[]> {
	const path = join(tmpdir(), `preceptor-upload-${randomBytes(8).toString('hex')}.parquet`);
	await writeFile(path, bytes);
	const db = await NodeConnector.open();
	try {
		// A path we made up ourselves; read_parquet takes it as a literal.
		const source = `read_parquet('${path.replace(/'/g, "''")}')`;
		const columns = await db.query<{ column_name: string }>(`SELECT column_name FROM (DESCRIBE SELECT * FROM ${source})`);
		if (columns.length > limits.maxColumns) throw new Error(`${columns.length} columns; at most ${limits.maxColumns} allowed`);
		const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${source}`)) as [{ n: number }];
		if (n > limits.maxRows) throw new Error(`${n} rows; at most ${limits.maxRows} allowed`);
		const select = columns.map((c, i) => `CAST("${c.column_name.replace(/"/g, '""')}" AS VARCHAR) AS c${i}`).join(', ');
		const rows = await db.query(`SELECT ${select} FROM ${source}`);
		const records: CsvRecord[] = [{ row: 1, line: 1, cells: columns.map((c) => c.column_name) }];
		rows.forEach((row, r) => records.push({ row: r + 2, line: r + 2, cells: columns.map((_, i) => (row[`c${i}`] == null ? '' : String(row[`c${i}`]))) }));
		return records;
	} finally {
		db.close();
		await rm(path, { force: true });
	}
}
