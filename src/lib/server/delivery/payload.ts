/**
 * Builds the dataset payload: every canonical table of one dataset version, under one
 * delivery scope, as Arrow IPC streams in one container (src/lib/engine/dataset-container.ts).
 *
 * FIGURES_PLACEHOLDER
 */
import { existsSync } from 'node:fs';
import { NodeConnector } from '$lib/engine/node';
import { encodeArrowTable } from '$lib/engine/arrow-encode';
import { frameDatasetContainer } from '$lib/engine/dataset-container';
import { TABLES } from '$lib/schema/tables';
import { parquetPath } from '$lib/server/store/paths';
import { scopedTableQuery, type DeliveryScope } from './scope';

export interface DatasetPayload {
	versionId: string;
	/** The framed container, uncompressed. */
	bytes: Uint8Array;
	rowCounts: Record<string, number>;
}

/** Read the version's Parquet files and encode every table the scope lets through. */
export async function buildDatasetPayload(dataDir: string, versionId: string, scope: DeliveryScope): Promise<DatasetPayload> {
	const db = await NodeConnector.open();
	try {
		for (const spec of TABLES) {
			// parquetPath checks the version id, so it cannot walk the disk
			const file = parquetPath(dataDir, versionId, spec.name);
			if (!existsSync(file)) throw new Error(`dataset version ${versionId} has no ${spec.name}.parquet`);
			// A view per table lets the scope filters join tables by name.
			await db.exec(`CREATE VIEW "${spec.name}" AS SELECT * FROM read_parquet(${sqlString(file)})`);
		}
		const tables = [];
		for (const spec of TABLES) {
			const { sql, params } = scopedTableQuery(spec, scope);
			const { ipc, rows } = await encodeArrowTable(db, sql, params, spec);
			tables.push({ name: spec.name, rows, ipc });
		}
		return {
			versionId,
			bytes: frameDatasetContainer(versionId, tables),
			rowCounts: Object.fromEntries(tables.map((t) => [t.name, t.rows]))
		};
	} finally {
		db.close();
	}
}

/** A path as a SQL string literal (table functions in a view cannot take parameters). */
const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;
