/**
 * Canonical tables -> one Parquet file each, and the content hash over them.
 * Rows are written in primary-key order so the same data always gives the same bytes
 * (and so the same hash), whatever order the exports listed them in.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NodeConnector } from '$lib/engine/node';
import { TABLES, TABLE_NAMES, type TableName } from '$lib/schema/tables';
import { fsyncFile } from './durable-fs';
import { parquetFileName } from './paths';

/** DuckDB takes COPY targets as literals, not parameters; the path is ours (paths.ts). */
function sqlString(value: string): string {
	return `'${value.replace(/'/g, "''")}'`;
}

export async function writeParquetTables(db: NodeConnector, dir: string): Promise<void> {
	for (const spec of TABLES) {
		const order = spec.primaryKey.map((c) => `"${c}"`).join(', ');
		const target = join(dir, parquetFileName(spec.name));
		await db.exec(`COPY (SELECT * FROM "${spec.name}" ORDER BY ${order}) TO ${sqlString(target)} (FORMAT parquet, COMPRESSION zstd)`);
		await fsyncFile(target);
	}
}

export async function countRows(db: NodeConnector): Promise<Record<TableName, number>> {
	const counts = {} as Record<TableName, number>;
	for (const name of TABLE_NAMES) {
		const [row] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM "${name}"`);
		counts[name] = row?.n ?? 0;
	}
	return counts;
}

/** SHA-256 (hex) over the Parquet files' bytes in TABLE_NAMES order (manifest.ts). */
export async function contentHash(dir: string): Promise<string> {
	const hash = createHash('sha256');
	for (const name of TABLE_NAMES) hash.update(await readFile(join(dir, parquetFileName(name))));
	return hash.digest('hex');
}
