/**
 * A DuckDB connection over one dataset version: every canonical table loaded from its
 * Parquet file, plus the derived contact facts (contact-facts.ts) over the whole version,
 * for the data endpoint and server-side metric runs.
 */
import { NodeConnector } from '$lib/engine/node';
import { TABLE_NAMES } from '$lib/schema/tables';
import { DERIVED_TABLES, materializeDerivedTableSql } from '$lib/metrics/interprofessional/contact-facts';
import type { DatasetManifest } from './manifest';
import { parquetPath } from './paths';

export interface DatasetConnectorOptions {
	/**
	 * 'table' (default) reads each file once into memory: metric pages run many queries.
	 * 'view' reads the Parquet file on every query: cheaper to open, slower to query.
	 */
	mode?: 'table' | 'view';
}

export async function openDatasetConnector(
	dataDir: string,
	manifest: Pick<DatasetManifest, 'versionId'>,
	options: DatasetConnectorOptions = {}
): Promise<NodeConnector> {
	const kind = options.mode === 'view' ? 'VIEW' : 'TABLE';
	const db = await NodeConnector.open();
	try {
		for (const table of TABLE_NAMES) {
			// The path is built from a checked version id and a fixed table name (paths.ts);
			// DDL cannot take it as a parameter.
			const path = parquetPath(dataDir, manifest.versionId, table).replace(/'/g, "''");
			await db.exec(`CREATE ${kind} "${table}" AS SELECT * FROM read_parquet('${path}')`);
		}
		// Always views: cheap to open, and only the interprofessional metrics read them.
		for (const spec of DERIVED_TABLES) await db.exec(materializeDerivedTableSql(spec, 'VIEW'));
	} catch (error) {
		db.close();
		throw error;
	}
	return db;
}
