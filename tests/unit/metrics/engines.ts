/**
 * The two engines the metric SQL must run on: @duckdb/node-api (DuckDB 1.5, server) and
 * duckdb-wasm (DuckDB 1.4, browser). The wasm one runs here through duckdb-wasm's own
 * Node blocking bundle, so a feature newer than 1.4 fails a test instead of the browser.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { NodeConnector } from '../../../src/lib/engine/node';
import { QueryError, plainRow, type Connector, type Row } from '../../../src/lib/engine/connector';
import { loadFixture, type Fixture, type FixtureDatabase } from '../../factories';

export type TestDatabase = Connector & FixtureDatabase & { close(): void };

interface ArrowRow {
	toJSON(): Record<string, unknown>;
}
interface ArrowTable {
	toArray(): ArrowRow[];
}
interface WasmConnection {
	query(sql: string): ArrowTable;
	prepare(sql: string): { query(...params: unknown[]): ArrowTable; close(): void };
	close(): void;
}

class WasmTestConnector implements Connector, FixtureDatabase {
	constructor(private readonly connection: WasmConnection) {}

	async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
		try {
			let table: ArrowTable;
			if (params.length) {
				const statement = this.connection.prepare(sql);
				try {
					table = statement.query(...params);
				} finally {
					statement.close();
				}
			} else table = this.connection.query(sql);
			return table.toArray().map((r) => plainRow(r.toJSON()) as T);
		} catch (error) {
			throw new QueryError(sql, error);
		}
	}

	async exec(sql: string): Promise<void> {
		await this.query(sql);
	}

	close(): void {
		this.connection.close();
	}
}

async function openWasm(): Promise<TestDatabase> {
	const require = createRequire(import.meta.url);
	const entry = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const duckdb = require(entry);
	const dist = path.dirname(entry);
	const bundles = {
		mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
		eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate(() => {});
	const connection = db.connect() as WasmConnection;
	// Same offline settings as node.ts: a missing extension must fail, not try to download.
	connection.query('SET autoinstall_known_extensions = false');
	connection.query('SET autoload_known_extensions = false');
	return new WasmTestConnector(connection);
}

export const ENGINES = [
	{ name: 'node-api', open: (): Promise<TestDatabase> => NodeConnector.open() },
	{ name: 'duckdb-wasm', open: openWasm }
] as const;

/** Open a fresh in-memory database on `engine` and load the fixture into it. */
export async function withFixture(engine: (typeof ENGINES)[number], fixture: Fixture): Promise<TestDatabase> {
	const db = await engine.open();
	await loadFixture(db, fixture);
	return db;
}

/**
 * Time allowed to start an engine and load a fixture: compiling duckdb-wasm takes several
 * seconds when both workers are busy, more than vitest's 10 s default for hooks.
 */
export const ENGINE_SETUP_TIMEOUT = 60_000;
