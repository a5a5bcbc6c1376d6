/**
 * Builds the dataset payload: every canonical table of one dataset version, under one
 * delivery scope, as Arrow IPC streams in one container (src/lib/engine/dataset-container.ts).
 *
 * Why this format (figures from scripts/measure-transfer.ts on synthetic data, 2 cores under
 * heavy load from other processes, so times are pessimistic; values are hashes of row
 * numbers, so real data compresses better):
 *
 * - duckdb-wasm cannot read Parquet offline (it would download its parquet extension), so
 *   the stored Parquet files cannot be sent as they are. It inserts Arrow IPC and CSV natively.
 * - Small (121,554 rows: 2,000 people, 30,000 meetings, 20,000 responses, 60,000 items):
 *     Arrow + dictionaries  3.50 MB raw, encode 0.8 s;  gzip-6 0.90 MB;  brotli-5 0.56 MB (+0.2 s)
 *     Arrow, no dictionary  5.12 MB raw, encode 0.4 s;  gzip-6 1.53 MB;  brotli-5 0.89 MB
 *     CSV (DuckDB writer)   4.28 MB raw, encode 0.3 s;  gzip-6 0.80 MB;  brotli-5 0.76 MB
 *     (brotli-11 saves another 18% but takes 12.6 s even here.)
 * - Large (6.58 M rows: 100,000 people, 2 M meetings, 1 M responses, 3 M items):
 *     Arrow + dictionaries  191 MB raw, encode 21 s;  gzip-1 56.7 MB (8 s);  gzip-6 50.6 MB;
 *                           brotli-4 43.2 MB (30 s);  brotli-5 35.2 MB (53 s)
 *     Arrow, no dictionary  281 MB raw, encode 14 s;  gzip-6 86.6 MB;  brotli-5 69.8 MB
 *     CSV                   239 MB raw, encode 8 s;   gzip-6 48.4 MB;  brotli-5 47.1 MB
 * - Browser (headless Chromium, duckdb-wasm eh bundle, same machine): small dataset
 *   downloaded and inserted in 1.0 s; large: download + brotli decode 3.3-3.6 s, inserts
 *   7.8-9.5 s with dictionaries vs 9.2-11.3 s without (overlapping the download), ~10 s in
 *   all. CSV inserts were measured at twice Arrow's time per row (0.77 s vs 0.36 s per 1 M).
 *   Instantiating duckdb-wasm took 4.2-5.2 s under this load (1.4-2 s when idle).
 *
 * Choice: Arrow IPC with dictionary-encoded repeating strings (smallest on the wire once
 * compressed, fastest to insert), brotli quality 5 (gzip level 6 for clients without br).
 * Encoding is slow for a large dataset, but it happens once per (version, scope, encoding):
 * the result is cached in memory and on disk (cache.ts), and warmDatasetCache (response.ts)
 * can build it right after an import, while every session pays only for the bytes.
 *
 * Framing: one response with a small container (header + one IPC stream per table) rather
 * than one request per table: no twelve round trips, and the header lets the browser show
 * progress and insert each table while the next one downloads.
 */
import { existsSync } from 'node:fs';
import { NodeConnector } from '$lib/engine/node';
import { encodeArrowTable } from '$lib/engine/arrow-encode';
import { frameDatasetContainer } from '$lib/engine/dataset-container';
import { TABLES } from '$lib/schema/tables';
import { parquetPath } from '$lib/server/store/paths';
import { storedTableSelect } from '$lib/server/store/stored-table';
import { DERIVED_TABLES, materializeDerivedTableSql } from '$lib/metrics/interprofessional/contact-facts';
import { derivedTableQuery, scopedTableQuery, type DeliveryScope } from './scope';

/**
 * Bumped whenever the payload's tables or their meaning change, so payloads cached on disk
 * by an older build are not served (2: the derived contact-fact tables were added; 3: the
 * derived mentor load facts, mentors/mentor-facts.ts).
 */
export const PAYLOAD_FORMAT = 3;

export interface DatasetPayload {
	versionId: string;
	/** The framed container, uncompressed. */
	bytes: Uint8Array;
	rowCounts: Record<string, number>;
}

/**
 * Read the version's Parquet files and encode every table the scope lets through, then the
 * derived contact-fact tables (metrics/interprofessional/contact-facts.ts) restricted alike.
 */
export async function buildDatasetPayload(dataDir: string, versionId: string, scope: DeliveryScope): Promise<DatasetPayload> {
	const db = await NodeConnector.open();
	try {
		for (const spec of TABLES) {
			// parquetPath checks the version id, so it cannot walk the disk
			const file = parquetPath(dataDir, versionId, spec.name);
			if (!existsSync(file)) throw new Error(`dataset version ${versionId} has no ${spec.name}.parquet`);
			// A view per table lets the scope filters join tables by name.
			await db.exec(`CREATE VIEW "${spec.name}" AS ${await storedTableSelect(db, spec, file)}`);
		}
		// Contact and mentor-load facts are derived over the whole version, before any scope
		// applies, so they know the professions and mentees the scope withholds.
		for (const spec of DERIVED_TABLES) await db.exec(materializeDerivedTableSql(spec, 'TEMP TABLE'));
		const tables = [];
		for (const spec of TABLES) {
			const { sql, params } = scopedTableQuery(spec, scope);
			const { ipc, rows } = await encodeArrowTable(db, sql, params, spec);
			tables.push({ name: spec.name, rows, ipc });
		}
		for (const spec of DERIVED_TABLES) {
			const { sql, params } = derivedTableQuery(spec, scope);
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
